/*
 * The TypeScript the CDK emitters print: expressions, statements and the declarations of one
 * module, as data. The emitters build it (`l1-stack.ts`, ...); `ts-writer.ts` prints it with
 * the layout and escaping rules in one place, so no emitter concatenates code by hand.
 */

export type TsExpr =
  /** A literal string (escaped by `tsString` when written). */
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'null' }
  /** Code written as given: identifiers, member access (`roleArn.valueAsString`, `this.pipeline.ref`). Never user text. */
  | { kind: 'code'; code: string }
  /** An object literal; keys are written by `tsKey` (identifier, quoted, or computed for `__proto__`). */
  | { kind: 'object'; entries: TsEntry[] }
  | { kind: 'array'; items: TsExpr[] }
  /** `callee(args)` or, with `construct`, `new callee(args)`. */
  | { kind: 'call'; callee: string; args: TsExpr[]; construct?: boolean }
  /** `value as type` (a literal that lacks a required property still type-checks). */
  | { kind: 'cast'; value: TsExpr; type: string }
  /** `target.name(args)`: a method called on an expression (`new X(...).overrideLogicalId(...)`). */
  | { kind: 'method'; target: TsExpr; name: string; args: TsExpr[] }
  /** `left ?? right` (a stack prop with the design's value as its default). */
  | { kind: 'orElse'; left: TsExpr; right: TsExpr };

export interface TsEntry {
  key: string;
  value: TsExpr;
}

export type TsStatement =
  | { kind: 'const'; name: string; value: TsExpr }
  /** `target = value;` (`this.pipeline = ...`). */
  | { kind: 'assign'; target: string; value: TsExpr }
  | { kind: 'expression'; value: TsExpr }
  /** A `//` comment line; its text is ours, never the user's. */
  | { kind: 'comment'; text: string }
  /** Statements that belong together: written without the blank line between them. */
  | { kind: 'group'; statements: TsStatement[] };

export interface TsImport {
  /** `* as cdk`, `type { Construct }` ... (the clause between `import` and `from`). */
  clause: string;
  from: string;
}

export interface TsInterfaceMember {
  doc: string;
  name: string;
  type: string;
}

export interface TsInterface {
  name: string;
  extends: string;
  members: TsInterfaceMember[];
}

export interface TsClassField {
  /** `public readonly pipeline: codepipeline.CfnPipeline` without the semicolon. */
  declaration: string;
}

export interface TsClass {
  doc: string;
  name: string;
  extends: string;
  fields: TsClassField[];
  /** The constructor's parameter list, as code. */
  constructorParams: string;
  /** The statements after `super(...)`, separated by a blank line each. */
  body: TsStatement[];
  superArgs: string;
}

export interface TsModule {
  imports: TsImport[];
  interfaces: TsInterface[];
  /** Constant declarations (helper classes), written as they are: our code, never user text. */
  helpers: string[][];
  classes: TsClass[];
}

export const str = (value: string): TsExpr => ({ kind: 'string', value });
export const num = (value: number): TsExpr => ({ kind: 'number', value });
export const code = (text: string): TsExpr => ({ kind: 'code', code: text });
export const obj = (entries: [string, TsExpr][]): TsExpr => ({
  kind: 'object',
  entries: entries.map(([key, value]) => ({ key, value })),
});
export const arr = (items: TsExpr[]): TsExpr => ({ kind: 'array', items });
export const call = (callee: string, args: TsExpr[]): TsExpr => ({ kind: 'call', callee, args });
export const construct = (callee: string, args: TsExpr[]): TsExpr => ({ kind: 'call', callee, args, construct: true });
export const orElse = (left: TsExpr, right: TsExpr): TsExpr => ({ kind: 'orElse', left, right });
export const cast = (value: TsExpr, type: string): TsExpr => ({ kind: 'cast', value, type });

/** Any JSON-like data (intrinsic payloads, raw properties) as literals. */
export function data(value: unknown): TsExpr {
  if (typeof value === 'string') return str(value);
  if (typeof value === 'number') return num(value);
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (Array.isArray(value)) return arr(value.map(data));
  if (typeof value === 'object' && value !== null) {
    return {
      kind: 'object',
      entries: Object.keys(value).map((key) => ({ key, value: data(Reflect.get(value, key)) })),
    };
  }
  return { kind: 'null' };
}
