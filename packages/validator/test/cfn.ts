import { opaque, type Pipeline } from '@pipewright/model';
import { parse, type Tags } from 'yaml';

/*
 * Test helper: turns the Properties of an AWS::CodePipeline::Pipeline resource
 * (CloudFormation, PascalCase) into the API's camelCase declaration, so peer
 * fixtures can be validated. Intrinsics become opaque values. The real importer
 * lives in packages/export; this is only enough for the peer suites.
 */

const INTRINSIC = /^(Ref|Condition|Fn::[A-Za-z]+)$/;

function isIntrinsic(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && INTRINSIC.test(keys[0]!);
}

const lowerFirst = (key: string) => key.charAt(0).toLowerCase() + key.slice(1);

function convert(value: unknown, keepKeys = false): unknown {
  if (isIntrinsic(value)) return opaque('cloudformation', value);
  // CloudFormation passes scalar configuration values to the API as strings.
  if (keepKeys && (typeof value === 'number' || typeof value === 'boolean')) return String(value);
  if (Array.isArray(value)) return value.map((v) => convert(v));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (keepKeys) out[key] = convert(v, typeof v !== 'object');
    else if (key === 'Configuration') out.configuration = convert(v, true);
    else out[lowerFirst(key)] = convert(v);
  }
  return out;
}

/** The pipeline declaration of a CloudFormation pipeline resource's Properties. */
export function pipelineFromCfn(properties: Record<string, unknown>): Pipeline {
  const { ArtifactStores, Tags: _tags, ...rest } = properties;
  const pipeline = convert(rest) as Record<string, unknown>;
  if (Array.isArray(ArtifactStores)) {
    const stores: Record<string, unknown> = {};
    for (const entry of ArtifactStores as { Region: string; ArtifactStore: unknown }[])
      stores[entry.Region] = convert(entry.ArtifactStore);
    pipeline.artifactStores = stores;
  }
  return pipeline as Pipeline;
}

/**
 * Every AWS::CodePipeline::Pipeline resource of a template, by logical id. A resource
 * without `Name` gets its logical id as name, as CloudFormation generates one.
 */
export function pipelinesOfTemplate(template: unknown): { id: string; pipeline: Pipeline }[] {
  const resources =
    (template as { Resources?: Record<string, { Type?: string; Properties?: Record<string, unknown> }> }).Resources ??
    {};
  return Object.entries(resources)
    .filter(([, r]) => r.Type === 'AWS::CodePipeline::Pipeline')
    .map(([id, r]) => ({ id, pipeline: pipelineFromCfn({ Name: id, ...r.Properties }) }));
}

const SHORT_FORMS = [
  'Ref',
  'Condition',
  'Sub',
  'GetAtt',
  'Join',
  'If',
  'Equals',
  'Not',
  'And',
  'Or',
  'FindInMap',
  'Select',
  'Split',
  'ImportValue',
  'Base64',
  'GetAZs',
  'Cidr',
];

/** YAML tags for CloudFormation's short-form intrinsics (`!Ref x` -> `{ Ref: x }`, `!Sub s` -> `{ 'Fn::Sub': s }`). */
const cfnTags: Tags = SHORT_FORMS.flatMap((name) => {
  const key = name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`;
  const wrap = (value: unknown) => ({
    [key]: name === 'GetAtt' && typeof value === 'string' ? value.split('.') : value,
  });
  return [
    { tag: `!${name}`, resolve: (value: string) => wrap(value) },
    { tag: `!${name}`, collection: 'seq' as const, resolve: (seq: { toJSON(): unknown }) => wrap(seq.toJSON()) },
    { tag: `!${name}`, collection: 'map' as const, resolve: (map: { toJSON(): unknown }) => wrap(map.toJSON()) },
  ];
}) as Tags;

/** A CloudFormation template in YAML (short-form intrinsics included) or JSON. */
export function parseTemplate(text: string): unknown {
  return parse(text, { customTags: cfnTags, version: '1.1' });
}
