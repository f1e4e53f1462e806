export { emitTerraform, emitTerraformJson } from './emit.js';
export { importTerraform } from './import/import-terraform.js';
export { isTerraformExtras } from './extras.js';
export type { TerraformExtras } from '../import/extras.js';
export { startTerraformParser } from './import/hcl2json.js';
