import {
  IF_FIELDS_KEY,
  IF_KEY,
  Pipeline,
  acceptsPipeline,
  displayValue,
  opaque,
  type ConditionalBranch,
} from '@pipewright/model';
import { isPlainObject, ownEntries, setOwn } from '../plan/own.js';
import { pointerOf } from '../plan/pointer.js';
import type { FidelityReport } from '../import/types.js';
import type { CloudFormationPatch } from '../types.js';
import { conditionalParts, isIntrinsic } from './intrinsics.js';
import { SHAPES, type FieldKind, type ShapeName } from './shapes.js';

type Segments = (string | number)[];

export interface CfnConversion {
  pipeline: Pipeline;
  patches: CloudFormationPatch[];
  fidelity: FidelityReport;
  /** API pointer -> CFN path inside `Properties` (for line/column lookups); empty unless `recordPaths`. */
  cfnPathOf: Map<string, Segments>;
}

export type CfnConversionResult =
  { ok: true; value: CfnConversion } | { ok: false; message: string; cfnPath: Segments };

/** Values the model requires; filled in when the template leaves them out or makes them intrinsic. */
const REQUIRED: Partial<Record<ShapeName, Record<string, () => unknown>>> = {
  Pipeline: { roleArn: () => '', stages: () => [] },
  Stage: { name: () => '', actions: () => [] },
  Action: { name: () => '', actionTypeId: () => ({ category: '', owner: '', provider: '', version: '' }) },
};

/**
 * Converts the `Properties` of an `AWS::CodePipeline::Pipeline` into the API model. What the
 * model cannot hold becomes a patch (so the CloudFormation export writes it back) and an
 * `unrepresented` entry; intrinsics at string or number places become opaque values.
 * `recordPaths` fills `cfnPathOf`, which only placing a position needs.
 */
