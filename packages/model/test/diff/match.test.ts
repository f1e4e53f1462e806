import { describe, expect, it } from 'vitest';
import { diffPipelines, opaque, type DiffChange } from '../../src/index.js';
import { actionAt, edited, release } from './fixtures.js';

/* Matching: renames, moves and re-orders are reported as such, not as a delete plus an add. */

const base = release();
const summary = (changes: DiffChange[]) => changes.map((c) => [c.kind, c.target, c.field, c.oldPath, c.newPath]);

describe('matching stages and actions', () => {
  it('a renamed action (same type and configuration) is a rename', () => {
    const diff = diffPipelines(
      base,
      edited(base, (p) => (actionAt(p, 1, 0).name = 'Compile')),
    );
    expect(summary(diff.changes)).toEqual([
      ['renamed', 'action', '/name', '/stages/1/actions/0/name', '/stages/1/actions/0/name'],
    ]);
    expect(diff.changes[0]).toMatchObject({
      oldValue: 'Build',
      newValue: 'Compile',
      stage: 'Build',
      action: 'Compile',
    });
  });

  it('a renamed action with a changed configuration is still a rename, with the field change', () => {
    const diff = diffPipelines(
      base,
      edited(base, (p) => {
        actionAt(p, 2, 0).name = 'ShipStaging';
        actionAt(p, 2, 0).configuration!['ServiceName'] = 'api';
      }),
    );
    expect(summary(diff.changes)).toEqual([
      ['renamed', 'action', '/name', '/stages/2/actions/0/name', '/stages/2/actions/0/name'],
      [
        'changed',
        'action',
        '/configuration/ServiceName',
        '/stages/2/actions/0/configuration/ServiceName',
        '/stages/2/actions/0/configuration/ServiceName',
      ],
    ]);
  });

  it('a renamed stage keeps its actions matched', () => {
    const diff = diffPipelines(
      base,
      edited(base, (p) => (p.stages[1]!.name = 'CI')),
    );
    expect(summary(diff.changes)).toEqual([['renamed', 'stage', '/name', '/stages/1/name', '/stages/1/name']]);
    expect(diff.matches.stages).toContainEqual({ old: 1, new: 1 });
  });

  it('a stage renamed and its only action renamed too is matched by position and type', () => {
    const diff = diffPipelines(
      base,
      edited(base, (p) => {
        p.stages[2]!.name = 'PreProd';
        actionAt(p, 2, 0).name = 'DeployPreProd';
      }),
    );
    expect(diff.changes.map((c) => [c.kind, c.target])).toEqual([
      ['renamed', 'stage'],
      ['renamed', 'action'],
    ]);
  });

  it('an action moved to another stage is a move', () => {
    const diff = diffPipelines(
      base,
      edited(base, (p) => {
        const [tests] = p.stages[1]!.actions.splice(1, 1);
        p.stages[2]!.actions.unshift(tests!);
      }),
    );
    expect(summary(diff.changes)).toEqual([['moved', 'action', '', '/stages/1/actions/1', '/stages/2/actions/0']]);
    expect(diff.changes[0]).toMatchObject({ oldValue: 'Build', newValue: 'Staging' });
  });

  it('an action moved and renamed is one action', () => {
    const diff = diffPipelines(
      base,
      edited(base, (p) => {
        const [tests] = p.stages[1]!.actions.splice(1, 1);
        tests!.name = 'SmokeTests';
        p.stages[2]!.actions.push(tests!);
      }),
    );
    expect(diff.changes.map((c) => c.kind)).toEqual(['moved', 'renamed']);
  });

  it('a run-order reshuffle is a re-order of the actions whose run order changed', () => {
    const diff = diffPipelines(
      base,
      edited(base, (p) => {
        actionAt(p, 3, 0).runOrder = 2;
        actionAt(p, 3, 1).runOrder = 1;
      }),
    );
    expect(summary(diff.changes)).toEqual([
      ['reordered', 'action', '/runOrder', '/stages/3/actions/0/runOrder', '/stages/3/actions/0/runOrder'],
      ['reordered', 'action', '/runOrder', '/stages/3/actions/1/runOrder', '/stages/3/actions/1/runOrder'],
    ]);
  });

  it('parallel actions: a new run order 1 where it was absent is no change; the order in the list is no change', () => {
    const parallel = edited(base, (p) => delete actionAt(p, 1, 0).runOrder);
    expect(
      diffPipelines(
        parallel,
        edited(parallel, (p) => (actionAt(p, 1, 0).runOrder = 1)),
      ).changes,
    ).toEqual([]);
    expect(
      diffPipelines(
        parallel,
        edited(parallel, (p) => p.stages[1]!.actions.reverse()),
      ).changes,
    ).toEqual([]);
  });

  it('making a parallel action sequential is a re-order', () => {
    const diff = diffPipelines(
      base,
      edited(base, (p) => (actionAt(p, 1, 1).runOrder = 2)),
    );
    expect(summary(diff.changes)).toEqual([
      ['reordered', 'action', '/runOrder', undefined, '/stages/1/actions/1/runOrder'],
    ]);
    expect(diff.changes[0]).toMatchObject({ newValue: 2 });
  });

  it('stages swapped: one stage reordered (the other kept its relative order)', () => {
    const diff = diffPipelines(
      base,
      edited(base, (p) => {
        const [staging] = p.stages.splice(2, 1);
        p.stages.splice(3, 0, staging!);
      }),
    );
    expect(diff.changes.map((c) => [c.kind, c.target, c.oldPath, c.newPath])).toEqual([
      ['reordered', 'stage', '/stages/2', '/stages/3'],
    ]);
  });

  it('a deleted action and a new unrelated one are a removal and an addition', () => {
    const diff = diffPipelines(
      base,
      edited(base, (p) => {
        p.stages[1]!.actions.splice(1, 1);
        p.stages[1]!.actions.push({
          name: 'Lint',
          actionTypeId: { category: 'Invoke', owner: 'AWS', provider: 'Lambda', version: '1' },
          configuration: { FunctionName: 'lint' },
        });
      }),
    );
    expect(summary(diff.changes)).toEqual([
      ['added', 'action', '', undefined, '/stages/1/actions/1'],
      ['removed', 'action', '', '/stages/1/actions/1', undefined],
    ]);
  });

  it('a removed stage lists the stage and the actions that went with it', () => {
    const diff = diffPipelines(
      base,
      edited(base, (p) => p.stages.splice(2, 1)),
    );
    expect(summary(diff.changes)).toEqual([
      ['removed', 'stage', '', '/stages/2', undefined],
      ['removed', 'action', '', '/stages/2/actions/0', undefined],
    ]);
  });

  it('same-named actions in different stages stay in their stages', () => {
    const twin = edited(base, (p) => {
      actionAt(p, 2, 0).name = 'Deploy';
      actionAt(p, 3, 1).name = 'Deploy';
    });
    const diff = diffPipelines(
      twin,
      edited(twin, (p) => (actionAt(p, 3, 1).configuration!['ServiceName'] = 'api')),
    );
    expect(summary(diff.changes)).toEqual([
      [
        'changed',
        'action',
        '/configuration/ServiceName',
        '/stages/3/actions/1/configuration/ServiceName',
        '/stages/3/actions/1/configuration/ServiceName',
      ],
    ]);
  });
});

