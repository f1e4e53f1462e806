import {
  IF_FIELDS_KEY,
  IF_KEY,
  Pipeline,
  acceptsPipeline,
  displayValue,
  opaque,
  type ConditionalBranch,
} from '@pipewright/model';
import { isPlainObject, setOwn } from '../plan/own.js';
import { pointerOf } from '../plan/pointer.js';
import type { FidelityReport } from '../import/types.js';
import type { CloudFormationPatch } from '../types.js';
import { conditionalParts, isIntrinsic } from './intrinsics.js';
import { at, segmentsOf, type At, type NodePath } from './node-path.js';
import { fieldByCfn, type FieldKind, type ShapeName } from './shapes.js';

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
const REQUIRED: Partial<Record<ShapeName, [api: string, cfn: string, fill: () => unknown][]>> = {
  Pipeline: [
    ['roleArn', 'RoleArn', () => ''],
    ['stages', 'Stages', () => []],
  ],
  Stage: [
    ['name', 'Name', () => ''],
    ['actions', 'Actions', () => []],
  ],
  Action: [
    ['name', 'Name', () => ''],
    ['actionTypeId', 'ActionTypeId', () => ({ category: '', owner: '', provider: '', version: '' })],
  ],
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
  const note = (api: At, cfn: At): void => {
    if (recordPaths) cfnPathOf.set(pointerOf(segmentsOf(api)), segmentsOf(cfn));
  };
  const where = (cfn: Segments): string => pointerOf(['Properties', ...cfn]);

  const keep = (cfnAt: At, value: unknown, reason: string): void => {
    const cfn = segmentsOf(cfnAt);
    patches.push({ op: 'set', path: cfn, value });
    fidelity.unrepresented.push({ path: where(cfn), reason });
  };

  const asOpaque = (value: Record<string, unknown>, api: At) => {
    const o = opaque('cloudformation', value);
    fidelity.opaque.push({ path: pointerOf(segmentsOf(api)), display: displayValue(o) });
    return o;
  };

  const str = (value: unknown, cfn: At, api: At): unknown => {
    note(api, cfn);
    if (typeof value === 'string') return value;
    if (isIntrinsic(value)) return asOpaque(value, api);
    if (typeof value === 'number' || typeof value === 'boolean') {
      // CloudFormation reads it as the string; the patch keeps the source's spelling on the way back.
      patches.push({ op: 'set', path: segmentsOf(cfn), value, whenValue: String(value) });
      return String(value);
    }
    keep(cfn, value, `expected a string, found ${value === null ? 'null' : typeof value}`);
    return undefined;
  };

  const int = (value: unknown, cfn: At, api: At): unknown => {
    note(api, cfn);
    if (typeof value === 'number' && Number.isInteger(value)) return value;
    if (isIntrinsic(value)) return asOpaque(value, api);
    if (typeof value === 'string' && /^[0-9]+$/.test(value)) {
      patches.push({ op: 'set', path: segmentsOf(cfn), value, whenValue: Number(value) });
      return Number(value);
    }
    keep(cfn, value, 'expected an integer');
    return undefined;
  };

  const field = (type: FieldKind, value: unknown, cfn: At, api: At): unknown => {
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
        for (const k of Object.keys(value)) {
          const s = str(value[k], at(cfn, k), at(api, k));
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
    cfn: At,
    api: NodePath,
    convert: (branch: unknown, cfn: At, api: At) => unknown,
    onItem = false,
  ): { held: unknown; branch: ConditionalBranch } | undefined => {
    const parts = conditionalParts(value);
    if (!parts) return undefined;
    const heldAt = parts.then === undefined ? 2 : 1;
    const heldValue = heldAt === 1 ? parts.then : parts.else;
    const otherValue = heldAt === 1 ? parts.else : parts.then;
    const held = convert(heldValue, at(at(cfn, 'Fn::If'), heldAt), api);
    if (held === undefined || (onItem && !isPlainObject(held))) return undefined;
    const otherApi = onItem
      ? at(at(api, IF_KEY), 'other')
      : at(at(at(api.up, IF_FIELDS_KEY), String(api.key)), 'other');
    const other = otherValue === undefined ? null : convert(otherValue, at(at(cfn, 'Fn::If'), 3 - heldAt), otherApi);
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
    cfn: At,
    api: At,
    convert: (item: unknown, cfn: At, api: At) => unknown,
  ): unknown[] => {
    const out: unknown[] = [];
    items.forEach((item, i) => {
      const here = at(api, out.length);
      const itemCfn = at(cfn, i);
      const converted = conditional(item, itemCfn, here, convert, true)?.held ?? convert(item, itemCfn, here);
      if (converted === undefined) {
        const path = segmentsOf(itemCfn);
        patches.push({ op: 'insert', path, value: item });
        fidelity.unrepresented.push({
          path: where(path),
          reason: isIntrinsic(item) ? 'a conditional or intrinsic list item' : 'a list item of an unexpected type',
        });
      } else {
        out.push(converted);
      }
    });
    return out;
  };

  const artifactStores = (value: unknown, cfn: At, api: At): unknown => {
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
      const store = shape('ArtifactStore', entry['ArtifactStore'], at(at(cfn, i), 'ArtifactStore'), at(api, region));
      if (store !== undefined) setOwn(out, region, store);
    });
    return out;
  };

  const shape = (name: ShapeName, value: unknown, cfn: At, api: At): Record<string, unknown> | undefined => {
    if (!isPlainObject(value) || isIntrinsic(value)) {
      keep(
        cfn,
        value,
        isIntrinsic(value) ? 'an intrinsic stands where the model needs structure' : 'expected an object',
      );
      return undefined;
    }
    note(api, cfn);
    const out: Record<string, unknown> = {};
    let conditionalFields: Record<string, ConditionalBranch> | undefined;
    for (const key of Object.keys(value)) {
      const v = value[key];
      const spec = fieldByCfn(name, key);
      if (!spec) {
        keep(at(cfn, key), v, `${key} is not part of the CodePipeline API model`);
        continue;
      }
      const keyCfn = at(cfn, key);
      const keyApi = at(api, spec.api);
      const structured = spec.type.kind !== 'string' && spec.type.kind !== 'integer';
      const branching = structured ? conditional(v, keyCfn, keyApi, (b, c, a) => field(spec.type, b, c, a)) : undefined;
      if (branching) {
        setOwn(out, spec.api, branching.held);
        setOwn((conditionalFields ??= {}), spec.api, branching.branch);
        continue;
      }
      const converted = field(spec.type, v, keyCfn, keyApi);
      if (converted !== undefined) setOwn(out, spec.api, converted);
    }
    if (conditionalFields) setOwn(out, IF_FIELDS_KEY, conditionalFields);
    for (const [key, cfnKey, fill] of REQUIRED[name] ?? []) {
      if (Object.hasOwn(out, key)) continue;
      const given = Object.hasOwn(value, cfnKey) ? value[cfnKey] : undefined;
      // An intrinsic standing for the whole action type (`!FindInMap`, `!Select` ...): every field
      // shows it, so the action is drawn and checked as of an unknown type; the patch writes it back.
      const filled =
        key === 'actionTypeId' && isIntrinsic(given)
          ? Object.fromEntries(
              ['category', 'owner', 'provider', 'version'].map((f) => [f, opaque('cloudformation', given)]),
            )
          : fill();
      setOwn(out, key, filled);
      if (!Object.hasOwn(value, cfnKey)) {
        const path = segmentsOf(at(cfn, cfnKey));
        patches.push({ op: 'delete', path, whenValue: filled });
        fidelity.unrepresented.push({
          path: where(path),
          reason: `${cfnKey} is missing; an empty value stands in`,
        });
      }
    }
    return out;
  };

  const converted = shape('Pipeline', properties, undefined, undefined);
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
