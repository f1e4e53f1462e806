/*
 * The Terraform document both writers print: blocks and attributes in order, values typed.
 * `pipelineBlocks` builds it from the export plan; `write-hcl` prints native syntax and
 * `write-json` the `.tf.json` syntax, so the two formats never drift apart.
 */

export type TfValue =
  /** A literal string (escaped when written). */
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'bool'; value: boolean }
  | { kind: 'null' }
  /** A Terraform expression in hcl2json's template form (`${var.x}`, `app-${var.env}`), written back as it came. */
  | { kind: 'expression'; template: string }
  /** A bare reference such as `var.repo_token` or `aws_codepipeline.app.name`. */
  | { kind: 'reference'; traversal: string }
  /** A type keyword (`string`) in a variable's `type`. */
  | { kind: 'type'; name: string }
  | { kind: 'list'; items: TfValue[] }
  | { kind: 'object'; entries: TfEntry[] }
  /** A function call such as `jsonencode({ ... })`. */
  | { kind: 'call'; name: string; args: TfValue[] };

/** An object entry; `key` is a literal key, or an expression when `keyExpression` is set. */
export interface TfEntry {
  key: string;
  keyExpression?: boolean;
  value: TfValue;
}

export interface TfAttribute {
  kind: 'attribute';
  name: string;
  value: TfValue;
}

export interface TfBlock {
  kind: 'block';
  type: string;
  labels: string[];
  body: TfItem[];
}

/** A `#` comment line (native syntax only). */
export interface TfComment {
  kind: 'comment';
  text: string;
}

export type TfItem = TfAttribute | TfBlock | TfComment;

export const str = (value: string): TfValue => ({ kind: 'string', value });
export const attr = (name: string, value: TfValue): TfAttribute => ({ kind: 'attribute', name, value });
export const block = (type: string, labels: string[], body: TfItem[]): TfBlock => ({
  kind: 'block',
  type,
  labels,
  body,
});
