import { describe, expect, it } from 'vitest';
import { applyEdit, generatePipeline, type Action, type EditResult, type Pipeline } from '../../src/index.js';
import { deepFreeze } from '../helpers/freeze.js';

const cfnType = { category: 'Deploy', owner: 'AWS', provider: 'CloudFormation', version: '1' } as const;
const buildType = { category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1' } as const;

/** Source -> Build (two inputs, PrimarySource) -> Deploy (CloudFormation TemplatePath) with a trigger and references. */
const fixture: Pipeline = deepFreeze({
  name: 'fixture',
  roleArn: 'arn:aws:iam::111111111111:role/p',
  pipelineType: 'V2',
  stages: [
    {
      name: 'Source',
      actions: [
        {
          name: 'App',
          actionTypeId: { category: 'Source', owner: 'AWS', provider: 'CodeStarSourceConnection', version: '1' },
          configuration: { ConnectionArn: 'arn:c', FullRepositoryId: 'o/r', BranchName: 'main' },
          outputArtifacts: [{ name: 'AppSrc' }],
          namespace: 'SourceVars',
        },
        {
          name: 'Infra',
          actionTypeId: { category: 'Source', owner: 'AWS', provider: 'S3', version: '1' },
          configuration: { S3Bucket: 'b', S3ObjectKey: 'k', PollForSourceChanges: 'false' },
          outputArtifacts: [{ name: 'InfraSrc' }],
        },
      ],
    },
    {
      name: 'Build',
      actions: [
        {
          name: 'Compile',
          actionTypeId: buildType,
          runOrder: 1,
          configuration: {
            ProjectName: 'p',
            PrimarySource: 'AppSrc',
            EnvironmentVariables: '[{"name":"C","value":"#{SourceVars.CommitId}"}]',
          },
          inputArtifacts: [{ name: 'AppSrc' }, { name: 'InfraSrc' }],
          outputArtifacts: [{ name: 'Built' }],
          namespace: 'BuildVars',
        },
        {
          name: 'Test',
          actionTypeId: { ...buildType, category: 'Test' },
          runOrder: 2,
          configuration: { ProjectName: 't' },
          inputArtifacts: [{ name: 'Built' }],
        },
      ],
    },
    {
      name: 'Deploy',
      beforeEntry: {
        conditions: [
          {
            rules: [
              {
                name: 'Check',
                ruleTypeId: { category: 'Rule', provider: 'Commands' },
                commands: ['echo #{SourceVars.BranchName}'],
                inputArtifacts: [{ name: 'AppSrc' }],
              },
            ],
          },
        ],
      },
      actions: [
        {
          name: 'Stack',
          actionTypeId: cfnType,
          configuration: {
            ActionMode: 'CREATE_UPDATE',
            StackName: 's',
            TemplatePath: 'AppSrc::template.yaml',
            TemplateConfiguration: 'AppSrc::config.json',
            ParameterOverrides: '{"Commit":"#{SourceVars.CommitId}","Other":"#{SourceVarsX.CommitId}"}',
          },
          inputArtifacts: [{ name: 'AppSrc' }],
          environmentVariables: [{ name: 'E', value: 'x-#{SourceVars.CommitId}' }],
        },
      ],
    },
  ],
  triggers: [
    {
      providerType: 'CodeStarSourceConnection',
      gitConfiguration: { sourceActionName: 'App', push: [{ branches: { includes: ['main'] } }] },
    },
  ],
} as Pipeline);

function expectOk(result: EditResult): Pipeline {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.pipeline;
}

function expectRefused(result: EditResult, reason: RegExp): void {
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.reason).toMatch(reason);
}

const action = (name: string, runOrder?: number): Action => ({
  name,
  actionTypeId: { category: 'Approval', owner: 'AWS', provider: 'Manual', version: '1' },
  ...(runOrder === undefined ? {} : { runOrder }),
});

