import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readReferenceText } from '../../../test-support/corpus.mjs';
import {
  ACTION_CATEGORIES,
  ACTION_OWNERS,
  CONDITION_RESULTS,
  EXECUTION_MODES,
  OpaqueValue,
  PIPELINE_TYPES,
  Pipeline,
  RESULTS,
  RETRY_MODES,
  STAGE_FAILURE_RESULTS,
  catalogue,
  ruleCatalogue,
} from '../src/index.js';

/*
 * Drift check: the zod model (and the catalogues' enumerations) against the reference API model
 * (botocore codepipeline-service-2.json) and the CloudFormation resource schema. Both are walked
 * from the pipeline declaration down, so a member or a nested structure that a newer API adds
 * fails here until the model has it or KNOWN_DIFFERENCES says why not. Skipped visibly without
 * the reference (tag `reference`).
 */

interface ApiShape {
  type: string;
  members?: Record<string, { shape: string }>;
  required?: string[];
  member?: { shape: string };
  value?: { shape: string };
  enum?: string[];
}

/** Differences on purpose, by `<Shape>.<member>` (API) or `cfn:<Definition>.<Property>`, with the reason. */
const KNOWN_DIFFERENCES: Record<string, string> = {
  'cfn:Pipeline.Tags': 'resource tags: outside the declaration, kept in the import extras',
  'cfn:Pipeline.RestartExecutionOnUpdate': 'CloudFormation only: kept in the import extras',
  'cfn:Pipeline.DisableInboundStageTransitions':
    'CloudFormation only (a transition API call in the API): kept in the import extras',
  'cfn:RuleDeclaration.timeoutInMinutes':
    'in the API and the model, missing from the CloudFormation schema (the CloudFormation export warns)',
};

const api = () =>
  (JSON.parse(readReferenceText('codepipeline-service-2.json')) as { shapes: Record<string, ApiShape> }).shapes;
const cfn = () =>
  JSON.parse(readReferenceText('aws-codepipeline-pipeline.schema.json')) as {
    properties: Record<string, CfnProp>;
    definitions: Record<string, CfnProp>;
  };

interface CfnProp {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, CfnProp>;
  items?: CfnProp;
  enum?: string[];
  required?: string[];
}

/** The schema under optional/union-with-opaque wrappers: the object, array, record or enum that matters. */
function core(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (;;) {
    if (s instanceof z.ZodOptional) s = s.unwrap() as z.ZodType;
    else if (s instanceof z.ZodUnion) {
      const options = (s.options as z.ZodType[]).filter((o) => o !== OpaqueValue);
      if (options.length !== 1) return s;
      s = options[0]!;
    } else return s;
  }
}

const isOptional = (schema: z.ZodType) => schema.safeParse(undefined).success;

interface Finding {
  where: string;
  problem: string;
}

