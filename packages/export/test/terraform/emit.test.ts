import { describe, expect, it } from 'vitest';
import { GITHUB_V1_PROVIDER_WARNING } from '../../src/terraform/capabilities.js';
import { templates, type Pipeline } from '@pipewright/model';
import { importTerraform } from '../../src/terraform/index.js';
import { exportTo } from './support.js';

const base = templates.find((t) => t.id === 'blank')!.pipeline;

function withConfiguration(configuration: Record<string, unknown>): Pipeline {
  const pipeline = structuredClone(base);
  pipeline.stages[0]!.actions[0]!.configuration = configuration as Record<string, string>;
  return pipeline;
}

describe('Terraform emitters', () => {
  it('write a literal secret as a sensitive variable, referenced from the configuration', () => {
    const pipeline = withConfiguration({ Owner: 'me', Repo: 'r', Branch: 'main', OAuthToken: 'ghp_secret' });
    const { text, warnings } = exportTo('terraform', pipeline);
    expect(text).not.toContain('ghp_secret');
    expect(text).toContain('OAuthToken = var.source_oauth_token');
    expect(text).toMatch(
      /variable "source_oauth_token" \{\n {2}description = ".*"\n {2}type {8}= string\n {2}sensitive {3}= true\n\}/,
    );
    expect(warnings.map((w) => w.code)).toContain('secret-lifted');
    const json = JSON.parse(exportTo('terraform-json', pipeline).text);
    expect(json.variable.source_oauth_token).toMatchObject({ type: 'string', sensitive: true });
    expect(json.resource.aws_codepipeline.my_pipeline.stage[0].action[0].configuration.OAuthToken).toBe(
      '${var.source_oauth_token}',
    );
  });

  it('write CloudFormation expressions as marked placeholders, with a warning', () => {
    const pipeline = withConfiguration({ ConnectionArn: { $opaque: 'cloudformation', expr: { Ref: 'Connection' } } });
    const { text, warnings } = exportTo('terraform', pipeline);
    expect(text).toContain('ConnectionArn = "PLACEHOLDER(cloudformation: {\\"Ref\\":\\"Connection\\"})"');
    expect(warnings).toContainEqual(
      expect.objectContaining({ code: 'opaque-placeholder', path: '/stages/0/actions/0/configuration/ConnectionArn' }),
    );
  });

  it('add the EventBridge rule for this pipeline when monitoring is on', () => {
    const { text } = exportTo('terraform', base, { monitoring: true });
    expect(text).toContain('resource "aws_cloudwatch_event_rule" "my_pipeline_execution_state_change" {');
    expect(text).toContain('"detail-type" = ["CodePipeline Pipeline Execution State Change"]');
    expect(text).toContain('pipeline = [aws_codepipeline.my_pipeline.name]');
    const result = importTerraform(text);
    expect(result.ok && result.pipelines).toHaveLength(1);
  });

  it('warn about provider versions for execution mode, triggers and stage conditions', () => {
    const pipeline = structuredClone(base);
    pipeline.triggers = [
      { providerType: 'CodeStarSourceConnection', gitConfiguration: { sourceActionName: 'Source' } },
    ];
    pipeline.stages[1]!.onFailure = { result: 'ROLLBACK' };
    const versions = exportTo('terraform', pipeline).warnings.filter((w) => w.code === 'terraform-provider-version');
    expect(versions.map((w) => w.path)).toEqual(['/executionMode', '/triggers', '/stages/1/onFailure']);
    expect(versions.map((w) => w.message).join(' ')).toMatch(/5\.38\.0.*5\.39\.0.*#41663/);
  });

  it('pass on the provider deprecation warning for GitHub version 1 sources', () => {
    const pipeline = structuredClone(base);
    pipeline.stages[0]!.actions[0]!.actionTypeId = {
      category: 'Source',
      owner: 'ThirdParty',
      provider: 'GitHub',
      version: '1',
    };
    expect(exportTo('terraform', pipeline).warnings).toContainEqual(
      expect.objectContaining({
        code: 'terraform-provider-deprecation',
        path: '/stages/0/actions/0/actionTypeId/provider',
        message: expect.stringContaining(GITHUB_V1_PROVIDER_WARNING),
      }),
    );
    // The provider's current wording (the reference quotes it; the old text said "deprecated").
    expect(GITHUB_V1_PROVIDER_WARNING).toMatch(/no longer recommended/);
  });

  it('warn that Terraform composes decomposed unicode', () => {
    const pipeline = withConfiguration({ Note: 'cafe\u0301' });
    expect(exportTo('terraform', pipeline).warnings).toContainEqual(
      expect.objectContaining({ code: 'terraform-unicode-normalized', path: '/stages/0/actions/0/configuration/Note' }),
    );
  });

  it('write one artifact_store block per region, each with its region', () => {
    const pipeline = structuredClone(base);
    delete pipeline.artifactStore;
    pipeline.artifactStores = {
      'us-east-1': { type: 'S3', location: 'a' },
      'eu-west-1': { type: 'S3', location: 'b', encryptionKey: { id: 'k', type: 'KMS' } },
    };
    const { text } = exportTo('terraform', pipeline);
    expect(text).toContain(
      '  artifact_store {\n    location = "a"\n    type     = "S3"\n    region   = "us-east-1"\n  }',
    );
    expect(text).toContain(
      '  artifact_store {\n    location = "b"\n    type     = "S3"\n    region   = "eu-west-1"\n\n    encryption_key {',
    );
  });
});
