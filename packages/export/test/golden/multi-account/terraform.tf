resource "aws_codepipeline" "multi_account_deployment" {
  name           = "multi-account-deployment"
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
      name             = "BuildTemplate"
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
    name = "DeployToDev"

    action {
      name            = "DeployDevAccount"
      category        = "Deploy"
      owner           = "AWS"
      provider        = "CloudFormation"
      version         = "1"
      role_arn        = "arn:aws:iam::<your-dev-account-id>:role/CodePipelineRole"
      input_artifacts = ["build_output"]

      configuration = {
        ActionMode   = "CREATE_UPDATE"
        StackName    = "app-stack-dev"
        TemplatePath = "build_output::template.yaml"
        RoleArn      = "arn:aws:iam::<your-dev-account-id>:role/CloudFormationRole"
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
      role_arn        = "arn:aws:iam::<your-staging-account-id>:role/CodePipelineRole"
      input_artifacts = ["build_output"]

      configuration = {
        ActionMode   = "CREATE_UPDATE"
        StackName    = "app-stack-staging"
        TemplatePath = "build_output::template.yaml"
        RoleArn      = "arn:aws:iam::<your-staging-account-id>:role/CloudFormationRole"
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