/** Walks an API structure and the zod schema standing for it, member by member. */
function compareApi(
  shapes: Record<string, ApiShape>,
  shapeName: string,
  schema: z.ZodType,
  found: Finding[],
  seen: Set<string>,
): void {
  const shape = shapes[shapeName]!;
  const s = core(schema);
  if (shape.type === 'structure') {
    if (!(s instanceof z.ZodObject))
      return void found.push({ where: shapeName, problem: 'the model has no object here' });
    if (seen.has(shapeName)) return;
    seen.add(shapeName);
    const modelKeys = Object.keys(s.shape);
    for (const [member, target] of Object.entries(shape.members ?? {})) {
      const where = `${shapeName}.${member}`;
      if (KNOWN_DIFFERENCES[where]) continue;
      const field = (s.shape as Record<string, z.ZodType>)[member];
      if (!field) {
        found.push({ where, problem: 'API member missing from the model' });
        continue;
      }
      const required = (shape.required ?? []).includes(member);
      if (required === isOptional(field))
        found.push({
          where,
          problem: required
            ? 'required in the API, optional in the model'
            : 'optional in the API, required in the model',
        });
      compareApi(shapes, target.shape, field, found, seen);
    }
    for (const key of modelKeys)
      if (!(key in (shape.members ?? {})) && !KNOWN_DIFFERENCES[`${shapeName}.${key}`])
        found.push({ where: `${shapeName}.${key}`, problem: 'model field the API does not have' });
    return;
  }
  if (shape.type === 'list') {
    if (!(s instanceof z.ZodArray))
      return void found.push({ where: shapeName, problem: 'the model has no array here' });
    return compareApi(shapes, shape.member!.shape, s.element as z.ZodType, found, seen);
  }
  if (shape.type === 'map') {
    if (!(s instanceof z.ZodRecord))
      return void found.push({ where: shapeName, problem: 'the model has no record here' });
    return compareApi(shapes, shape.value!.shape, s._zod.def.valueType as z.ZodType, found, seen);
  }
  if (shape.enum) {
    for (const value of shape.enum)
      if (!schema.safeParse(value).success)
        found.push({ where: shapeName, problem: `the model rejects the API value '${value}'` });
    if (schema.safeParse('NOT_AN_API_VALUE').success)
      found.push({ where: shapeName, problem: 'the API enumerates this; the model takes any string' });
  }
}

const lowerFirst = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

/** Walks a CloudFormation definition and the zod schema standing for it (PascalCase of the API's camelCase). */
function compareCfn(
  root: ReturnType<typeof cfn>,
  name: string,
  prop: CfnProp,
  schema: z.ZodType,
  found: Finding[],
  seen: Set<string>,
): void {
  const resolved = prop.$ref ? root.definitions[prop.$ref.split('/').pop()!]! : prop;
  const defName = prop.$ref ? prop.$ref.split('/').pop()! : name;
  const s = core(schema);
  if (resolved.properties) {
    if (!(s instanceof z.ZodObject))
      return void found.push({ where: `cfn:${defName}`, problem: 'the model has no object here' });
    if (seen.has(defName)) return;
    seen.add(defName);
    for (const [key, child] of Object.entries(resolved.properties)) {
      const where = `cfn:${defName}.${key}`;
      if (KNOWN_DIFFERENCES[where]) continue;
      if (defName === 'Pipeline' && key === 'ArtifactStores') continue; // a list of { Region, ArtifactStore }: see below
      const field = (s.shape as Record<string, z.ZodType>)[lowerFirst(key)];
      if (!field) {
        found.push({ where, problem: 'CloudFormation property missing from the model' });
        continue;
      }
      compareCfn(root, key, child, field, found, seen);
    }
    const cfnKeys = new Set(Object.keys(resolved.properties).map(lowerFirst));
    for (const key of Object.keys(s.shape))
      if (!cfnKeys.has(key) && !KNOWN_DIFFERENCES[`cfn:${defName}.${key}`])
        found.push({ where: `cfn:${defName}.${key}`, problem: 'model field the CloudFormation schema does not have' });
    return;
  }
  if (resolved.type === 'array' && resolved.items) {
    if (!(s instanceof z.ZodArray))
      return void found.push({ where: `cfn:${defName}`, problem: 'the model has no array here' });
    compareCfn(root, name, resolved.items, s.element as z.ZodType, found, seen);
  }
}

