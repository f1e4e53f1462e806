import { describe, expect, it } from 'vitest';
import { pipelineDeclarationSchema, pipelineFileSchema } from './pipeline-json-schema.js';

type S = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('pipeline JSON schema', () => {
  const schema = pipelineDeclarationSchema({ describeConfigKey: (_spec, key) => `about ${key}` }) as S;
  const action = schema.properties.stages.items.properties.actions.items as S;

  it('requires what the API requires', () => {
    expect(schema.required).toEqual(expect.arrayContaining(['name', 'roleArn', 'stages']));
    expect(action.required).toEqual(expect.arrayContaining(['name', 'actionTypeId']));
  });

  it('describes fields with the API documentation', () => {
    expect(schema.properties.name.description).toBe('The name of the pipeline.');
    expect(action.properties.runOrder.description).toMatch(/order in which actions are run/i);
  });

  it('offers enum values for completion', () => {
    const modes = schema.properties.executionMode.anyOf.find((b: S) => b.enum);
    expect(modes.enum).toEqual(['QUEUED', 'SUPERSEDED', 'PARALLEL']);
  });

  it('titles the opaque alternative so hover explains it', () => {
    expect(schema.properties.roleArn.anyOf.some((b: S) => /Opaque value/.test(b.title ?? ''))).toBe(true);
  });

  it('lists a provider’s configuration keys under an if/then on its action type', () => {
    const codeBuild = action.allOf.find(
      (rule: S) =>
        rule.if.properties.actionTypeId.properties.provider?.const === 'CodeBuild' &&
        rule.if.properties.actionTypeId.properties.category?.const === 'Build',
    );
    expect(codeBuild.then.properties.configuration.properties.ProjectName).toEqual({
      type: 'string',
      description: 'Required. about ProjectName',
    });
  });

  it('lists a stage-condition rule type’s keys and values under an if/then on its provider, in every condition kind', () => {
    const stage = schema.properties.stages.items.properties as S;
    // z.toJSONSchema may share the rule schema between condition kinds; find it wherever it is.
    const rules: S[] = [];
    const seen = new Set<unknown>();
    const walk = (v: unknown) => {
      if (!v || typeof v !== 'object' || seen.has(v)) return;
      seen.add(v);
      if ((v as S).properties?.ruleTypeId && (v as S).properties?.name) rules.push(v as S); // a RuleDeclaration, not an if clause
      Object.values(v as S).forEach(walk);
    };
    walk(schema);
    expect(stage.beforeEntry).toBeDefined();
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) {
      const check = (rule.allOf as S[]).find(
        (r) => r.if.properties.ruleTypeId.properties.provider.const === 'VariableCheck',
      )!;
      const operator = check.then.properties.configuration.properties.Operator;
      expect(operator.enum).toEqual(['EQ', 'CONTAINS', 'MATCHES', 'NE']);
      expect(operator.description).toMatch(/^Required\./);
    }
  });

  it('is plain JSON (no cycles), as the JSON language service needs', () => {
    expect(() => JSON.stringify(schema)).not.toThrow();
  });

  it('wraps the declaration for the get-pipeline and create-pipeline shapes', () => {
    const wrapped = pipelineFileSchema('get-pipeline') as S;
    expect(wrapped.required).toEqual(['pipeline']);
    expect(wrapped.properties.pipeline.properties.stages).toBeDefined();
    expect(wrapped.properties.metadata).toBeDefined();
  });
});
