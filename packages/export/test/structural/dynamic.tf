# Pipewright fixture: dynamic "stage" (over a list, with an iterator), dynamic "action" (a
# boolean choice) between static blocks, and for_each on the resource itself.

variable "environments" {
  type = list(object({ name = string, bucket = string }))
}

variable "run_audit" {
  type    = bool
  default = false
}

variable "branches" {
  type = set(string)
}

resource "aws_codepipeline" "web" {
  for_each = var.branches

  name     = "web"
  role_arn = "arn:aws:iam::111122223333:role/web-pipeline"

  artifact_store {
    location = "web-artifacts-111122223333"
    type     = "S3"
  }

  stage {
    name = "Source"
    action {
      name             = "Checkout"
      category         = "Source"
      owner            = "AWS"
      provider         = "CodeStarSourceConnection"
      version          = "1"
      output_artifacts = ["code"]
      configuration = {
        ConnectionArn    = "arn:aws:codeconnections:eu-west-1:111122223333:connection/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b"
        FullRepositoryId = "acme/web"
        BranchName       = each.key
      }
    }
  }

  stage {
    name = "Build"
    dynamic "action" {
      for_each = var.run_audit ? [1] : []
      content {
        name            = "Audit"
        category        = "Test"
        owner           = "AWS"
        provider        = "CodeBuild"
        version         = "1"
        input_artifacts = ["code"]
        configuration = {
          ProjectName = "web-audit"
        }
      }
    }
    action {
      name             = "Compile"
      category         = "Build"
      owner            = "AWS"
      provider         = "CodeBuild"
      version          = "1"
      input_artifacts  = ["code"]
      output_artifacts = ["bundle"]
      configuration = {
        ProjectName = "web-compile"
      }
    }
  }

  dynamic "stage" {
    for_each = var.environments
    iterator = env
    content {
      name = "Deploy-${env.value.name}"
      action {
        name            = "Upload"
        category        = "Deploy"
        owner           = "AWS"
        provider        = "S3"
        version         = "1"
        input_artifacts = ["bundle"]
        configuration = {
          BucketName = env.value.bucket
          Extract    = "true"
        }
      }
    }
  }

  stage {
    name = "Notify"
    action {
      name     = "Announce"
      category = "Invoke"
      owner    = "AWS"
      provider = "Lambda"
      version  = "1"
      configuration = {
        FunctionName = "web-announce"
      }
    }
  }
}
