import {
  displayValue,
  hasPlaceholder,
  isLiteralSecret,
  isMaskedSecret,
  isOpaque,
  isSecretKey,
  type Pipeline,
} from '@pipewright/model';
import type { ExportWarning, PlaceholderParam, SecretParam } from '../types.js';
import { pascalIdentifier, uniqueName } from './names.js';
import { isPlainObject, ownEntries } from './own.js';
import { pointerOf } from './pointer.js';

interface Found {
  segments: (string | number)[];
  key: string;
  value: string;
}

/** Every literal secret configuration value, in document order (actions and rules alike). */
function findSecretValues(pipeline: Pipeline): Found[] {
  const found: Found[] = [];
  // One path stack for the walk, copied only for a value found (a new array per node was most of the walk).
  const segments: (string | number)[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        segments.push(i);
        visit(node[i]);
        segments.pop();
      }
      return;
    }
    if (!isPlainObject(node)) return;
    for (const [key, value] of ownEntries(node)) {
      if (key === 'configuration' && isPlainObject(value)) {
        for (const [configKey, configValue] of ownEntries(value)) {
          if (typeof configValue !== 'string') continue;
          // GetPipeline masks what an action type declares secret, whatever the key is called
          // (a custom action's property): a mask is lifted like a secret, never written as ****.
          // A literal secret is what `plaintext-secret` warns about; a variable or dynamic reference stays as written.
          if (isMaskedSecret(configValue) || (isSecretKey(configKey) && isLiteralSecret(configValue))) {
            found.push({ segments: [...segments, key, configKey], key: configKey, value: configValue });
          }
        }
      } else {
        segments.push(key);
        visit(value);
        segments.pop();
      }
    }
  };
  visit(pipeline);
  return found;
}

/** The names of the stage and action (or rule) that hold a configuration at `segments`. */
function ownerNames(pipeline: Pipeline, segments: (string | number)[]): { stage: string; owner: string } {
  const stage = typeof segments[1] === 'number' ? pipeline.stages[segments[1]] : undefined;
  // The nearest enclosing object with a name (the action or rule), below the pipeline itself.
  let owner = '';
  for (let n = segments.length - 1; n >= 1 && owner === ''; n--) {
    let node: unknown = pipeline;
    for (const s of segments.slice(0, n))
      node = isPlainObject(node) || Array.isArray(node) ? (node as never)[s] : undefined;
    if (isPlainObject(node) && node['name'] !== undefined) owner = displayValue(node['name']);
  }
  return { stage: stage ? displayValue(stage.name) : '', owner };
}

/**
 * Lists the literal secret values of the pipeline as parameters to emit. The pipeline is not
 * changed here; `planExport` replaces the values.
 */
export function planSecrets(
  pipeline: Pipeline,
  taken: Set<string> = new Set(),
): { secrets: SecretParam[]; warnings: ExportWarning[] } {
  const secrets: SecretParam[] = [];
  const warnings: ExportWarning[] = [];
  for (const found of findSecretValues(pipeline)) {
    const { stage, owner } = ownerNames(pipeline, found.segments);
    const path = pointerOf(found.segments);
    const paramName = uniqueName(pascalIdentifier(owner, 'Action') + pascalIdentifier(found.key, 'Secret'), taken);
    secrets.push({
      paramName,
      path,
      description: `Secret configuration value ${found.key} of ${owner ? `"${owner}"` : 'an action'}${stage ? ` in stage "${stage}"` : ''}`,
    });
    warnings.push({
      code: 'secret-lifted',
      message: `${found.key} is a secret: it is written as the parameter ${paramName}, not as a literal; supply its value when deploying.`,
      path,
    });
  }
  return { secrets, warnings };
}

/** Every literal string holding a template placeholder, in document order (secrets excluded). */
export function planPlaceholders(pipeline: Pipeline, taken: Set<string>, secretPaths: Set<string>): PlaceholderParam[] {
  const found: PlaceholderParam[] = [];
  const byValue = new Map<string, string>();
  const segments: (string | number)[] = []; // one path stack, as in findSecretValues
  const visit = (node: unknown): void => {
    if (typeof node === 'string') {
      // The cheap test first: the pointer is built only for the few strings that hold a placeholder.
      if (!hasPlaceholder(node)) return;
      const path = pointerOf(segments);
      if (secretPaths.has(path)) return;
      const last = segments[segments.length - 1];
      // `<your-artifact-bucket>` alone names its parameter `ArtifactBucket`; inside a longer value the field names it.
      const whole = /^<your-([A-Za-z0-9-]+)>$/.exec(node)?.[1];
      const field = typeof last === 'string' ? last : 'Value';
      const owner = segments.length > 2 ? ownerNames(pipeline, segments).owner : '';
      const base = whole ?? (owner ? `${pascalIdentifier(owner, '')}${pascalIdentifier(field, '')}` : field);
      const paramName = byValue.get(node) ?? uniqueName(pascalIdentifier(base, 'Value'), taken);
      byValue.set(node, paramName);
      found.push({ paramName, path, value: node, description: `Replace the template placeholder: ${node}` });
      return;
    }
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        segments.push(i);
        visit(node[i]);
        segments.pop();
      }
    } else if (isPlainObject(node) && !isOpaque(node)) {
      for (const [k, v] of ownEntries(node)) {
        segments.push(k);
        visit(v);
        segments.pop();
      }
    }
  };
  visit(pipeline);
  return found;
}

/** Placeholder written into `ExportPlan.pipeline` where a secret was lifted out. */
export function secretPlaceholder(paramName: string): string {
  return `SECRET_PLACEHOLDER(${paramName})`;
}
