resource "aws_codepipeline" "security_focused_pipeline" {
  name           = "security-focused-pipeline"
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
      input_artifacts  = ["source_output"]
      output_artifacts = ["build_output"]

      configuration = {
        ProjectName = "<your-build-project>"
      }
    }
  }

  stage {
    name = "SecurityScans"

    action {
      name            = "SAST"
      category        = "Test"
      owner           = "AWS"
      provider        = "CodeBuild"
      version         = "1"
      run_order       = 1
      input_artifacts = ["source_output"]

      configuration = {
        ProjectName = "<your-sast-project>"
      }
    }

    action {
      name            = "DependencyCheck"
      category        = "Test"
      owner           = "AWS"
      provider        = "CodeBuild"
      version         = "1"
      run_order       = 1
      input_artifacts = ["source_output"]

      configuration = {
        ProjectName = "<your-dependency-scan-project>"
      }
    }

    action {
      name            = "ContainerScan"
      category        = "Test"
      owner           = "AWS"
      provider        = "CodeBuild"
      version         = "1"
      run_order       = 2
      input_artifacts = ["build_output"]

      configuration = {
        ProjectName = "<your-container-scan-project>"
      }
    }
  }
}

# Execution state changes of this pipeline; add an aws_cloudwatch_event_target to route them.
resource "aws_cloudwatch_event_rule" "security_focused_pipeline_execution_state_change" {
  name        = "security-focused-pipeline-execution-state-change"
  description = "CodePipeline Pipeline Execution State Change events of this pipeline"

  event_pattern = jsonencode({
    source        = ["aws.codepipeline"]
    "detail-type" = ["CodePipeline Pipeline Execution State Change"]
    detail = {
      pipeline = [aws_codepipeline.security_focused_pipeline.name]
    }
  })
}