describe('the model against the reference API model', { tags: ['reference'] }, () => {
  it('has every member of the pipeline declaration and its nested structures, with the same required ones and enums', () => {
    const found: Finding[] = [];
    const seen = new Set<string>();
    compareApi(api(), 'PipelineDeclaration', Pipeline, found, seen);
    expect(found).toEqual([]);
    // The walk reached the structures named in the issue (a renamed shape would end it early).
    for (const name of [
      'StageDeclaration',
      'ActionDeclaration',
      'RuleDeclaration',
      'FailureConditions',
      'BeforeEntryConditions',
      'PipelineTriggerDeclaration',
      'GitPullRequestFilter',
    ])
      expect(seen).toContain(name);
  });

  it('enumerates what the API enumerates (categories, owners, modes, types, results, retry modes)', () => {
    const shapes = api();
    expect([...ACTION_CATEGORIES].sort()).toEqual([...shapes['ActionCategory']!.enum!].sort());
    // `Custom` owners are the account's own action types; the API's ActionOwner has them too.
    expect([...ACTION_OWNERS].sort()).toEqual([...shapes['ActionOwner']!.enum!].sort());
    expect([...EXECUTION_MODES].sort()).toEqual([...shapes['ExecutionMode']!.enum!].sort());
    expect([...PIPELINE_TYPES].sort()).toEqual([...shapes['PipelineType']!.enum!].sort());
    expect([...RESULTS].sort()).toEqual([...shapes['Result']!.enum!].sort());
    expect([...RETRY_MODES].sort()).toEqual([...shapes['StageRetryMode']!.enum!].sort());
    for (const results of [...Object.values(CONDITION_RESULTS), STAGE_FAILURE_RESULTS])
      for (const r of results) expect(shapes['Result']!.enum).toContain(r);
  });

  it('catalogues only categories, owners and names the API allows', () => {
    const shapes = api();
    for (const spec of catalogue) {
      if (spec.category !== '*') expect(shapes['ActionCategory']!.enum, spec.provider).toContain(spec.category);
      expect(shapes['ActionOwner']!.enum, spec.provider).toContain(spec.owner);
    }
    expect(shapes['RuleCategory']!.enum).toEqual(['Rule']);
    expect(shapes['RuleOwner']!.enum).toEqual(['AWS']);
    for (const rule of ruleCatalogue) expect(rule.provider).toMatch(/^[0-9A-Za-z_-]{1,35}$/);
  });
});

describe('the drift check itself', { tags: ['reference'] }, () => {
  it('notices a new API member, a new nested structure and a new enum value', () => {
    const shapes = structuredClone(api());
    shapes['ActionDeclaration']!.members!['retryPolicy'] = { shape: 'NewRetryPolicy' };
    shapes['NewRetryPolicy'] = { type: 'structure', members: { attempts: { shape: 'Integer' } } };
    shapes['StageDeclaration']!.required = [...shapes['StageDeclaration']!.required!, 'blockers'];
    shapes['ExecutionMode']!.enum = [...shapes['ExecutionMode']!.enum!, 'BATCHED'];
    const found: Finding[] = [];
    compareApi(shapes, 'PipelineDeclaration', Pipeline, found, new Set());
    expect(found.map((f) => f.where).sort()).toEqual([
      'ActionDeclaration.retryPolicy',
      'ExecutionMode',
      'StageDeclaration.blockers',
    ]);
  });

  it('notices a new CloudFormation property', () => {
    const root = structuredClone(cfn());
    root.definitions['RuleDeclaration']!.properties!['RetryPolicy'] = { type: 'object', properties: {} };
    const found: Finding[] = [];
    compareCfn(root, 'Pipeline', { properties: root.properties }, Pipeline, found, new Set());
    expect(found.map((f) => f.where)).toEqual(['cfn:RuleDeclaration.RetryPolicy']);
  });
});

describe('the model against the CloudFormation resource schema', { tags: ['reference'] }, () => {
  it('has every property of AWS::CodePipeline::Pipeline and its definitions, or says why not', () => {
    const root = cfn();
    const found: Finding[] = [];
    const seen = new Set<string>();
    compareCfn(root, 'Pipeline', { properties: root.properties }, Pipeline, found, seen);
    // ArtifactStores is a list of { Region, ArtifactStore }; the model keys the stores by Region.
    const storeMap = root.definitions['ArtifactStoreMap']!.properties!;
    expect(Object.keys(storeMap).sort()).toEqual(['ArtifactStore', 'Region']);
    expect(found).toEqual([]);
    for (const name of [
      'StageDeclaration',
      'ActionDeclaration',
      'RuleDeclaration',
      'FailureConditions',
      'GitConfiguration',
    ])
      expect(seen).toContain(name);
  });
});
