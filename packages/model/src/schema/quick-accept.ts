import type { z } from 'zod';
import { Pipeline } from './pipeline.js';

/**
 * A yes-or-ask-zod check built from a zod schema's definition: `true` only when zod's
 * `safeParse` would succeed, `false` when it might not (then ask zod, which also says why).
 *
 * Why: reading a 2,500-action pipeline, zod's first `safeParse` costs ~40 ms (it builds its
 * parsers on the first call, then allocates a result for every node); the CLI parses once per
 * process, so it always pays that. This walk allocates nothing. It knows the few kinds the
 * pipeline and catalogue schemas use (objects, optional, nullable, union, string, finite number,
 * boolean, enum, array, string-keyed record, unknown; a plain object only without keys zod would
 * drop, so zod's output would equal the input); anything else, any check (refinement, length,
 * pattern) and any unusual object (another prototype, an inherited or missing required key,
 * a `constructor` or `__proto__` own key) answers `false`, so it can only be conservative.
 */
export type Acceptor = (value: unknown) => boolean;

type Def = {
  type: string;
  checks?: readonly unknown[];
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  innerType?: z.ZodType;
  options?: readonly z.ZodType[];
  entries?: Record<string, string | number>;
  element?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
};

const never: Acceptor = () => false;
const anything: Acceptor = () => true;

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** Plain JSON-like objects only: what `JSON.parse` and the importers build. */
function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return (
    (prototype === Object.prototype || prototype === null) &&
    !Object.hasOwn(value, 'constructor') &&
    !Object.hasOwn(value, '__proto__')
  );
}

/** Builds the check once per schema (memoized: the pipeline schemas share their parts). */
export function quickAcceptor(schema: z.ZodType): Acceptor {
  return acceptorOf(schema, new Map(), new Set());
}

function acceptorOf(schema: z.ZodType, built: Map<z.ZodType, Acceptor>, building: Set<z.ZodType>): Acceptor {
  const known = built.get(schema);
  if (known) return known;
  if (building.has(schema)) return never; // a schema that contains itself: left to zod
  building.add(schema);
  const acceptor = build(defOf(schema), (inner) => acceptorOf(inner, built, building));
  building.delete(schema);
  built.set(schema, acceptor);
  return acceptor;
}

function build(def: Def, child: (schema: z.ZodType) => Acceptor): Acceptor {
  if (def.checks !== undefined && def.checks.length > 0) return never;
  switch (def.type) {
    case 'string':
      return (value) => typeof value === 'string';
    case 'number':
      return (value) => typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'unknown':
      return anything;
    case 'nullable': {
      if (!def.innerType) return never;
      const inner = child(def.innerType);
      return (value) => value === null || inner(value);
    }
    case 'enum': {
      const values = new Set(Object.values(def.entries ?? {}));
      return (value) => (typeof value === 'string' || typeof value === 'number') && values.has(value);
    }
    case 'optional': {
      if (!def.innerType) return never;
      const inner = child(def.innerType);
      return (value) => value === undefined || inner(value);
    }
    case 'union': {
      const options = (def.options ?? []).map(child);
      return (value) => {
        for (const accepts of options) if (accepts(value)) return true;
        return false;
      };
    }
    case 'array': {
      if (!def.element) return never;
      const element = child(def.element);
      return (value) => {
        if (!Array.isArray(value)) return false;
        for (let i = 0; i < value.length; i++) if (!element(value[i])) return false;
        return true;
      };
    }
    case 'record': {
      if (!def.keyType || !def.valueType || defOf(def.keyType).type !== 'string') return never;
      if ((defOf(def.keyType).checks ?? []).length > 0) return never;
      const entry = child(def.valueType);
      return (value) => {
        if (!isPlainRecord(value)) return false;
        for (const key of Object.keys(value)) if (!entry(value[key])) return false;
        return Object.getOwnPropertySymbols(value).length === 0;
      };
    }
    case 'object':
      return objectAcceptor(def, child);
    default:
      return never;
  }
}

function objectAcceptor(def: Def, child: (schema: z.ZodType) => Acceptor): Acceptor {
  const catchall = def.catchall ? defOf(def.catchall).type : 'strip';
  // Loose objects keep unknown keys (catchall unknown); strict ones refuse them (catchall never);
  // plain ones drop them from their output, so only an object without any is the same after zod.
  if (catchall !== 'unknown' && catchall !== 'never' && catchall !== 'strip') return never;
  const fields = Object.entries(def.shape ?? {}).map(([key, schema]) => ({
    key,
    optional: defOf(schema).type === 'optional',
    accepts: child(schema),
  }));
  const strict = catchall !== 'unknown';
  const known = new Set(fields.map((f) => f.key));
  return (value) => {
    if (!isPlainRecord(value)) return false;
    for (const field of fields) {
      const present = Object.hasOwn(value, field.key);
      if (!present && !field.optional) return false;
      if (!field.accepts(present ? value[field.key] : undefined)) return false;
    }
    if (strict) for (const key of Object.keys(value)) if (!known.has(key)) return false;
    return true;
  };
}

let pipelineAcceptor: Acceptor | undefined;

/** `true` only when `Pipeline.safeParse(value)` would succeed; `false`: ask zod (it says why). */
export function acceptsPipeline(value: unknown): boolean {
  pipelineAcceptor ??= quickAcceptor(Pipeline);
  return pipelineAcceptor(value);
}
