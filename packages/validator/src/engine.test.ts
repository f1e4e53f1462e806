import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Pipeline } from '@pipewright/model';
import { build, pipeline, source, stage, withStages } from '../test/fixtures.js';
import { actionKey, comparePointers, validate } from './engine.js';

describe('validate', () => {
  it('reports nothing on the clean fixture', () => {
    expect(validate(pipeline())).toEqual([]);
  });

  it('switches rules off and changes their severity by id', () => {
    const broken = withStages(
      stage('Source', source()),
      stage('Build', build('Build', ['missing'], [], { runOrder: 0 })),
    );
    const all = validate(broken);
    expect(all.map((d) => d.ruleId)).toEqual(['artifact-input-produced', 'run-order-range']);
    const tuned = validate(broken, { rules: { 'run-order-range': 'off', 'artifact-input-produced': 'info' } });
    expect(tuned.map((d) => [d.ruleId, d.severity])).toEqual([['artifact-input-produced', 'info']]);
  });

  it('orders diagnostics by path (numeric indexes as numbers), then rule order', () => {
    const stages = [
      stage('Source', source()),
      ...Array.from({ length: 11 }, (_, i) => stage(`S${i}`, build(`B${i}`, ['nope'], []))),
    ];
    const paths = validate(withStages(...stages)).map((d) => d.path);
    const indexes = paths.map((p) => Number(/^\/stages\/(\d+)/.exec(p)?.[1]));
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
    expect(validate(withStages(...stages))).toEqual(validate(withStages(...stages)));
  });

  it('does not report what parts of unknown content (Terraform dynamic blocks) could make right', () => {
    const dynamicActions = withStages(
      stage('Source', source()),
      stage('Build'),
      stage('Deploy', build('Deploy', ['made-by-dynamic'], [])),
    );
    const all = validate(dynamicActions).map((d) => d.ruleId);
    expect(all).toEqual(expect.arrayContaining(['action-count', 'artifact-input-produced']));
    const partial = validate(dynamicActions, { incomplete: ['/stages/1'] }).map((d) => d.ruleId);
    expect(partial).not.toContain('action-count');
    expect(partial).not.toContain('artifact-input-produced');
    const noStages = validate(withStages(), { incomplete: [''] }).map((d) => d.ruleId);
    expect(noStages).not.toContain('stage-count');
    expect(noStages).not.toContain('source-required');
  });

  it('does not modify its input', () => {
    const input = withStages(
      stage('Source', source()),
      stage('Build', build('Build', ['x'])),
      stage('Build', build('Y')),
    );
    const copy = structuredClone(input);
    validate(input);
    expect(input).toEqual(copy);
  });

  it('never crashes on malformed documents', () => {
    const junk = fc.anything({ maxDepth: 4, withNullPrototype: false });
    const shaped = fc.record({
      name: junk,
      roleArn: junk,
      artifactStore: junk,
      artifactStores: junk,
      variables: fc.oneof(junk, fc.array(junk)),
      triggers: fc.oneof(junk, fc.array(fc.record({ gitConfiguration: junk, providerType: junk }))),
      stages: fc.oneof(
        junk,
        fc.array(
          fc.record({
            name: junk,
            onFailure: junk,
            beforeEntry: fc.oneof(
              junk,
              fc.record({ conditions: fc.array(fc.record({ rules: fc.array(junk), result: junk })) }),
            ),
            actions: fc.oneof(
              junk,
              fc.array(
                fc.record({
                  name: junk,
                  actionTypeId: junk,
                  configuration: junk,
                  inputArtifacts: junk,
                  outputArtifacts: fc.array(junk),
                  runOrder: junk,
                  namespace: junk,
                  environmentVariables: junk,
                  commands: junk,
                }),
              ),
            ),
          }),
        ),
      ),
    });
    fc.assert(
      fc.property(fc.oneof(junk, shaped), (doc) => {
        const diagnostics = validate(doc as Pipeline);
        expect(diagnostics.filter((d) => d.ruleId === 'internal-error')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('comparePointers', () => {
  it('sorts array indexes as numbers and prefixes first', () => {
    const paths = [
      '/stages/10/name',
      '/stages/9/actions/0',
      '/stages/9',
      '',
      '/name',
      '/stages/9/actions/10',
      '/stages/9/actions/2',
    ];
    expect([...paths].sort(comparePointers)).toEqual([
      '',
      '/name',
      '/stages/9',
      '/stages/9/actions/0',
      '/stages/9/actions/2',
      '/stages/9/actions/10',
      '/stages/10/name',
    ]);
  });
});

describe('actionKey', () => {
  const segment = fc.oneof(
    fc.constantFrom('stages', 'actions', 'name', 'configuration', 'inputArtifacts', 'a', 'actionsX', ''),
    fc.nat(120).map(String),
    fc.constantFrom('007', '0', '00', '1000000', '999999'),
  );
  const pointer = fc.oneof(
    fc.array(segment, { maxLength: 6 }).map((s) => s.map((x) => '/' + x).join('')),
    fc
      .tuple(fc.nat(60), fc.nat(60), fc.array(segment, { maxLength: 3 }))
      .map(([s, a, rest]) => `/stages/${s}/actions/${a}` + rest.map((x) => '/' + x).join('')),
  );

  it('gives keys that order paths as comparePointers does, so the sort can trust them', () => {
    fc.assert(
      fc.property(pointer, pointer, (a, b) => {
        const ka = actionKey(a);
        const kb = actionKey(b);
        if (ka < 0 || kb < 0 || ka === kb) return;
        expect(Math.sign(ka - kb)).toBe(Math.sign(comparePointers(a, b)));
      }),
      { numRuns: 2000 },
    );
  });

  it('keys only paths at or under an action, and none with a leading zero', () => {
    expect(actionKey('/stages/3/actions/12')).toBe(3_000_012);
    expect(actionKey('/stages/3/actions/12/configuration/X')).toBe(3_000_012);
    expect(actionKey('/stages/3/actions')).toBe(-1);
    expect(actionKey('/stages/3/actions/12x')).toBe(-1);
    expect(actionKey('/stages/03/actions/1')).toBe(-1);
    expect(actionKey('/stages/3/name')).toBe(-1);
    expect(actionKey('')).toBe(-1);
  });

  it('sorts diagnostics of many rules by path, keeping rule order on equal paths', () => {
    const found = validate(withStages(stage('Source', source('Same')), stage('Build', build('Same'), build('Same'))));
    const paths = found.map((d) => d.path);
    expect(paths).toEqual([...paths].sort(comparePointers));
  });
});
