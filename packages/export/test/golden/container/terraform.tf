resource "aws_codepipeline" "container_deployment" {
  name           = "container-deployment"
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
      name             = "BuildDockerImage"
      category         = "Build"
      owner            = "AWS"
      provider         = "CodeBuild"
      version          = "1"
      run_order        = 1
      input_artifacts  = ["source_output"]
      output_artifacts = ["image_definitions"]

      configuration = {
        ProjectName = "<your-docker-build-project>"
      }
    }

    action {
      name            = "SecurityScan"
      category        = "Test"
      owner           = "AWS"
      provider        = "CodeBuild"
      version         = "1"
      run_order       = 1
      input_artifacts = ["source_output"]

      configuration = {
        ProjectName = "<your-security-scan-project>"
      }
    }
  }

  stage {
    name = "Deploy"

    action {
      name            = "DeployToECS"
      category        = "Deploy"
      owner           = "AWS"
      provider        = "ECS"
      version         = "1"
      input_artifacts = ["image_definitions"]

      configuration = {
        ClusterName = "<your-ecs-cluster>"
        ServiceName = "<your-ecs-service>"
        FileName    = "imagedefinitions.json"
      }
    }
  }
}

# Execution state changes of this pipeline; add an aws_cloudwatch_event_target to route them.
resource "aws_cloudwatch_event_rule" "container_deployment_execution_state_change" {
  name        = "container-deployment-execution-state-change"
  description = "CodePipeline Pipeline Execution State Change events of this pipeline"

  event_pattern = jsonencode({
    source        = ["aws.codepipeline"]
    "detail-type" = ["CodePipeline Pipeline Execution State Change"]
    detail = {
      pipeline = [aws_codepipeline.container_deployment.name]
    }
  })
}
