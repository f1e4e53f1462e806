export { emitTerraform, emitTerraformJson } from './emit.js';
export { importTerraform } from './import/import-terraform.js';
export { isTerraformExtras, type TerraformExtras } from './extras.js';
export { startTerraformParser } from './import/hcl2json.js';
