import { literal, lookupProvider, type Pipeline } from '@pipewright/model';

/*
 * TEMPORARY stand-in for `validate` from @pipewright/validator (being written
 * now): three checks so the canvas has something to show. Delete this file and
 * point ../modelApi.ts at the validator as soon as it exports `validate`.
 */

export type Severity = 'error' | 'warning' | 'info';
export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  path: string;
  related?: string[];
}

export function validateFallback(pipeline: Pipeline): Diagnostic[] {
  const out: Diagnostic[] = [];
  const produced = new Set<string>();
  pipeline.stages.forEach((stage, s) => {
    const seen = new Set<string>();
    stage.actions.forEach((action, a) => {
      const base = `/stages/${s}/actions/${a}`;
      const name = literal(action.name);
      if (name !== undefined && seen.has(name))
        out.push({
          ruleId: 'R-dup',
          severity: 'error',
          message: `Duplicate action name ${name}`,
          path: `${base}/name`,
        });
      if (name !== undefined) seen.add(name);
      const spec = lookupProvider(action.actionTypeId);
      for (const key of spec?.requiredConfig ?? []) {
        const value = action.configuration?.[key];
        if (value === undefined || value === '')
          out.push({
            ruleId: 'R-config',
            severity: 'error',
            message: `${key} is required`,
            path: `${base}/configuration/${key}`,
          });
      }
      (action.inputArtifacts ?? []).forEach((input, i) => {
        const n = literal(input.name);
        if (n !== undefined && !produced.has(n))
          out.push({
            ruleId: 'R-input',
            severity: 'error',
            message: `No earlier action produces ${n}`,
            path: `${base}/inputArtifacts/${i}/name`,
          });
      });
    });
    for (const action of stage.actions)
      for (const o of action.outputArtifacts ?? []) {
        const n = literal(o.name);
        if (n) produced.add(n);
      }
  });
  return out;
}
