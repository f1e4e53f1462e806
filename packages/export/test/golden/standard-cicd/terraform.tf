variable "role_arn" {
  description = "Replace the template placeholder: arn:aws:iam::<your-account-id>:role/<your-pipeline-role-name>"
  type        = string
}

variable "artifact_bucket" {
  description = "Replace the template placeholder: <your-artifact-bucket>"
  type        = string
}

variable "kms_key_arn" {
  description = "Replace the template placeholder: <your-kms-key-arn>"
  type        = string
}

variable "repository_name" {
  description = "Replace the template placeholder: <your-repository-name>"
  type        = string
}

variable "build_project" {
  description = "Replace the template placeholder: <your-build-project>"
  type        = string
}

variable "codedeploy_application" {
  description = "Replace the template placeholder: <your-codedeploy-application>"
  type        = string
}

variable "deployment_group" {
  description = "Replace the template placeholder: <your-deployment-group>"
  type        = string
}

resource "aws_codepipeline" "standard_app_pipeline" {
  name           = "standard-app-pipeline"
  role_arn       = var.role_arn
  pipeline_type  = "V2"
  execution_mode = "QUEUED"

  artifact_store {
    location = var.artifact_bucket
    type     = "S3"

    encryption_key {
      id   = var.kms_key_arn
      type = "KMS"
    }
  }

  stage {
    name = "Source"

    action {
      name             = "SourceCode"
      category         = "Source"
      owner            = "AWS"
      provider         = "CodeCommit"
      version          = "1"
      namespace        = "SourceVariables"
      output_artifacts = ["source_output"]

      configuration = {
        RepositoryName       = var.repository_name
        BranchName           = "main"
        PollForSourceChanges = "false"
      }
    }
  }

  stage {
    name = "Build"

    action {
      name             = "BuildApplication"
      category         = "Build"
      owner            = "AWS"
      provider         = "CodeBuild"
      version          = "1"
      namespace        = "BuildVariables"
      input_artifacts  = ["source_output"]
      output_artifacts = ["build_output"]

      configuration = {
        ProjectName          = var.build_project
        EnvironmentVariables = "[{\"name\":\"COMMIT_ID\",\"value\":\"#{SourceVariables.CommitId}\",\"type\":\"PLAINTEXT\"}]"
      }
    }
  }

  stage {
    name = "Deploy"

    action {
      name            = "DeployApplication"
      category        = "Deploy"
      owner           = "AWS"
      provider        = "CodeDeploy"
      version         = "1"
      input_artifacts = ["build_output"]

      configuration = {
        ApplicationName     = var.codedeploy_application
        DeploymentGroupName = var.deployment_group
      }
    }
  }
}

# Execution state changes of this pipeline; add an aws_cloudwatch_event_target to route them.
resource "aws_cloudwatch_event_rule" "standard_app_pipeline_execution_state_change" {
  name        = "standard-app-pipeline-execution-state-change"
  description = "CodePipeline Pipeline Execution State Change events of this pipeline"

  event_pattern = jsonencode({
    source        = ["aws.codepipeline"]
    "detail-type" = ["CodePipeline Pipeline Execution State Change"]
    detail = {
      pipeline = [aws_codepipeline.standard_app_pipeline.name]
    }
  })
}
