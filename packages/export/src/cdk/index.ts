import type { ExportPlan, ExportResult } from '../types.js';

export function emitCdk(_plan: ExportPlan): ExportResult {
  throw new Error('CDK export: in progress');
}
