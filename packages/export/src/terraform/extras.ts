import type { ImportExtras } from '../types.js';

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
}

export function isTerraformExtras(extras: ImportExtras | undefined): extras is TerraformExtras {
  return (
    extras?.kind === 'terraform' &&
    typeof extras['label'] === 'string' &&
    typeof extras['kept'] === 'object' &&
    extras['kept'] !== null
  );
}
