variable "role_arn" {
  description = "Replace the template placeholder: arn:aws:iam::<your-account-id>:role/<your-pipeline-role-name>"
  type        = string
}

variable "artifact_bucket" {
  description = "Replace the template placeholder: <your-artifact-bucket>"
  type        = string
}

variable "config_repository_name" {
  description = "Replace the template placeholder: <your-config-repository-name>"
  type        = string
}

variable "validate_project" {
  description = "Replace the template placeholder: <your-validate-project>"
  type        = string
}

variable "gitops_sync_function" {
  description = "Replace the template placeholder: <your-gitops-sync-function>"
  type        = string
}

resource "aws_codepipeline" "gitops_deployment" {
  name           = "gitops-deployment"
  role_arn       = var.role_arn
  pipeline_type  = "V2"
  execution_mode = "QUEUED"

  artifact_store {
    location = var.artifact_bucket
    type     = "S3"
  }

  stage {
    name = "Source"

    action {
      name             = "ConfigRepo"
      category         = "Source"
      owner            = "AWS"
      provider         = "CodeCommit"
      version          = "1"
      output_artifacts = ["config_output"]

      configuration = {
        RepositoryName       = var.config_repository_name
        BranchName           = "main"
        PollForSourceChanges = "false"
      }
    }
  }

  stage {
    name = "Validate"

    action {
      name            = "ValidateManifests"
      category        = "Test"
      owner           = "AWS"
      provider        = "CodeBuild"
      version         = "1"
      input_artifacts = ["config_output"]

      configuration = {
        ProjectName = var.validate_project
      }
    }
  }

  stage {
    name = "Deploy"

    action {
      name            = "ApplyManifests"
      category        = "Invoke"
      owner           = "AWS"
      provider        = "Lambda"
      version         = "1"
      input_artifacts = ["config_output"]

      configuration = {
        FunctionName = var.gitops_sync_function
      }
    }
  }
}

# Execution state changes of this pipeline; add an aws_cloudwatch_event_target to route them.
resource "aws_cloudwatch_event_rule" "gitops_deployment_execution_state_change" {
  name        = "gitops-deployment-execution-state-change"
  description = "CodePipeline Pipeline Execution State Change events of this pipeline"

  event_pattern = jsonencode({
    source        = ["aws.codepipeline"]
    "detail-type" = ["CodePipeline Pipeline Execution State Change"]
    detail = {
      pipeline = [aws_codepipeline.gitops_deployment.name]
    }
  })
}
