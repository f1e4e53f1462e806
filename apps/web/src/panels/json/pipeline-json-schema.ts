import { z } from 'zod';
import { Pipeline, catalogue, knownConfigKeys, type ProviderSpec } from '@pipewright/model';
import { addRuleConfigurationSchemas } from './rule-json-schema.js';
import apiDocs from './api-docs.generated.json' with { type: 'json' };

/*
 * The JSON Schema the JSON view hands to Monaco for completion, hover and
 * structural checks. It is derived from the zod model (z.toJSONSchema), then
 * decorated: the API's own field documentation as descriptions, and per
 * provider (if/then on actionTypeId) the configuration keys it knows.
 */

type JsonSchema = Record<string, unknown>;

const OPAQUE_TITLE = 'Opaque value (a CloudFormation intrinsic or a Terraform expression, kept as written)';

function isOpaqueBranch(schema: JsonSchema): boolean {
  const props = schema.properties as Record<string, unknown> | undefined;
  return schema.type === 'object' && !!props && '$opaque' in props && 'expr' in props;
}

function matches(pattern: string[], path: string[]): boolean {
  return pattern.length === path.length && pattern.every((p, i) => p === '*' || p === path[i]);
}

const docPatterns = Object.entries(apiDocs.docs as Record<string, string>).map(
  ([pattern, text]) => [pattern.split('/').slice(1), text] as const,
);

function describe(path: string[]): string | undefined {
  return docPatterns.find(([pattern]) => matches(pattern, path))?.[1];
}

/** Walks the schema along the document's structure, attaching descriptions and titling opaque branches. */
function decorate(schema: JsonSchema, path: string[]): void {
  const description = describe(path);
  if (description && path.length > 0 && schema.description === undefined) schema.description = description;
  const anyOf = schema.anyOf as JsonSchema[] | undefined;
  for (const branch of anyOf ?? []) {
    if (isOpaqueBranch(branch)) branch.title = OPAQUE_TITLE;
    else decorate(branch, path);
  }
  const properties = schema.properties as Record<string, JsonSchema> | undefined;
  for (const [key, child] of Object.entries(properties ?? {})) decorate(child, [...path, key]);
  const items = schema.items as JsonSchema | undefined;
  if (items && typeof items === 'object') decorate(items, [...path, '*']);
  const additional = schema.additionalProperties as JsonSchema | boolean | undefined;
  if (additional && typeof additional === 'object' && Object.keys(additional).length > 0) {
    decorate(additional, [...path, '*']);
  }
}

function constOrAny(value: string): JsonSchema | undefined {
  return value === '*' || value.startsWith('<') ? undefined : { const: value };
}

/** `if actionTypeId is <provider> then configuration has these keys` for one catalogue entry. */
function providerRule(spec: ProviderSpec, describeKey: (spec: ProviderSpec, key: string) => string | undefined) {
  const typeProps: Record<string, JsonSchema> = {};
  for (const field of ['category', 'owner', 'provider', 'version'] as const) {
    const condition = constOrAny(spec[field]);
    if (condition) typeProps[field] = condition;
  }
  const keys = knownConfigKeys(spec);
  if (keys.length === 0) return undefined;
  const configProps: Record<string, JsonSchema> = {};
  for (const key of keys) {
    const required = spec.requiredConfig.includes(key) ? 'Required. ' : '';
    configProps[key] = { type: 'string', description: `${required}${describeKey(spec, key) ?? ''}`.trim() };
  }
  return {
    if: {
      properties: { actionTypeId: { properties: typeProps, required: Object.keys(typeProps) } },
      required: ['actionTypeId'],
    },
    then: { properties: { configuration: { properties: configProps } } },
  };
}

export interface SchemaOptions {
  /** Human description of a provider's configuration key (the model's configKeyDescription). */
  describeConfigKey?: (spec: ProviderSpec, key: string) => string | undefined;
}

/** The JSON Schema of a bare pipeline declaration. */
export function pipelineDeclarationSchema(options: SchemaOptions = {}): JsonSchema {
  const schema = z.toJSONSchema(Pipeline, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  delete schema.$schema;
  decorate(schema, []);
  const action = (
    ((schema.properties as Record<string, JsonSchema>).stages!.items as JsonSchema).properties as Record<
      string,
      JsonSchema
    >
  ).actions!.items as JsonSchema;
  const rules = catalogue
    .map((spec) => providerRule(spec, options.describeConfigKey ?? (() => undefined)))
    .filter((rule) => rule !== undefined);
  action.allOf = rules;
  addRuleConfigurationSchemas(schema);
  return schema;
}

/**
 * The schema of the text as the JSON view shows it: a bare declaration, or one
 * wrapped in `{ "pipeline": ... }` (create-pipeline input and get-pipeline output).
 */
export function pipelineFileSchema(shape: 'get-pipeline' | 'create-pipeline' | 'bare', options: SchemaOptions = {}) {
  const declaration = pipelineDeclarationSchema(options);
  if (shape === 'bare') return declaration;
  return {
    type: 'object',
    properties: {
      pipeline: { ...declaration, description: 'The pipeline declaration (PipelineDeclaration in the API).' },
      ...(shape === 'get-pipeline'
        ? { metadata: { type: 'object', description: 'get-pipeline metadata: kept as read, never edited.' } }
        : { tags: { type: 'array', description: 'Tags of the pipeline resource.' } }),
    },
    required: ['pipeline'],
  } satisfies JsonSchema;
}