describe('stage edits', () => {
  it('adds a stage at an index and refuses duplicates and bad indexes', () => {
    const next = expectOk(
      applyEdit(fixture, { kind: 'addStage', stage: { name: 'Gate', actions: [action('Ok')] }, index: 1 }),
    );
    expect(next.stages.map((s) => s.name)).toEqual(['Source', 'Gate', 'Build', 'Deploy']);
    expect(
      expectOk(applyEdit(fixture, { kind: 'addStage', stage: { name: 'Last', actions: [] } })).stages[3]?.name,
    ).toBe('Last');
    expectRefused(applyEdit(fixture, { kind: 'addStage', stage: { name: 'Build', actions: [] } }), /already exists/);
    expectRefused(
      applyEdit(fixture, { kind: 'addStage', stage: { name: 'X', actions: [] }, index: 9 }),
      /out of range/,
    );
  });

  it('removes, renames and moves stages', () => {
    expect(expectOk(applyEdit(fixture, { kind: 'removeStage', stage: 1 })).stages.map((s) => s.name)).toEqual([
      'Source',
      'Deploy',
    ]);
    expectRefused(applyEdit(fixture, { kind: 'removeStage', stage: 3 }), /out of range/);
    expect(expectOk(applyEdit(fixture, { kind: 'renameStage', stage: 1, name: 'Compile' })).stages[1]?.name).toBe(
      'Compile',
    );
    expect(expectOk(applyEdit(fixture, { kind: 'renameStage', stage: 1, name: 'Build' })).stages[1]?.name).toBe(
      'Build',
    );
    expectRefused(applyEdit(fixture, { kind: 'renameStage', stage: 1, name: 'Deploy' }), /already exists/);
    expectRefused(applyEdit(fixture, { kind: 'renameStage', stage: 1, name: ' ' }), /empty/);
    expect(expectOk(applyEdit(fixture, { kind: 'moveStage', from: 2, to: 1 })).stages.map((s) => s.name)).toEqual([
      'Source',
      'Deploy',
      'Build',
    ]);
    expectRefused(applyEdit(fixture, { kind: 'moveStage', from: 0, to: -1 }), /out of range/);
  });

  it('shares untouched stages with the input', () => {
    const next = expectOk(applyEdit(fixture, { kind: 'renameStage', stage: 2, name: 'Prod' }));
    expect(next.stages[0]).toBe(fixture.stages[0]);
    expect(next.stages[1]).toBe(fixture.stages[1]);
  });
});

