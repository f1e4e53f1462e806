import fc from 'fast-check';

/*
 * What aws-cdk-lib changes by design when it synthesizes a stack, undone so that a
 * synthesized template can be compared with the CloudFormation export of the same pipeline.
 * Everything else must be equal. The list (README "CDK"):
 *
 * 1. The bootstrap check: `Parameters.BootstrapVersion` and `Rules.CheckBootstrapVersion`
 *    (DefaultStackSynthesizer) are removed, and the sections when that empties them.
 * 2. Tags: the TagManager writes a resource's tags sorted by key; both sides are sorted.
 * 3. Literals holding CDK's token markers are written as `Fn::Join` of literal pieces with an
 *    empty delimiter (the export's escape); such a join is read back as the joined text.
 * 4. CfnParameterProps types: `MinLength`/`MaxLength`/`MinValue`/`MaxValue` as numbers,
 *    `NoEcho` as a boolean, `AllowedValues` as strings, and then `Default` as a string too
 *    (templates may spell them otherwise; CloudFormation reads parameter values as text).
 * 5. CfnPipeline checks its typed props when it synthesizes, so a template's `Version: 1` is
 *    written `'1'` and `RunOrder: '1'` is written `1`: in a pipeline's properties, numbers and
 *    booleans are compared as their text.
 */

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function joinedLiteral(value: Record<string, unknown>): string | undefined {
  const keys = Object.keys(value);
  const join = value['Fn::Join'];
  if (keys.length !== 1 || !Array.isArray(join) || join[0] !== '' || !Array.isArray(join[1])) return undefined;
  const pieces: unknown[] = join[1];
  return pieces.every((p) => typeof p === 'string') ? pieces.join('') : undefined;
}

function normalize(value: unknown, key?: string): unknown {
  if (Array.isArray(value)) {
    const items = value.map((v) => normalize(v));
    if (key === 'Tags' && items.every((t) => isRecord(t) && typeof t['Key'] === 'string'))
      return [...(items as Record<string, string>[])].sort((a, b) => (a['Key'] ?? '').localeCompare(b['Key'] ?? ''));
    return items;
  }
  if (!isRecord(value)) return value;
  const joined = joinedLiteral(value);
  if (joined !== undefined) return joined;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value)) {
    Object.defineProperty(out, k, {
      value: normalize(value[k], k),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

function normalizeParameter(spec: unknown): unknown {
  if (!isRecord(spec)) return spec;
  const out: Record<string, unknown> = { ...spec };
  for (const k of ['MinLength', 'MaxLength', 'MinValue', 'MaxValue'])
    if (typeof out[k] === 'string' && Number.isFinite(Number(out[k]))) out[k] = Number(out[k]);
  if (typeof out['NoEcho'] === 'string') out['NoEcho'] = out['NoEcho'].toLowerCase() === 'true';
  if (Array.isArray(out['AllowedValues'])) {
    out['AllowedValues'] = out['AllowedValues'].map((v: unknown) => (isRecord(v) ? v : String(v)));
    if (typeof out['Default'] === 'number' || typeof out['Default'] === 'boolean')
      out['Default'] = String(out['Default']);
  }
  return out;
}

function scalarsAsText(value: unknown): unknown {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(scalarsAsText);
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value)) {
    Object.defineProperty(out, k, {
      value: scalarsAsText(value[k]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/** `template` with aws-cdk-lib's by-design changes undone (see the list above). */
export function comparableSynth(template: Record<string, unknown>): Record<string, unknown> {
  const out = normalize(template) as Record<string, unknown>;
  if (isRecord(out['Resources'])) {
    for (const resource of Object.values(out['Resources'])) {
      if (isRecord(resource) && resource['Type'] === 'AWS::CodePipeline::Pipeline')
        resource['Properties'] = scalarsAsText(resource['Properties']);
    }
  }
  const parameters = isRecord(out['Parameters']) ? { ...out['Parameters'] } : undefined;
  if (parameters) {
    delete parameters['BootstrapVersion'];
    for (const k of Object.keys(parameters)) parameters[k] = normalizeParameter(parameters[k]);
    if (Object.keys(parameters).length > 0) out['Parameters'] = parameters;
    else delete out['Parameters'];
  }
  const rules = isRecord(out['Rules']) ? { ...out['Rules'] } : undefined;
  if (rules) {
    delete rules['CheckBootstrapVersion'];
    if (Object.keys(rules).length > 0) out['Rules'] = rules;
    else delete out['Rules'];
  }
  return out;
}

/** Strings holding aws-cdk-lib's token markers among other hostile text. */
export const tokenMarkerString: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '${Token[TOKEN.42]}',
        '#{Token[TOKEN.7]}',
        'Token[',
        '${Token[',
        ']}',
        '-1.8881545897087626e+289',
        'e+289',
        '${AWS::Region}',
        '#{SourceVariables.CommitId}',
        "'",
        '\\',
        '\n',
      ),
      fc.string({ maxLength: 4 }),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((parts) => parts.join(''))
  .filter((s) => s.includes('Token[') || s.includes('e+289'));

/** The JSON pointer of the first place where `a` and `b` differ (for the test's message), or undefined. */
export function firstDifference(a: unknown, b: unknown, path = ''): string | undefined {
  if (Object.is(a, b)) return undefined;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const d = firstDifference(a[i], b[i], `${path}/${i}`);
      if (d !== undefined) return d;
    }
    return undefined;
  }
  if (isRecord(a) && isRecord(b)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference(a[k], b[k], `${path}/${k}`);
      if (d !== undefined) return d;
    }
    return undefined;
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 200)} != ${JSON.stringify(b)?.slice(0, 200)}`;
}
