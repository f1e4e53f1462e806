resource "aws_codepipeline" "feature_branch_pipeline" {
  name           = "feature-branch-pipeline"
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
      name             = "FeatureBranch"
      category         = "Source"
      owner            = "AWS"
      provider         = "CodeCommit"
      version          = "1"
      output_artifacts = ["source_output"]

      configuration = {
        RepositoryName       = "<your-repository-name>"
        BranchName           = "<your-feature-branch>"
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
        ProjectName = "<your-unit-test-project>"
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
        ProjectName = "<your-build-project>"
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
        StackName    = "feature-<your-feature-branch>"
        TemplatePath = "build_output::template.yaml"
        RoleArn      = "arn:aws:iam::<your-account-id>:role/<your-cloudformation-role-name>"
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