describe('action edits', () => {
  it('adds an action placed by run order and refuses duplicate names', () => {
    const next = expectOk(applyEdit(fixture, { kind: 'addAction', stage: 1, action: action('Review', 1) }));
    expect(next.stages[1]?.actions.map((a) => a.name)).toEqual(['Compile', 'Review', 'Test']);
    const last = expectOk(applyEdit(fixture, { kind: 'addAction', stage: 1, action: action('Later', 5) }));
    expect(last.stages[1]?.actions.map((a) => a.name)).toEqual(['Compile', 'Test', 'Later']);
    expectRefused(
      applyEdit(fixture, { kind: 'addAction', stage: 1, action: action('Test') }),
      /already has an action named "Test"/,
    );
    expectRefused(applyEdit(fixture, { kind: 'addAction', stage: 7, action: action('X') }), /out of range/);
  });

  it('removes an action', () => {
    expect(expectOk(applyEdit(fixture, { kind: 'removeAction', stage: 1, action: 0 })).stages[1]?.actions).toHaveLength(
      1,
    );
    expectRefused(applyEdit(fixture, { kind: 'removeAction', stage: 1, action: 2 }), /action index 2 is out of range/);
  });

  it('renames an action and the triggers that name it', () => {
    const next = expectOk(applyEdit(fixture, { kind: 'renameAction', stage: 0, action: 0, name: 'Repo' }));
    expect(next.stages[0]?.actions[0]?.name).toBe('Repo');
    expect(next.triggers?.[0]?.gitConfiguration.sourceActionName).toBe('Repo');
    const other = expectOk(applyEdit(fixture, { kind: 'renameAction', stage: 1, action: 0, name: 'App' }));
    expect(other.triggers).toBe(fixture.triggers);
    expectRefused(applyEdit(fixture, { kind: 'renameAction', stage: 0, action: 0, name: 'Infra' }), /already has/);
  });

  it('moves an action to another stage and run order', () => {
    const next = expectOk(applyEdit(fixture, { kind: 'moveAction', stage: 1, action: 1, toStage: 2, runOrder: 3 }));
    expect(next.stages[1]?.actions.map((a) => a.name)).toEqual(['Compile']);
    expect(next.stages[2]?.actions.map((a) => [a.name, a.runOrder])).toEqual([
      ['Stack', undefined],
      ['Test', 3],
    ]);
  });

  it('inserts a new step, shifting later run orders', () => {
    const next = expectOk(
      applyEdit(fixture, { kind: 'moveAction', stage: 2, action: 0, toStage: 1, runOrder: 2, insertAsNewStep: true }),
    );
    expect(next.stages[1]?.actions.map((a) => [a.name, a.runOrder])).toEqual([
      ['Compile', 1],
      ['Stack', 2],
      ['Test', 3],
    ]);
    const parallel = expectOk(applyEdit(fixture, { kind: 'moveAction', stage: 2, action: 0, toStage: 1, runOrder: 2 }));
    expect(parallel.stages[1]?.actions.map((a) => [a.name, a.runOrder])).toEqual([
      ['Compile', 1],
      ['Test', 2],
      ['Stack', 2],
    ]);
  });

  it('refuses bad moves', () => {
    expectRefused(
      applyEdit(fixture, { kind: 'moveAction', stage: 1, action: 0, toStage: 1, runOrder: 0 }),
      /run order/,
    );
    expectRefused(
      applyEdit(fixture, { kind: 'moveAction', stage: 1, action: 0, toStage: 1, runOrder: 1.5 }),
      /run order/,
    );
    expectRefused(
      applyEdit(fixture, { kind: 'moveAction', stage: 1, action: 0, toStage: 5, runOrder: 1 }),
      /out of range/,
    );
    const clash = expectOk(applyEdit(fixture, { kind: 'renameAction', stage: 2, action: 0, name: 'Test' }));
    expectRefused(
      applyEdit(clash, { kind: 'moveAction', stage: 2, action: 0, toStage: 1, runOrder: 1 }),
      /already has/,
    );
  });
});

