import type { ImportExtras, TerraformExtras } from '../import/extras.js';

export function isTerraformExtras(extras: ImportExtras | undefined): extras is TerraformExtras {
  return (
    extras?.kind === 'terraform' &&
    typeof extras['label'] === 'string' &&
    typeof extras['kept'] === 'object' &&
    extras['kept'] !== null
  );
}
