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

  it('wraps the declaration for the get-pipeline and create-pipeline shapes', () => {
    const wrapped = pipelineFileSchema('get-pipeline') as S;
    expect(wrapped.required).toEqual(['pipeline']);
    expect(wrapped.properties.pipeline.properties.stages).toBeDefined();
    expect(wrapped.properties.metadata).toBeDefined();
  });
});
