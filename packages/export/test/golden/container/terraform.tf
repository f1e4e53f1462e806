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

variable "docker_build_project" {
  description = "Replace the template placeholder: <your-docker-build-project>"
  type        = string
}

variable "security_scan_project" {
  description = "Replace the template placeholder: <your-security-scan-project>"
  type        = string
}

variable "ecs_cluster" {
  description = "Replace the template placeholder: <your-ecs-cluster>"
  type        = string
}

variable "ecs_service" {
  description = "Replace the template placeholder: <your-ecs-service>"
  type        = string
}

resource "aws_codepipeline" "container_deployment" {
  name           = "container-deployment"
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
      name             = "BuildDockerImage"
      category         = "Build"
      owner            = "AWS"
      provider         = "CodeBuild"
      version          = "1"
      run_order        = 1
      input_artifacts  = ["source_output"]
      output_artifacts = ["image_definitions"]

      configuration = {
        ProjectName = var.docker_build_project
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
        ProjectName = var.security_scan_project
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
        ClusterName = var.ecs_cluster
        ServiceName = var.ecs_service
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
