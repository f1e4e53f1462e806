resource "aws_codepipeline" "blue_green_deployment" {
  name           = "blue-green-deployment"
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
    name = "DeployToBlue"

    action {
      name            = "DeployBlueEnvironment"
      category        = "Deploy"
      owner           = "AWS"
      provider        = "CodeDeploy"
      version         = "1"
      input_artifacts = ["build_output"]

      configuration = {
        ApplicationName     = "<your-codedeploy-application>"
        DeploymentGroupName = "<your-blue-deployment-group>"
      }
    }
  }

  stage {
    name = "TestBlue"

    action {
      name            = "IntegrationTests"
      category        = "Test"
      owner           = "AWS"
      provider        = "CodeBuild"
      version         = "1"
      input_artifacts = ["build_output"]

      configuration = {
        ProjectName          = "<your-test-project>"
        EnvironmentVariables = "[{\"name\":\"TARGET_ENV\",\"value\":\"blue\",\"type\":\"PLAINTEXT\"}]"
      }
    }
  }

  stage {
    name = "SwitchTraffic"

    action {
      name      = "ManualApproval"
      category  = "Approval"
      owner     = "AWS"
      provider  = "Manual"
      version   = "1"
      run_order = 1

      configuration = {
        CustomData = "Approve traffic switch from green to blue"
      }
    }

    action {
      name      = "SwitchLoadBalancer"
      category  = "Invoke"
      owner     = "AWS"
      provider  = "Lambda"
      version   = "1"
      run_order = 2

      configuration = {
        FunctionName = "<your-traffic-switch-function>"
      }
    }
  }
}

# Execution state changes of this pipeline; add an aws_cloudwatch_event_target to route them.
resource "aws_cloudwatch_event_rule" "blue_green_deployment_execution_state_change" {
  name        = "blue-green-deployment-execution-state-change"
  description = "CodePipeline Pipeline Execution State Change events of this pipeline"

  event_pattern = jsonencode({
    source        = ["aws.codepipeline"]
    "detail-type" = ["CodePipeline Pipeline Execution State Change"]
    detail = {
      pipeline = [aws_codepipeline.blue_green_deployment.name]
    }
  })
}
