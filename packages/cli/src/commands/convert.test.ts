import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../main.js';
import { fixturePath } from '../../../../test-support/fixtures.mjs';
import { captureIo } from './test-support.js';

/** The team's API JSON fixtures (test-support/fixtures/pipelines/json). */
const jsonFixtures = fixturePath('json');

const pipelineYaml = (name: string): string => `
    Type: AWS::CodePipeline::Pipeline
    Properties:
      Name: ${name}
      RoleArn: !GetAtt Role.Arn
      ArtifactStore: { Type: S3, Location: !Ref Bucket }
      Stages:
        - Name: Source
          Actions:
            - Name: Src
              ActionTypeId: { Category: Source, Owner: AWS, Provider: S3, Version: "1" }
              Configuration: { S3Bucket: !Ref Bucket, S3ObjectKey: src.zip }
              OutputArtifacts: [{ Name: Out }]
        - Name: Approve
          Actions:
            - Name: Ok
              ActionTypeId: { Category: Approval, Owner: AWS, Provider: Manual, Version: "1" }`;

const twoPipelines = `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Bucket: { Type: String }
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {}
  First:${pipelineYaml('first')}
  Second:${pipelineYaml('second')}
`;

describe('pipewright convert', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pipewright-convert-'));
    writeFileSync(join(dir, 'two.yaml'), twoPipelines);
  });

  it('converts API JSON to CloudFormation on stdout, warnings on stderr', async () => {
    const io = captureIo(jsonFixtures);
    expect(await runCli(['convert', '01-needs-work.json', '--to', 'cloudformation'], io)).toBe(0);
    expect(io.out).toContain('Type: AWS::CodePipeline::Pipeline');
    expect(io.out).toContain('NoEcho: true');
    expect(io.out).not.toContain('ghp_thisIsNotARealTokenButLooksLikeOne');
    expect(io.err).toContain('warning [secret-lifted]');
  });

  it('converts the first pipeline of a template and lists the others', async () => {
    const io = captureIo(dir);
    expect(await runCli(['convert', 'two.yaml', '--to', 'json'], io)).toBe(0);
    expect(JSON.parse(io.out).pipeline.name).toBe('first');
    expect(io.err).toContain('the file also holds Second');
  });

  it('picks a pipeline by logical id and writes the file given with -o', async () => {
    const io = captureIo(dir);
    expect(
      await runCli(
        ['convert', 'two.yaml', '--to', 'cloudformation-json', '--resource', 'Second', '-o', 'out.json'],
        io,
      ),
    ).toBe(0);
    expect(io.out).toBe('');
    const written = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'));
    expect(written.Resources.Second.Properties.Name).toBe('second');
    // the rest of the source template comes along, so the intrinsics still resolve
    expect(written.Resources.Role.Type).toBe('AWS::IAM::Role');
    expect(written.Resources.Second.Properties.RoleArn).toEqual({ 'Fn::GetAtt': ['Role', 'Arn'] });
  });

  it('writes a CDK stack with the CloudFormation intrinsics as tokens and the rest of the template', async () => {
    const io = captureIo(dir);
    expect(await runCli(['convert', 'two.yaml', '--to', 'cdk', '--monitoring'], io)).toBe(0);
    expect(io.out).toContain('new codepipeline.CfnPipeline(this,');
    expect(io.out).toContain('new events.CfnRule(');
    expect(io.out).toContain('cdk.Token.asString(new cdk.Intrinsic(');
    // what the intrinsics reference comes along, so nothing is reported missing
    expect(io.out).toContain("new cdk.CfnResource(this, 'Role'");
    expect(io.err).not.toContain('warning [import-extras-dropped]');
  });

  it('writes codepipeline.Pipeline with --cdk-style l2 and refuses another style with exit 2', async () => {
    const io = captureIo(dir);
    expect(await runCli(['convert', 'two.yaml', '--to', 'cdk', '--cdk-style', 'l2'], io)).toBe(0);
    expect(io.out).toContain('new codepipeline.Pipeline(this,');
    const bad = captureIo(dir);
    expect(await runCli(['convert', 'two.yaml', '--to', 'cdk', '--cdk-style', 'l3'], bad)).toBe(2);
    expect(bad.err).toContain('--cdk-style must be one of l1, l2');
    const notCdk = captureIo(dir);
    expect(await runCli(['convert', 'two.yaml', '--to', 'json', '--cdk-style', 'l2'], notCdk)).toBe(2);
    expect(notCdk.err).toContain('--cdk-style applies only to --to cdk');
  });

  it('refuses an unknown target, an unknown pipeline and an unreadable file with exit 2', async () => {
    const bad = captureIo(dir);
    expect(await runCli(['convert', 'two.yaml', '--to', 'pulumi'], bad)).toBe(2);
    expect(bad.err).toContain('--to must be one of');
    const byName = captureIo(dir);
    expect(await runCli(['convert', 'two.yaml', '--to', 'json', '--resource', 'second'], byName)).toBe(0);
    expect(JSON.parse(byName.out).pipeline.name).toBe('second');
    const missing = captureIo(dir);
    expect(await runCli(['convert', 'two.yaml', '--to', 'json', '--resource', 'Third'], missing)).toBe(2);
    expect(missing.err).toContain('found: First, Second');
    const broken = captureIo(jsonFixtures);
    expect(await runCli(['convert', '05-missing-brace.json', '--to', 'json'], broken)).toBe(2);
    expect(broken.err).toMatch(/^05-missing-brace\.json:1:11: /);
  });

  it('lets parse read CloudFormation too', async () => {
    const io = captureIo(dir);
    expect(await runCli(['parse', 'two.yaml', '--id', 'Second'], io)).toBe(0);
    expect(JSON.parse(io.out).pipeline.name).toBe('second');
  });
});
