import fc from 'fast-check';
import { ACTION_CATEGORIES, ACTION_OWNERS, opaque, type Pipeline } from '@pipewright/model';

/*
 * Random valid pipelines whose strings are hostile to a careless HCL writer (quotes,
 * backslashes, `${`, `%{`, backticks, comment closers, unicode, newlines, `__proto__` keys),
 * with Terraform expressions in some places.
 */

const PIECES = [
  '"',
  '\\',
  '\\"',
  '${',
  '${var.x}',
  '%{',
  '%{ if true }',
  '$${',
  '%%{',
  '$',
  '%',
  '}',
  '{',
  '`',
  '*/',
  '/*',
  '#',
  '//',
  '<<EOT',
  '\n',
  '\r\n',
  '\t',
  '\u0000',
  '\u001b',
  '\u007f',
  '\u2028',
  'é',
  'ß',
  '漢字',
  '😀',
  '👩‍👩‍👧',
  '#{SourceVariables.CommitId}',
  '__proto__',
  'constructor',
  ' ',
];

/** Strings built from hostile pieces and random text; NFC, as Terraform normalizes every string. */
const hostile = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 6 })
  .map((parts) => parts.join('').normalize('NFC'));

const expression = fc
  .constantFrom(
    '${var.x}',
    '${aws_iam_role.pipeline.arn}',
    '${var.env}-${local.suffix}',
    '${lookup(var.settings, "key", "de\\"fault")}',
    'pre-${var.x}-"quoted"-post',
    'a$${literal}${var.b}',
    '%{if var.on}on%{else}off%{endif}',
  )
  .map((expr) => opaque('terraform', expr));

const text = fc.oneof({ weight: 5, arbitrary: hostile }, { weight: 1, arbitrary: expression });

/** A configuration map; keys are hostile too and set as own data properties (never prototypes). */
const configuration = fc.uniqueArray(fc.tuple(hostile, text), { maxLength: 4, selector: ([k]) => k }).map((entries) => {
  const out: Record<string, unknown> = {};
  for (const [k, v] of entries)
    Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  return out as Record<string, string>;
});

const artifacts = fc.array(fc.record({ name: text }), { maxLength: 3 });

const action = fc.record(
  {
    name: text,
    actionTypeId: fc.record({
      category: fc.constantFrom(...ACTION_CATEGORIES),
      owner: fc.constantFrom(...ACTION_OWNERS),
      provider: text,
      version: text,
    }),
    runOrder: fc.integer({ min: 1, max: 999 }),
    configuration,
    inputArtifacts: artifacts,
    outputArtifacts: artifacts,
    roleArn: text,
    region: text,
    namespace: text,
    timeoutInMinutes: fc.integer({ min: 5, max: 86400 }),
  },
  { requiredKeys: ['name', 'actionTypeId'] },
);

const rule = fc.record(
  {
    name: text,
    ruleTypeId: fc.record({
      category: fc.constant('Rule' as const),
      owner: fc.constant('AWS' as const),
      provider: text,
      version: text,
    }),
    configuration,
    commands: fc.array(text, { maxLength: 2 }),
    inputArtifacts: artifacts,
  },
  { requiredKeys: ['name', 'ruleTypeId'] },
);

const conditions = fc.array(
  fc.record({
    result: fc.constantFrom('ROLLBACK' as const, 'FAIL' as const, 'SKIP' as const),
    rules: fc.array(rule, { minLength: 1, maxLength: 2 }),
  }),
  { minLength: 1, maxLength: 2 },
);

const stage = fc.record(
  {
    name: text,
    actions: fc.array(action, { minLength: 1, maxLength: 3 }),
    beforeEntry: fc.record({ conditions }),
    onFailure: fc.record(
      { result: fc.constantFrom('ROLLBACK' as const, 'RETRY' as const), conditions },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['name', 'actions'] },
);

export const pipeline: fc.Arbitrary<Pipeline> = fc.record(
  {
    name: text,
    roleArn: text,
    artifactStore: fc.record(
      {
        type: fc.constant('S3' as const),
        location: text,
        encryptionKey: fc.record({ id: text, type: fc.constant('KMS' as const) }),
      },
      { requiredKeys: ['type', 'location'] },
    ),
    stages: fc.array(stage, { minLength: 1, maxLength: 3 }),
    pipelineType: fc.constantFrom('V1' as const, 'V2' as const),
    variables: fc.array(fc.record({ name: text, defaultValue: text, description: text }, { requiredKeys: ['name'] }), {
      maxLength: 2,
    }),
  },
  { requiredKeys: ['name', 'roleArn', 'artifactStore', 'stages'] },
);
