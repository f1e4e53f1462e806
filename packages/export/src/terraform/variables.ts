import type { ExportPlan } from '../types.js';
import { snakeIdentifier } from '../plan/names.js';
import { attr, block, str, type TfItem } from './ir.js';

/** The variable name for each placeholder and secret pointer (snake_case, unique). */
export function variableNames(plan: ExportPlan): Map<string, string> {
  const taken = new Set<string>();
  const variables = new Map<string, string>();
  for (const param of [...plan.placeholders, ...plan.secrets]) {
    const base = snakeIdentifier(param.paramName, 'value');
    let name = base;
    for (let i = 2; taken.has(name); i++) name = `${base}_${i}`;
    taken.add(name);
    variables.set(param.path, name);
  }
  return variables;
}

/**
 * A variable for each lifted secret (`sensitive`) and each value still holding a template
 * placeholder (no default: Terraform asks for it instead of deploying `<your-...>`).
 */
export function variableBlocks(plan: ExportPlan, names: Map<string, string>): TfItem[] {
  return [
    ...plan.placeholders.map((p) =>
      block(
        'variable',
        [names.get(p.path) as string],
        [attr('description', str(p.description)), attr('type', { kind: 'type', name: 'string' })],
      ),
    ),
    ...plan.secrets.map((secret) =>
      block(
        'variable',
        [names.get(secret.path) as string],
        [
          attr('description', str(secret.description)),
          attr('type', { kind: 'type', name: 'string' }),
          attr('sensitive', { kind: 'bool', value: true }),
        ],
      ),
    ),
  ];
}