describe('field by field', () => {
  it('compares configuration keys, artifacts, variables, triggers, conditions, stores, timeouts', () => {
    const diff = diffPipelines(
      base,
      edited(base, (p) => {
        actionAt(p, 1, 0).configuration!['EnvironmentVariables'] = '[]';
        actionAt(p, 1, 0).outputArtifacts!.push({ name: 'Reports' });
        actionAt(p, 1, 0).timeoutInMinutes = 30;
        p.variables![0]!.defaultValue = 'prod';
        p.triggers![0]!.gitConfiguration.push![0]!.branches!.includes = ['main', 'release/*'];
        p.stages[3]!.beforeEntry!.conditions[0]!.result = 'SKIP';
        p.artifactStore!.location = 'other';
      }),
    );
    expect(diff.changes.map((c) => [c.kind, c.newPath])).toEqual([
      ['changed', '/artifactStore/location'],
      ['changed', '/variables/0/defaultValue'],
      ['changed', '/triggers/0/gitConfiguration/push/0/branches/includes'],
      ['added', '/stages/1/actions/0/configuration/EnvironmentVariables'],
      ['added', '/stages/1/actions/0/outputArtifacts/1'],
      ['added', '/stages/1/actions/0/timeoutInMinutes'],
      ['changed', '/stages/3/beforeEntry/conditions/0/result'],
    ]);
  });

  it('the order of input artifacts is a re-order (the first is the primary source)', () => {
    const two = edited(base, (p) => actionAt(p, 1, 0).inputArtifacts!.push({ name: 'Extra' }));
    const diff = diffPipelines(
      two,
      edited(two, (p) => actionAt(p, 1, 0).inputArtifacts!.reverse()),
    );
    expect(summary(diff.changes)).toEqual([
      [
        'reordered',
        'action',
        '/inputArtifacts',
        '/stages/1/actions/0/inputArtifacts',
        '/stages/1/actions/0/inputArtifacts',
      ],
    ]);
  });

  it('ignores key order, empty lists and AWS’s version counter', () => {
    const reversed = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reversed)
        : typeof value === 'object' && value !== null
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([k, v]) => [k, reversed(v)]),
            )
          : value;
    const shuffled = reversed(base) as typeof base;
    const spelled = edited(base, (p) => {
      p.version = 7;
      actionAt(p, 2, 0).outputArtifacts = [];
      p.stages[2]!.blockers = [];
    });
    expect(diffPipelines(base, shuffled).changes).toEqual([]);
    expect(diffPipelines(base, spelled).changes).toEqual([]);
  });

  it('opaque values of two formats are no change; of one format they compare as written', () => {
    const tf = edited(
      base,
      (p) => (actionAt(p, 1, 0).configuration!['ProjectName'] = opaque('terraform', '${var.project}')),
    );
    const cfn = edited(
      base,
      (p) => (actionAt(p, 1, 0).configuration!['ProjectName'] = opaque('cloudformation', { Ref: 'Project' })),
    );
    const otherTf = edited(
      base,
      (p) => (actionAt(p, 1, 0).configuration!['ProjectName'] = opaque('terraform', '${var.other}')),
    );
    expect(diffPipelines(tf, cfn).changes).toEqual([]);
    expect(diffPipelines(tf, otherTf).changes.map((c) => c.newPath)).toEqual([
      '/stages/1/actions/0/configuration/ProjectName',
    ]);
    expect(diffPipelines(tf, base).changes).toHaveLength(1); // an expression against a literal is a change
  });

  it("a masked secret (get-pipeline's ****) is no change; a real one is", () => {
    const secret = edited(base, (p) => (actionAt(p, 0, 0).configuration!['OAuthToken'] = 'abc'));
    expect(
      diffPipelines(
        secret,
        edited(secret, (p) => (actionAt(p, 0, 0).configuration!['OAuthToken'] = '****')),
      ).changes,
    ).toEqual([]);
    expect(
      diffPipelines(
        secret,
        edited(secret, (p) => (actionAt(p, 0, 0).configuration!['OAuthToken'] = 'xyz')),
      ).changes,
    ).toHaveLength(1);
  });
});
