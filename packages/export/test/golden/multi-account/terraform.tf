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

variable "deploy_dev_account_role_arn" {
  description = "Replace the template placeholder: arn:aws:iam::<your-dev-account-id>:role/CloudFormationRole"
  type        = string
}

variable "deploy_dev_account_role_arn2" {
  description = "Replace the template placeholder: arn:aws:iam::<your-dev-account-id>:role/CodePipelineRole"
  type        = string
}

variable "deploy_staging_account_role_arn" {
  description = "Replace the template placeholder: arn:aws:iam::<your-staging-account-id>:role/CloudFormationRole"
  type        = string
}

variable "deploy_staging_account_role_arn2" {
  description = "Replace the template placeholder: arn:aws:iam::<your-staging-account-id>:role/CodePipelineRole"
  type        = string
}

resource "aws_codepipeline" "multi_account_deployment" {
  name           = "multi-account-deployment"
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
      name             = "BuildTemplate"
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
    name = "DeployToDev"

    action {
      name            = "DeployDevAccount"
      category        = "Deploy"
      owner           = "AWS"
      provider        = "CloudFormation"
      version         = "1"
      role_arn        = var.deploy_dev_account_role_arn2
      input_artifacts = ["build_output"]

      configuration = {
        ActionMode   = "CREATE_UPDATE"
        StackName    = "app-stack-dev"
        TemplatePath = "build_output::template.yaml"
        RoleArn      = var.deploy_dev_account_role_arn
      }
    }
  }

  stage {
    name = "DeployToStaging"

    action {
      name            = "DeployStagingAccount"
      category        = "Deploy"
      owner           = "AWS"
      provider        = "CloudFormation"
      version         = "1"
      role_arn        = var.deploy_staging_account_role_arn2
      input_artifacts = ["build_output"]

      configuration = {
        ActionMode   = "CREATE_UPDATE"
        StackName    = "app-stack-staging"
        TemplatePath = "build_output::template.yaml"
        RoleArn      = var.deploy_staging_account_role_arn
      }
    }
  }
}

# Execution state changes of this pipeline; add an aws_cloudwatch_event_target to route them.
resource "aws_cloudwatch_event_rule" "multi_account_deployment_execution_state_change" {
  name        = "multi-account-deployment-execution-state-change"
  description = "CodePipeline Pipeline Execution State Change events of this pipeline"

  event_pattern = jsonencode({
    source        = ["aws.codepipeline"]
    "detail-type" = ["CodePipeline Pipeline Execution State Change"]
    detail = {
      pipeline = [aws_codepipeline.multi_account_deployment.name]
    }
  })
}
