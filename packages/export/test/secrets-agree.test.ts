import {
  isMaskedSecret,
  parsePipelineJson,
  getAtPointer,
  templates,
  type Action,
  type Pipeline,
} from '@pipewright/model';
import { rules, runRules } from '@pipewright/validator';
import { describe, expect, it } from 'vitest';
import { listCorpus, readCorpusBytes } from '../../../test-support/corpus.mjs';
import { listFixtures, readFixtureBytes } from '../../../test-support/fixtures.mjs';
import { planExport } from '../src/plan/index.js';

/*
 * The exporters lift into parameters exactly the values the validator's `plaintext-secret`
 * warns about (plus get-pipeline's masks, which are not literals but cannot be written out
 * as `****`): a value is never warned about yet exported as a literal, or lifted without a word.
 */

const plaintextSecret = rules.find((r) => r.id === 'plaintext-secret')!;

/** Pointers of the configuration values the validator calls literal secrets. */
function warned(pipeline: Pipeline): string[] {
  return runRules(pipeline, [plaintextSecret])
    .map((d) => d.path)
    .filter((path) => path.includes('/configuration/'))
    .sort();
}

/** Pointers of the configuration values the CloudFormation export lifts, masks left out. */
function lifted(pipeline: Pipeline): string[] {
  return planExport(pipeline, { target: 'cloudformation' })
    .secrets.map((s) => s.path)
    .filter((path) => !isMaskedSecret(getAtPointer(pipeline, path)))
    .sort();
}

function withBuildConfig(configuration: Record<string, string>): Pipeline {
  const build: Action = {
    name: 'Build',
    actionTypeId: { category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1' },
    configuration: { ProjectName: 'app', ...configuration },
    inputArtifacts: [{ name: 'src' }],
  };
  const source: Action = {
    name: 'Source',
    actionTypeId: { category: 'Source', owner: 'AWS', provider: 'S3', version: '1' },
    configuration: { S3Bucket: 'b', S3ObjectKey: 'k.zip', PollForSourceChanges: 'false' },
    outputArtifacts: [{ name: 'src' }],
  };
  return {
    name: 'p',
    roleArn: 'arn:aws:iam::111111111111:role/p',
    artifactStore: { type: 'S3', location: 'bucket' },
    stages: [
      { name: 'Source', actions: [source] },
      { name: 'Build', actions: [build] },
    ],
  };
}

describe('secret keys: the validator and the exporters decide alike', () => {
  // The ten probe keys: true where the value is the secret itself, false where it says where one is kept.
  const probes: Record<string, boolean> = {
    OAuthToken: true,
    ClientSecret: true,
    Passphrase: true,
    SecretToken: true,
    ApiKey: true,
    AWS_SECRET_ACCESS_KEY: true,
    SecretArn: false,
    SecretId: false,
    PasswordParameterName: false,
    TokenUrl: false,
  };
  for (const [key, secret] of Object.entries(probes))
    it(`${key}: ${secret ? 'warned about and lifted' : 'neither warned about nor lifted'}`, () => {
      const pipeline = withBuildConfig({ [key]: 'value-as-written' });
      const expected = secret ? [`/stages/1/actions/0/configuration/${key}`] : [];
      expect({ warned: warned(pipeline), lifted: lifted(pipeline) }).toEqual({ warned: expected, lifted: expected });
    });

  it('keeps variable and dynamic references as written, and says nothing of them', () => {
    const pipeline = withBuildConfig({
      OAuthToken: '#{SourceSecrets.Token}',
      WebhookSecret: '{{resolve:secretsmanager:hook:SecretString:value}}',
    });
    expect({ warned: warned(pipeline), lifted: lifted(pipeline) }).toEqual({ warned: [], lifted: [] });
  });
});

const sets = [
  {
    name: 'templates',
    tags: [] as string[],
    pipelines: () => templates.map((t) => ({ file: t.id, pipeline: t.pipeline })),
  },
  {
    name: "the team's JSON fixtures",
    tags: [],
    pipelines: () => readable(listFixtures('json'), (f) => readFixtureBytes('json', f)),
  },
  {
    name: 'real pipelines (corpus real/json)',
    tags: ['corpus'],
    pipelines: () => readable(listCorpus('real', 'json'), (f) => readCorpusBytes('real', 'json', f)),
  },
];

function readable(files: string[], read: (file: string) => Uint8Array): { file: string; pipeline: Pipeline }[] {
  return files.flatMap((file) => {
    if (!file.endsWith('.json')) return [];
    const parsed = parsePipelineJson(read(file));
    return parsed.ok ? [{ file, pipeline: parsed.document.pipeline }] : [];
  });
}

for (const set of sets)
  describe(`secret references agree with plaintext-secret over ${set.name}`, { tags: set.tags }, () => {
    it('lifts what is warned about, and nothing else', () => {
      const pipelines = set.pipelines();
      expect(pipelines.length).toBeGreaterThan(0);
      for (const { file, pipeline } of pipelines) expect(lifted(pipeline), file).toEqual(warned(pipeline));
    });
  });
