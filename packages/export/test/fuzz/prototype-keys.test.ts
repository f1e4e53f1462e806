import { applyEdit, generatePipeline, type Pipeline, type PipelineEdit } from '@pipewright/model';
import { describe, expect, it } from 'vitest';
import { exportPipeline, importPipelines } from '../../src/index.js';
import { EXPORT_TARGETS, type ExportTarget } from '../../src/types.js';
import { prototypesTouched } from './oracle.js';

/*
 * Configuration keys named `__proto__`, `constructor` and `prototype` are plain data all the
 * way: read from every format, edited with applyEdit, written to every target and read back.
 * Object.prototype must stay untouched at every step.
 */

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'] as const;
const ACTION = '/stages/1/actions/0';

/** The same source written by hand in each importable format: a CodeBuild action with the three keys. */
const SOURCES: Record<string, string> = {
  json: JSON.stringify({
    pipeline: {
      name: 'proto',
      roleArn: 'arn:aws:iam::123456789012:role/p',
      artifactStore: { type: 'S3', location: 'bucket' },
      stages: [
        {
          name: 'Source',
          actions: [
            {
              name: 'Src',
              actionTypeId: { category: 'Source', owner: 'AWS', provider: 'S3', version: '1' },
              configuration: { S3Bucket: 'b', S3ObjectKey: 'k' },
              outputArtifacts: [{ name: 'src' }],
            },
          ],
        },
        {
          name: 'Build',
          actions: [
            {
              name: 'Build',
              actionTypeId: { category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1' },
              inputArtifacts: [{ name: 'src' }],
              configuration: { ProjectName: 'p', __proto__: 'p-value', constructor: 'c-value', prototype: 'q-value' },
            },
          ],
        },
      ],
    },
  }).replace('"ProjectName":"p"', '"ProjectName":"p","__proto__":"p-value"'),
  'cloudformation (YAML)': `Resources:
  Pipeline:
    Type: AWS::CodePipeline::Pipeline
    Properties:
      Name: proto
      RoleArn: arn:aws:iam::123456789012:role/p
      ArtifactStore: { Type: S3, Location: bucket }
      Stages:
        - Name: Source
          Actions:
            - Name: Src
              ActionTypeId: { Category: Source, Owner: AWS, Provider: S3, Version: "1" }
              Configuration: { S3Bucket: b, S3ObjectKey: k }
              OutputArtifacts: [{ Name: src }]
        - Name: Build
          Actions:
            - Name: Build
              ActionTypeId: { Category: Build, Owner: AWS, Provider: CodeBuild, Version: "1" }
              InputArtifacts: [{ Name: src }]
              Configuration:
                ProjectName: p
                __proto__: p-value
                constructor: c-value
                prototype: q-value
`,
  'terraform (HCL)': `resource "aws_codepipeline" "proto" {
  name     = "proto"
  role_arn = "arn:aws:iam::123456789012:role/p"
  artifact_store {
    type     = "S3"
    location = "bucket"
  }
  stage {
    name = "Source"
    action {
      name             = "Src"
      category         = "Source"
      owner            = "AWS"
      provider         = "S3"
      version          = "1"
      output_artifacts = ["src"]
      configuration = {
        S3Bucket    = "b"
        S3ObjectKey = "k"
      }
    }
  }
  stage {
    name = "Build"
    action {
      name            = "Build"
      category        = "Build"
      owner           = "AWS"
      provider        = "CodeBuild"
      version         = "1"
      input_artifacts = ["src"]
      configuration = {
        ProjectName   = "p"
        "__proto__"   = "p-value"
        "constructor" = "c-value"
        "prototype"   = "q-value"
      }
    }
  }
}
`,
};

function configurationAt(pipeline: Pipeline): Record<string, unknown> {
  const configuration = pipeline.stages[1]?.actions[0]?.configuration;
  if (!configuration) throw new Error('the Build action lost its configuration');
  return configuration;
}

/** The keys are own, enumerable data properties with these values, on a plain object. */
function expectPlainData(configuration: Record<string, unknown>, values: Record<string, string>): void {
  expect(Object.getPrototypeOf(configuration)).toBe(Object.prototype);
  for (const key of PROTO_KEYS) {
    const descriptor = Object.getOwnPropertyDescriptor(configuration, key);
    expect(descriptor?.enumerable, key).toBe(true);
    expect(descriptor?.value, key).toBe(values[key]);
  }
  expect(Object.keys(configuration)).toEqual(expect.arrayContaining([...PROTO_KEYS]));
}

function importOne(text: string, fileName?: string): Pipeline {
  const result = importPipelines(text, fileName ? { fileName } : {});
  if (!result.ok) throw new Error(`${result.error.message} at ${result.error.line}:${result.error.column}`);
  const first = result.pipelines[0];
  if (!first) throw new Error('no pipeline');
  return first.pipeline;
}

function edit(pipeline: Pipeline, change: PipelineEdit): Pipeline {
  const result = applyEdit(pipeline, change);
  if (!result.ok) throw new Error(result.reason);
  return result.pipeline;
}

/** Built with fromEntries: in an object literal, `__proto__:` would set the prototype instead. */
const values = (p: string, c: string, q: string): Record<string, string> =>
  Object.fromEntries([
    ['__proto__', p],
    ['constructor', c],
    ['prototype', q],
  ]);
const ORIGINAL = values('p-value', 'c-value', 'q-value');
const EDITED = values('p-edited', 'c-edited', 'q-value');
const IMPORTABLE: ExportTarget[] = EXPORT_TARGETS.filter((t) => t !== 'cdk');

describe.each(Object.entries(SOURCES))('__proto__, constructor and prototype from %s', (_format, source) => {
  it('import as plain data', () => {
    expectPlainData(configurationAt(importOne(source)), ORIGINAL);
    expect(prototypesTouched()).toBe(false);
  });

  it('are edited as plain data by applyEdit, and an edit at /__proto__ pollutes nothing', () => {
    let pipeline = importOne(source);
    pipeline = edit(pipeline, { kind: 'setField', path: `${ACTION}/configuration/__proto__`, value: 'p-edited' });
    pipeline = edit(pipeline, { kind: 'setField', path: `${ACTION}/configuration/constructor`, value: 'c-edited' });
    pipeline = edit(pipeline, { kind: 'renameAction', stage: 1, action: 0, name: 'Compile' });
    expectPlainData(configurationAt(pipeline), EDITED);
    // Pointers through prototype names either set own data or are refused: never the prototype.
    for (const path of ['/__proto__/polluted', '/constructor/prototype/polluted', `${ACTION}/__proto__/polluted`]) {
      const result = applyEdit(pipeline, { kind: 'setField', path, value: 'yes' });
      if (result.ok) expect(Object.getPrototypeOf(result.pipeline)).toBe(Object.prototype);
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(prototypesTouched()).toBe(false);
  });

  it.each(IMPORTABLE)('survive edit -> export to %s -> import', (target) => {
    let pipeline = importOne(source);
    pipeline = edit(pipeline, { kind: 'setField', path: `${ACTION}/configuration/__proto__`, value: 'p-edited' });
    pipeline = edit(pipeline, { kind: 'setField', path: `${ACTION}/configuration/constructor`, value: 'c-edited' });
    const exported = exportPipeline(pipeline, target);
    const back = importOne(exported.text, exported.fileName);
    expectPlainData(configurationAt(back), EDITED);
    expect(prototypesTouched()).toBe(false);
  });

  it('are written into the CDK export as quoted keys (CDK itself drops __proto__, with a warning)', () => {
    let pipeline = importOne(source);
    pipeline = edit(pipeline, { kind: 'setField', path: `${ACTION}/configuration/__proto__`, value: 'p-edited' });
    const exported = exportPipeline(pipeline, 'cdk');
    for (const key of ['constructor', 'prototype']) expect(exported.text).toMatch(new RegExp(`['"]?${key}['"]?: `));
    const warned = exported.warnings.some((w) => w.message.includes('__proto__'));
    const written = /\[?['"]__proto__['"]\]?: 'p-edited'/.test(exported.text);
    expect(warned || written).toBe(true);
    expect(prototypesTouched()).toBe(false);
  });
});

it('a generated pipeline keeps the keys through every target too', () => {
  const pipeline = generatePipeline({ stages: 2, actionsPerStage: 1, seed: 5 });
  const action = pipeline.stages[1]?.actions[0];
  if (!action) throw new Error('generator changed');
  const configuration: NonNullable<typeof action.configuration> = { ...(action.configuration ?? {}) };
  for (const key of PROTO_KEYS) {
    Object.defineProperty(configuration, key, {
      value: `${key}-v`,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  action.configuration = configuration;
  for (const target of IMPORTABLE) {
    const exported = exportPipeline(pipeline, target);
    const back = importOne(exported.text, exported.fileName);
    const config = back.stages[1]?.actions[0]?.configuration ?? {};
    for (const key of PROTO_KEYS)
      expect(Object.getOwnPropertyDescriptor(config, key)?.value, `${target} ${key}`).toBe(`${key}-v`);
  }
  expect(prototypesTouched()).toBe(false);
});
