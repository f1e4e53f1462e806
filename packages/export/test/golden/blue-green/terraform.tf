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

variable "build_project" {
  description = "Replace the template placeholder: <your-build-project>"
  type        = string
}

variable "codedeploy_application" {
  description = "Replace the template placeholder: <your-codedeploy-application>"
  type        = string
}

variable "blue_deployment_group" {
  description = "Replace the template placeholder: <your-blue-deployment-group>"
  type        = string
}

variable "test_project" {
  description = "Replace the template placeholder: <your-test-project>"
  type        = string
}

variable "traffic_switch_function" {
  description = "Replace the template placeholder: <your-traffic-switch-function>"
  type        = string
}

resource "aws_codepipeline" "blue_green_deployment" {
  name           = "blue-green-deployment"
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
      name             = "SourceCode"
      category         = "Source"
      owner            = "AWS"
      provider         = "CodeCommit"
      version          = "1"
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
      input_artifacts  = ["source_output"]
      output_artifacts = ["build_output"]

      configuration = {
        ProjectName = var.build_project
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
        ApplicationName     = var.codedeploy_application
        DeploymentGroupName = var.blue_deployment_group
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
        ProjectName          = var.test_project
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
        FunctionName = var.traffic_switch_function
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
