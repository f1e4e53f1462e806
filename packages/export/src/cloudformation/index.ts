import type { ExportPlan, ExportResult } from '../types.js';

export function emitCloudFormation(_plan: ExportPlan): ExportResult {
  throw new Error('CloudFormation export: in progress');
}

export function emitCloudFormationJson(_plan: ExportPlan): ExportResult {
  throw new Error('CloudFormation JSON export: in progress');
}
