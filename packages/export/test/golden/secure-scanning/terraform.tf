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

variable "sast_project" {
  description = "Replace the template placeholder: <your-sast-project>"
  type        = string
}

variable "dependency_scan_project" {
  description = "Replace the template placeholder: <your-dependency-scan-project>"
  type        = string
}

variable "container_scan_project" {
  description = "Replace the template placeholder: <your-container-scan-project>"
  type        = string
}

resource "aws_codepipeline" "security_focused_pipeline" {
  name           = "security-focused-pipeline"
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
        ProjectName = var.sast_project
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
        ProjectName = var.dependency_scan_project
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
        ProjectName = var.container_scan_project
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
