resource "aws_codepipeline" "gitops_deployment" {
  name           = "gitops-deployment"
  role_arn       = "arn:aws:iam::<your-account-id>:role/<your-pipeline-role-name>"
  pipeline_type  = "V2"
  execution_mode = "QUEUED"

  artifact_store {
    location = "<your-artifact-bucket>"
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
        RepositoryName       = "<your-config-repository-name>"
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
        ProjectName = "<your-validate-project>"
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
        FunctionName = "<your-gitops-sync-function>"
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
