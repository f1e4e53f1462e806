/*
 * One small file of each format the import reads, read by the import worker when the Import dialog
 * opens and thrown away: the first real file then runs code V8 has already compiled (the YAML
 * parser, the CloudFormation and Terraform importers, the validator, the review) instead of
 * compiling it on the user's clock. warm-samples.test.ts checks each one imports as a pipeline.
 */

export interface WarmSample {
  fileName: string;
  text: string;
}

const JSON_SAMPLE = JSON.stringify({
  pipeline: {
    name: 'warm-up',
    roleArn: 'arn:aws:iam::123456789012:role/pipeline',
    artifactStore: { type: 'S3', location: 'artifacts' },
    stages: [
      {
        name: 'Source',
        actions: [
          {
            name: 'Source',
            actionTypeId: { category: 'Source', owner: 'AWS', provider: 'CodeStarSourceConnection', version: '1' },
            configuration: {
              ConnectionArn: 'arn:aws:codeconnections:eu-west-1:123456789012:connection/x',
              FullRepositoryId: 'o/r',
              BranchName: 'main',
            },
            outputArtifacts: [{ name: 'Src' }],
          },
        ],
      },
      {
        name: 'Build',
        actions: [
          {
            name: 'Build',
            actionTypeId: { category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1' },
            configuration: { ProjectName: 'build' },
            inputArtifacts: [{ name: 'Src' }],
            outputArtifacts: [{ name: 'Out' }],
          },
        ],
      },
    ],
  },
});

const CLOUDFORMATION_SAMPLE = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Branch:
    Type: String
    Default: main
Resources:
  Pipeline:
    Type: AWS::CodePipeline::Pipeline
    Properties:
      Name: !Sub '\${AWS::StackName}-warm-up'
      RoleArn: !GetAtt PipelineRole.Arn
      ArtifactStore:
        Type: S3
        Location: !Ref ArtifactBucket
      Stages:
        - Name: Source
          Actions:
            - Name: Source
              ActionTypeId: { Category: Source, Owner: AWS, Provider: CodeStarSourceConnection, Version: '1' }
              Configuration:
                ConnectionArn: !Ref Connection
                FullRepositoryId: o/r
                BranchName: !Ref Branch
              OutputArtifacts:
                - Name: Src
        - Name: Build
          Actions:
            - Name: Build
              ActionTypeId:
                Category: Build
                Owner: AWS
                Provider: CodeBuild
                Version: '1'
              Configuration:
                ProjectName: !Ref Project
              InputArtifacts:
                - Name: Src
              OutputArtifacts:
                - Name: Out
              RunOrder: 1
`;

const TERRAFORM_SAMPLE = `resource "aws_codepipeline" "warm_up" {
  name     = "\${var.name}-warm-up"
  role_arn = aws_iam_role.pipeline.arn

  artifact_store {
    location = aws_s3_bucket.artifacts.bucket
    type     = "S3"
  }

  stage {
    name = "Source"
    action {
      name             = "Source"
      category         = "Source"
      owner            = "AWS"
      provider         = "CodeStarSourceConnection"
      version          = "1"
      output_artifacts = ["Src"]
      configuration = {
        ConnectionArn    = aws_codestarconnections_connection.repo.arn
        FullRepositoryId = "o/r"
        BranchName       = var.branch
      }
    }
  }

  stage {
    name = "Build"
    action {
      name             = "Build"
      category         = "Build"
      owner            = "AWS"
      provider         = "CodeBuild"
      version          = "1"
      input_artifacts  = ["Src"]
      output_artifacts = ["Out"]
      run_order        = 1
      configuration = {
        ProjectName = var.project
      }
    }
  }
}
`;

/** In the order the worker reads them: the Terraform one last, once its parser has started. */
export const WARM_SAMPLES: readonly WarmSample[] = [
  { fileName: 'warm-up.json', text: JSON_SAMPLE },
  { fileName: 'warm-up.yaml', text: CLOUDFORMATION_SAMPLE },
  { fileName: 'warm-up.tf', text: TERRAFORM_SAMPLE },
];