export function fromCfnProperties(properties: unknown, logicalId: string, recordPaths = false): CfnConversionResult {
  const patches: CloudFormationPatch[] = [];
  const fidelity: FidelityReport = { imported: [], opaque: [], unrepresented: [] };
  const cfnPathOf = new Map<string, Segments>();
  // A pointer string per node was a third of the conversion: built only when positions are asked for.
  const note = (api: Segments, cfn: Segments): void => {
    if (recordPaths) cfnPathOf.set(pointerOf(api), cfn);
  };
  const where = (cfn: Segments): string => pointerOf(['Properties', ...cfn]);

  const keep = (cfn: Segments, value: unknown, reason: string, whenValue?: unknown): void => {
    patches.push(
      whenValue === undefined ? { op: 'set', path: cfn, value } : { op: 'set', path: cfn, value, whenValue },
    );
    fidelity.unrepresented.push({ path: where(cfn), reason });
  };

  const asOpaque = (value: Record<string, unknown>, api: Segments) => {
    const o = opaque('cloudformation', value);
    fidelity.opaque.push({ path: pointerOf(api), display: displayValue(o) });
    return o;
  };

  const str = (value: unknown, cfn: Segments, api: Segments): unknown => {
    note(api, cfn);
    if (typeof value === 'string') return value;
    if (isIntrinsic(value)) return asOpaque(value, api);
    if (typeof value === 'number' || typeof value === 'boolean') {
      // CloudFormation reads it as the string; the patch keeps the source's spelling on the way back.
      patches.push({ op: 'set', path: cfn, value, whenValue: String(value) });
      return String(value);
    }
    keep(cfn, value, `expected a string, found ${value === null ? 'null' : typeof value}`);
    return undefined;
  };

  const int = (value: unknown, cfn: Segments, api: Segments): unknown => {
    note(api, cfn);
    if (typeof value === 'number' && Number.isInteger(value)) return value;
    if (isIntrinsic(value)) return asOpaque(value, api);
    if (typeof value === 'string' && /^[0-9]+$/.test(value)) {
      patches.push({ op: 'set', path: cfn, value, whenValue: Number(value) });
      return Number(value);
    }
    keep(cfn, value, 'expected an integer');
    return undefined;
  };

  const field = (type: FieldKind, value: unknown, cfn: Segments, api: Segments): unknown => {
    switch (type.kind) {
      case 'string':
        return str(value, cfn, api);
      case 'integer':
        return int(value, cfn, api);
      case 'stringList':
        if (!Array.isArray(value)) break;
        note(api, cfn);
        return listOf(value, cfn, api, (item, c, a) => str(item, c, a));
      case 'object':
        return shape(type.shape, value, cfn, api);
      case 'list':
        if (!Array.isArray(value)) break;
        note(api, cfn);
        return listOf(value, cfn, api, (item, c, a) =>
          isPlainObject(item) && !isIntrinsic(item) ? shape(type.shape, item, c, a) : undefined,
        );
      case 'configuration': {
        if (!isPlainObject(value) || isIntrinsic(value)) break;
        note(api, cfn);
        const out: Record<string, unknown> = {};
        for (const [k, v] of ownEntries(value)) {
          const s = str(v, [...cfn, k], [...api, k]);
          if (s !== undefined) setOwn(out, k, s);
        }
        return out;
      }
      case 'artifactStores':
        return artifactStores(value, cfn, api);
    }
    keep(
      cfn,
      value,
      isIntrinsic(value) ? 'an intrinsic stands where the model needs structure' : 'unexpected value type',
    );
    return undefined;
  };

  /**
   * `Fn::If` where the model needs structure (a stage, an action, ActionTypeId, Configuration
   * ...): the branch that is present (the first one when both are) goes into the model, the
   * other one into the annotation, both converted by `convert`. On a list item (`key` given) the
   * item carries the annotation itself; for a field, the caller puts it under `$ifFields`.
   * Undefined when `value` is no such conditional or a branch cannot be held.
   */
  const conditional = (
    value: unknown,
    cfn: Segments,
    api: Segments,
    convert: (branch: unknown, cfn: Segments, api: Segments) => unknown,
    onItem = false,
  ): { held: unknown; branch: ConditionalBranch } | undefined => {
    const parts = conditionalParts(value);
    if (!parts) return undefined;
    const heldAt = parts.then === undefined ? 2 : 1;
    const heldValue = heldAt === 1 ? parts.then : parts.else;
    const otherValue = heldAt === 1 ? parts.else : parts.then;
    const held = convert(heldValue, [...cfn, 'Fn::If', heldAt], api);
    if (held === undefined || (onItem && !isPlainObject(held))) return undefined;
    const otherApi = onItem
      ? [...api, IF_KEY, 'other']
      : [...api.slice(0, -1), IF_FIELDS_KEY, String(api.at(-1)), 'other'];
    const other = otherValue === undefined ? null : convert(otherValue, [...cfn, 'Fn::If', 3 - heldAt], otherApi);
    if (other === undefined) return undefined;
    note(api, cfn);
    const branch: ConditionalBranch = {
      source: 'cloudformation',
      condition: parts.condition,
      branch: heldAt === 1 ? 'then' : 'else',
      other,
    };
    if (onItem) setOwn(held as Record<string, unknown>, IF_KEY, branch);
    return { held, branch };
  };

  /** List items the model cannot hold are left out and re-inserted at their index on export. */
  const listOf = (
    items: unknown[],
    cfn: Segments,
    api: Segments,
    convert: (item: unknown, cfn: Segments, api: Segments) => unknown,
  ): unknown[] => {
    const out: unknown[] = [];
    items.forEach((item, i) => {
      const here = [...api, out.length];
      const converted = conditional(item, [...cfn, i], here, convert, true)?.held ?? convert(item, [...cfn, i], here);
      if (converted === undefined) {
        patches.push({ op: 'insert', path: [...cfn, i], value: item });
        fidelity.unrepresented.push({
          path: where([...cfn, i]),
          reason: isIntrinsic(item) ? 'a conditional or intrinsic list item' : 'a list item of an unexpected type',
        });
      } else {
        out.push(converted);
      }
    });
    return out;
  };

  const artifactStores = (value: unknown, cfn: Segments, api: Segments): unknown => {
    const valid =
      Array.isArray(value) &&
      value.every(
        (e) =>
          isPlainObject(e) &&
          typeof e['Region'] === 'string' &&
          isPlainObject(e['ArtifactStore']) &&
          Object.keys(e).length === 2,
      );
    if (!valid) {
      keep(cfn, value, 'ArtifactStores the model cannot hold (intrinsic region or entry)');
      return undefined;
    }
    note(api, cfn);
    const out: Record<string, unknown> = {};
    (value as Record<string, unknown>[]).forEach((entry, i) => {
      const region = entry['Region'] as string;
      const store = shape('ArtifactStore', entry['ArtifactStore'], [...cfn, i, 'ArtifactStore'], [...api, region]);
      if (store !== undefined) setOwn(out, region, store);
    });
    return out;
  };

  const shape = (
    name: ShapeName,
    value: unknown,
    cfn: Segments,
    api: Segments,
  ): Record<string, unknown> | undefined => {
    if (!isPlainObject(value) || isIntrinsic(value)) {
      keep(
        cfn,
        value,
        isIntrinsic(value) ? 'an intrinsic stands where the model needs structure' : 'expected an object',
      );
      return undefined;
    }
    note(api, cfn);
    const specs = SHAPES[name];
    const out: Record<string, unknown> = {};
    const conditionalFields: Record<string, ConditionalBranch> = {};
    for (const [key, v] of ownEntries(value)) {
      const spec = specs.find((s) => s.cfn === key);
      if (!spec) {
        keep([...cfn, key], v, `${key} is not part of the CodePipeline API model`);
        continue;
      }
      const structured = spec.type.kind !== 'string' && spec.type.kind !== 'integer';
      const branching = structured
        ? conditional(v, [...cfn, key], [...api, spec.api], (b, c, a) => field(spec.type, b, c, a))
        : undefined;
      if (branching) {
        setOwn(out, spec.api, branching.held);
        setOwn(conditionalFields, spec.api, branching.branch);
        continue;
      }
      const converted = field(spec.type, v, [...cfn, key], [...api, spec.api]);
      if (converted !== undefined) setOwn(out, spec.api, converted);
    }
    if (Object.keys(conditionalFields).length > 0) setOwn(out, IF_FIELDS_KEY, conditionalFields);
    for (const [key, fill] of ownEntries(REQUIRED[name] ?? {})) {
      if (Object.hasOwn(out, key)) continue;
      const cfnKey = key.charAt(0).toUpperCase() + key.slice(1);
      const given = Object.hasOwn(value, cfnKey) ? value[cfnKey] : undefined;
      // An intrinsic standing for the whole action type (`!FindInMap`, `!Select` ...): every field
      // shows it, so the action is drawn and checked as of an unknown type; the patch writes it back.
      const filled =
        key === 'actionTypeId' && isIntrinsic(given)
          ? Object.fromEntries(
              ['category', 'owner', 'provider', 'version'].map((f) => [f, opaque('cloudformation', given)]),
            )
          : (fill as () => unknown)();
      setOwn(out, key, filled);
      if (!Object.hasOwn(value, cfnKey)) {
        patches.push({ op: 'delete', path: [...cfn, cfnKey], whenValue: filled });
        fidelity.unrepresented.push({
          path: where([...cfn, cfnKey]),
          reason: `${cfnKey} is missing; an empty value stands in`,
        });
      }
    }
    return out;
  };

  const converted = shape('Pipeline', properties, [], []);
  if (!converted) return { ok: false, message: 'Properties must be an object', cfnPath: [] };
  if (!Object.hasOwn(converted, 'name')) {
    // CloudFormation names the pipeline itself when Name is absent; the logical id stands in.
    setOwn(converted, 'name', logicalId);
    if (!(isPlainObject(properties) && Object.hasOwn(properties, 'Name'))) {
      patches.push({ op: 'delete', path: ['Name'], whenValue: logicalId });
      fidelity.unrepresented.push({
        path: where(['Name']),
        reason: 'no Name: CloudFormation generates one; the logical id stands in',
      });
    }
  }
  // The allocation-free check first; zod only when it cannot say yes (zod then says why).
  const parsed = acceptsPipeline(converted) ? undefined : Pipeline.safeParse(converted);
  if (parsed && !parsed.success) {
    // The same conversion again, recording paths, places the error (the input is unchanged).
    if (!recordPaths) return fromCfnProperties(properties, logicalId, true);
    const issue = parsed.error.issues[0];
    const apiPointer = pointerOf((issue?.path ?? []) as Segments);
    return {
      ok: false,
      message: `${issue?.message ?? 'invalid pipeline'} at ${apiPointer}`,
      cfnPath: cfnPathOf.get(apiPointer) ?? [],
    };
  }
  fidelity.imported.push(...Object.keys(converted).map((k) => pointerOf([k])));
  (converted as Pipeline).stages.forEach((stage, i) => {
    fidelity.imported.push(pointerOf(['stages', i]));
    stage.actions.forEach((_, j) => fidelity.imported.push(pointerOf(['stages', i, 'actions', j])));
  });
  return { ok: true, value: { pipeline: converted as Pipeline, patches, fidelity, cfnPathOf } };
}
