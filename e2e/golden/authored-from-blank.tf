resource "aws_codepipeline" "my_pipeline" {
  name           = "my-pipeline"
  role_arn       = "arn:aws:iam::123456789012:role/pipeline-role"
  pipeline_type  = "V2"
  execution_mode = "QUEUED"

  artifact_store {
    location = "my-artifact-bucket"
    type     = "S3"
  }

  stage {
    name = "Source"

    action {
      name             = "S3"
      category         = "Source"
      owner            = "AWS"
      provider         = "S3"
      version          = "1"
      run_order        = 1
      output_artifacts = ["S3Output"]

      configuration = {
        S3Bucket    = "my-source-bucket"
        S3ObjectKey = "app/source.zip"
      }
    }
  }

  stage {
    name = "Build"

    action {
      name             = "CodeBuild"
      category         = "Build"
      owner            = "AWS"
      provider         = "CodeBuild"
      version          = "1"
      run_order        = 1
      input_artifacts  = ["S3Output"]
      output_artifacts = ["CodeBuildOutput"]

      configuration = {
        ProjectName = "my-build-project"
      }
    }
  }

  stage {
    name = "Deploy"

    action {
      name            = "CodeDeploy"
      category        = "Deploy"
      owner           = "AWS"
      provider        = "CodeDeploy"
      version         = "1"
      run_order       = 1
      input_artifacts = ["CodeBuildOutput"]

      configuration = {
        ApplicationName     = "my-app"
        DeploymentGroupName = "my-deployment-group"
      }
    }
  }
}
