resource "aws_codepipeline" "standard_app_pipeline" {
  name           = "standard-app-pipeline"
  role_arn       = "arn:aws:iam::<your-account-id>:role/<your-pipeline-role-name>"
  pipeline_type  = "V2"
  execution_mode = "QUEUED"

  artifact_store {
    location = "<your-artifact-bucket>"
    type     = "S3"

    encryption_key {
      id   = "<your-kms-key-arn>"
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
        RepositoryName       = "<your-repository-name>"
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
        ProjectName          = "<your-build-project>"
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
        ApplicationName     = "<your-codedeploy-application>"
        DeploymentGroupName = "<your-deployment-group>"
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