describe('artifact edits', () => {
  it('adds and removes inputs and outputs', () => {
    const withInput = expectOk(applyEdit(fixture, { kind: 'addInputArtifact', stage: 1, action: 1, name: 'AppSrc' }));
    expect(withInput.stages[1]?.actions[1]?.inputArtifacts).toEqual([{ name: 'Built' }, { name: 'AppSrc' }]);
    expectRefused(
      applyEdit(fixture, { kind: 'addInputArtifact', stage: 1, action: 1, name: 'Built' }),
      /already lists/,
    );
    const withOutput = expectOk(applyEdit(fixture, { kind: 'addOutputArtifact', stage: 1, action: 1, name: 'Report' }));
    expect(withOutput.stages[1]?.actions[1]?.outputArtifacts).toEqual([{ name: 'Report' }]);
    expectRefused(
      applyEdit(fixture, { kind: 'addOutputArtifact', stage: 1, action: 1, name: 'AppSrc' }),
      /already exists/,
    );
    expectRefused(
      applyEdit(fixture, { kind: 'addOutputArtifact', stage: 1, action: 1, name: 'BuildVars' }),
      /namespace/,
    );
    const removed = expectOk(applyEdit(fixture, { kind: 'removeInputArtifact', stage: 1, action: 1, name: 'Built' }));
    expect(removed.stages[1]?.actions[1]).not.toHaveProperty('inputArtifacts');
    expectRefused(applyEdit(fixture, { kind: 'removeOutputArtifact', stage: 1, action: 1, name: 'Nope' }), /has no/);
  });

  it('renames an artifact everywhere it is named', () => {
    const next = expectOk(applyEdit(fixture, { kind: 'renameArtifact', from: 'AppSrc', to: 'Code' }));
    expect(next.stages[0]?.actions[0]?.outputArtifacts).toEqual([{ name: 'Code' }]);
    const compile = next.stages[1]?.actions[0];
    expect(compile?.inputArtifacts).toEqual([{ name: 'Code' }, { name: 'InfraSrc' }]);
    expect(compile?.configuration?.['PrimarySource']).toBe('Code');
    const stack = next.stages[2]?.actions[0];
    expect(stack?.configuration?.['TemplatePath']).toBe('Code::template.yaml');
    expect(stack?.configuration?.['TemplateConfiguration']).toBe('Code::config.json');
    expect(next.stages[2]?.beforeEntry?.conditions[0]?.rules?.[0]?.inputArtifacts).toEqual([{ name: 'Code' }]);
    expect(JSON.stringify(next)).not.toContain('AppSrc');
  });

  it('refuses artifact renames that collide', () => {
    expectRefused(applyEdit(fixture, { kind: 'renameArtifact', from: 'AppSrc', to: 'Built' }), /already exists/);
    expectRefused(applyEdit(fixture, { kind: 'renameArtifact', from: 'AppSrc', to: 'SourceVars' }), /namespace/);
    expectRefused(applyEdit(fixture, { kind: 'renameArtifact', from: 'Ghost', to: 'X' }), /no artifact/);
  });
});

describe('renameNamespace', () => {
  it('rewrites the namespace and every reference, and nothing else', () => {
    const next = expectOk(applyEdit(fixture, { kind: 'renameNamespace', from: 'SourceVars', to: 'Src' }));
    expect(next.stages[0]?.actions[0]?.namespace).toBe('Src');
    const text = JSON.stringify(next);
    expect(text).not.toContain('#{SourceVars.');
    expect(next.stages[1]?.actions[0]?.configuration?.['EnvironmentVariables']).toContain('#{Src.CommitId}');
    expect(next.stages[2]?.actions[0]?.environmentVariables?.[0]?.value).toBe('x-#{Src.CommitId}');
    expect(next.stages[2]?.beforeEntry?.conditions[0]?.rules?.[0]?.commands).toEqual(['echo #{Src.BranchName}']);
    // A namespace that merely starts with the same letters is left alone.
    expect(text).toContain('#{SourceVarsX.CommitId}');
  });

  it('refuses collisions and invalid names', () => {
    expectRefused(
      applyEdit(fixture, { kind: 'renameNamespace', from: 'SourceVars', to: 'BuildVars' }),
      /already exists/,
    );
    expectRefused(applyEdit(fixture, { kind: 'renameNamespace', from: 'SourceVars', to: 'Built' }), /artifact/);
    expectRefused(applyEdit(fixture, { kind: 'renameNamespace', from: 'SourceVars', to: 'a.b' }), /letters/);
    expectRefused(applyEdit(fixture, { kind: 'renameNamespace', from: 'SourceVars', to: 'variables' }), /reserved/);
    expectRefused(applyEdit(fixture, { kind: 'renameNamespace', from: 'Nope', to: 'X' }), /no action/);
  });
});

