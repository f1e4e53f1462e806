/*
 * Placeholder until the Terraform engineer's emitters and importer land: their code
 * replaces this file (keep the three exported names and signatures).
 */
import type { ExportPlan, ExportResult } from '../types.js';
import type { ImportResult } from '../import/types.js';

export function emitTerraform(_plan: ExportPlan): ExportResult {
  throw new Error('Terraform export: not implemented yet');
}

export function emitTerraformJson(_plan: ExportPlan): ExportResult {
  throw new Error('Terraform JSON export: not implemented yet');
}

export function importTerraform(_text: string): ImportResult {
  return {
    ok: false,
    format: 'terraform',
    error: { message: 'Terraform import: not implemented yet', line: 1, column: 1 },
  };
}
