/*
 * What an import kept outside the pipeline, per format: the importers write them, each emitter
 * reads only its own format's (types.ts re-exports them for the package's users).
 */

/**
 * What a CloudFormation import could not put into the API model, kept so that exporting
 * back to CloudFormation loses nothing. Written back only by the CloudFormation emitters.
 */
export interface CloudFormationExtras {
  kind: 'cloudformation';
  /** The pipeline resource's logical id in its template. */
  logicalId: string;
  /**
   * CloudFormation values the API model cannot hold at their place (`Tags`, `Stages: !If`, an
   * `Fn::If` stage in the list, `RunOrder: "1"` as a string ...), as edits to the emitted
   * `Properties` (see `CloudFormationPatch`).
   */
  patches: CloudFormationPatch[];
  /**
   * The whole source template in CFN JSON form; its pipeline resource keeps its attributes
   * (`DependsOn`, `Condition` ...) and gets fresh `Properties` on export.
   */
  template: Record<string, unknown>;
}

/**
 * One edit to the emitted `Properties`; `path` uses CFN property names and the source's list
 * indices. Patches apply shortest path first, so list inserts restore the source indices
 * before deeper patches use them. With `whenValue`, the patch applies only while the emitted
 * value still equals it (an edit in the designer wins over the source's spelling).
 */
export type CloudFormationPatch =
  | { op: 'set'; path: (string | number)[]; value: unknown; whenValue?: unknown }
  | { op: 'insert'; path: (string | number)[]; value: unknown }
  | { op: 'delete'; path: (string | number)[]; whenValue?: unknown };

/** Format-specific parts an import kept outside the pipeline (see the importer of each format). */
export type ImportExtras =
  | CloudFormationExtras
  /** The create-pipeline `tags` of an API JSON file. */
  | { kind: 'json'; tags: unknown }
  /** The Terraform importer's own extras; other emitters ignore them. */
  | TerraformExtras;

/**
 * What a Terraform import kept beside the pipeline: arguments and blocks the model cannot
 * hold (`dynamic` blocks, meta-arguments such as `count` and `lifecycle`, `tags`, values
 * that are expressions where the model needs a list or a map). The Terraform emitters write
 * them back where they were, so import -> export loses nothing.
 */
export interface TerraformExtras {
  kind: 'terraform';
  /** The resource label in the source file. */
  label: string;
  /**
   * hcl2json-form arguments and blocks by the JSON pointer of the model object whose block
   * held them (`''` is the resource itself, `/stages/0/actions/1` an action block).
   */
  kept: Record<string, Record<string, unknown>>;
  /**
   * The file's `locals` (hcl2json form), by name: the other targets expand a dynamic block whose
   * `for_each = local.x` is a literal there, as they expand a literal `for_each`.
   */
  locals?: Record<string, unknown>;
  /** The source line of each dynamic stage or action block, by its template's pointer (for messages). */
  dynamicLines?: Record<string, number>;
}