describe('setField and replacePipeline', () => {
  it('sets, creates and removes values at a pointer', () => {
    const next = expectOk(
      applyEdit(fixture, { kind: 'setField', path: '/stages/1/actions/1/configuration/ProjectName', value: 'q' }),
    );
    expect(next.stages[1]?.actions[1]?.configuration?.['ProjectName']).toBe('q');
    expect(next.stages[0]).toBe(fixture.stages[0]);
    const created = expectOk(
      applyEdit(fixture, { kind: 'setField', path: '/stages/0/actions/1/region', value: 'eu-west-1' }),
    );
    expect(created.stages[0]?.actions[1]?.region).toBe('eu-west-1');
    const removed = expectOk(
      applyEdit(fixture, { kind: 'setField', path: '/stages/1/actions/0/namespace', value: undefined }),
    );
    expect(removed.stages[1]?.actions[0]).not.toHaveProperty('namespace');
    const topLevel = expectOk(applyEdit(fixture, { kind: 'setField', path: '/executionMode', value: 'QUEUED' }));
    expect(topLevel.executionMode).toBe('QUEUED');
    const unknown = expectOk(applyEdit(fixture, { kind: 'setField', path: '/x-notes/a', value: 1 }));
    expect((unknown as Record<string, unknown>)['x-notes']).toEqual({ a: 1 });
  });

  it('refuses values the schema rejects, saying where and why', () => {
    expectRefused(
      applyEdit(fixture, { kind: 'setField', path: '/stages/1/actions/0/runOrder', value: 'first' }),
      /^stages\[1\]\.actions\[0\]\.runOrder: expected a number, got string "first"$/,
    );
    expectRefused(
      applyEdit(fixture, { kind: 'setField', path: '/stages/1/actions/0/actionTypeId', value: undefined }),
      /^stages\[1\]\.actions\[0\]: missing required field actionTypeId$/,
    );
    expectRefused(applyEdit(fixture, { kind: 'setField', path: '/name', value: undefined }), /name is required/);
    expectRefused(
      applyEdit(fixture, { kind: 'setField', path: '/executionMode', value: 'FAST' }),
      /executionMode: expected one of/,
    );
    expectRefused(applyEdit(fixture, { kind: 'setField', path: '/stages/9/name', value: 'x' }), /out of range/);
    expectRefused(
      applyEdit(fixture, { kind: 'setField', path: '/name/x', value: 'x' }),
      /cannot set a field inside a string/,
    );
  });

  it('keeps prototype-like keys as data', () => {
    const next = expectOk(
      applyEdit(fixture, { kind: 'setField', path: '/stages/1/actions/1/configuration/__proto__', value: 'x' }),
    );
    const configuration = next.stages[1]?.actions[1]?.configuration as Record<string, unknown>;
    expect(Object.hasOwn(configuration, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(configuration)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
    const proto = expectOk(applyEdit(fixture, { kind: 'setField', path: '/__proto__/polluted', value: 'yes' }));
    expect(Object.hasOwn(proto, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('replaces the whole pipeline only with a valid one', () => {
    const other = generatePipeline({ stages: 2, actionsPerStage: 1 });
    expect(expectOk(applyEdit(fixture, { kind: 'replacePipeline', pipeline: other }))).toBe(other);
    expectRefused(
      applyEdit(fixture, { kind: 'replacePipeline', pipeline: { name: 'x' } as Pipeline }),
      /missing required field/,
    );
  });
});

describe('batch', () => {
  it('applies all edits or none', () => {
    const next = expectOk(
      applyEdit(fixture, {
        kind: 'batch',
        edits: [
          { kind: 'renameStage', stage: 1, name: 'CI' },
          { kind: 'renameArtifact', from: 'Built', to: 'Bundle' },
        ],
      }),
    );
    expect(next.stages[1]?.name).toBe('CI');
    expectRefused(
      applyEdit(fixture, {
        kind: 'batch',
        edits: [
          { kind: 'renameStage', stage: 1, name: 'CI' },
          { kind: 'renameStage', stage: 2, name: 'CI' },
        ],
      }),
      /^edit 2 of 2 \(renameStage\): a stage named "CI" already exists$/,
    );
  });

  it('refuses an unknown edit kind', () => {
    expectRefused(applyEdit(fixture, { kind: 'explode' } as never), /unknown edit kind/);
  });
});
