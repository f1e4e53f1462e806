variable "role_arn" {
  description = "Replace the template placeholder: arn:aws:iam::<your-account-id>:role/<your-pipeline-role-name>"
  type        = string
}

variable "artifact_bucket" {
  description = "Replace the template placeholder: <your-artifact-bucket>"
  type        = string
}

variable "repository_name" {
  description = "Replace the template placeholder: <your-repository-name>"
  type        = string
}

variable "feature_branch" {
  description = "Replace the template placeholder: <your-feature-branch>"
  type        = string
}

variable "unit_test_project" {
  description = "Replace the template placeholder: <your-unit-test-project>"
  type        = string
}

variable "build_project" {
  description = "Replace the template placeholder: <your-build-project>"
  type        = string
}

variable "create_feature_stack_stack_name" {
  description = "Replace the template placeholder: feature-<your-feature-branch>"
  type        = string
}

variable "create_feature_stack_role_arn" {
  description = "Replace the template placeholder: arn:aws:iam::<your-account-id>:role/<your-cloudformation-role-name>"
  type        = string
}

resource "aws_codepipeline" "feature_branch_pipeline" {
  name           = "feature-branch-pipeline"
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
      name             = "FeatureBranch"
      category         = "Source"
      owner            = "AWS"
      provider         = "CodeCommit"
      version          = "1"
      output_artifacts = ["source_output"]

      configuration = {
        RepositoryName       = var.repository_name
        BranchName           = var.feature_branch
        PollForSourceChanges = "false"
      }
    }
  }

  stage {
    name = "BuildAndTest"

    action {
      name            = "UnitTests"
      category        = "Test"
      owner           = "AWS"
      provider        = "CodeBuild"
      version         = "1"
      run_order       = 1
      input_artifacts = ["source_output"]

      configuration = {
        ProjectName = var.unit_test_project
      }
    }

    action {
      name             = "Build"
      category         = "Build"
      owner            = "AWS"
      provider         = "CodeBuild"
      version          = "1"
      run_order        = 2
      input_artifacts  = ["source_output"]
      output_artifacts = ["build_output"]

      configuration = {
        ProjectName = var.build_project
      }
    }
  }

  stage {
    name = "DeployToFeatureEnv"

    action {
      name            = "CreateFeatureStack"
      category        = "Deploy"
      owner           = "AWS"
      provider        = "CloudFormation"
      version         = "1"
      input_artifacts = ["build_output"]

      configuration = {
        ActionMode   = "CREATE_UPDATE"
        StackName    = var.create_feature_stack_stack_name
        TemplatePath = "build_output::template.yaml"
        RoleArn      = var.create_feature_stack_role_arn
      }
    }
  }
}

# Execution state changes of this pipeline; add an aws_cloudwatch_event_target to route them.
resource "aws_cloudwatch_event_rule" "feature_branch_pipeline_execution_state_change" {
  name        = "feature-branch-pipeline-execution-state-change"
  description = "CodePipeline Pipeline Execution State Change events of this pipeline"

  event_pattern = jsonencode({
    source        = ["aws.codepipeline"]
    "detail-type" = ["CodePipeline Pipeline Execution State Change"]
    detail = {
      pipeline = [aws_codepipeline.feature_branch_pipeline.name]
    }
  })
}
