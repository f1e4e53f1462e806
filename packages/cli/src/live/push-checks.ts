import { displayValue, findMaskedSecrets, formatPointer, isOpaque, type Pipeline } from '@pipewright/model';
import { validate } from '@pipewright/validator';

/*
 * What push refuses to send, found before any request: validation errors (AWS would reject most
 * of them, and `--force` is not offered; template placeholders are the validator's `placeholder`
 * errors), masked secrets (`****` would become the secret's value) and CloudFormation or
 * Terraform expressions (the API takes literal values only).
 */

export interface PushProblem {
  /** JSON pointer into the pipeline declaration. */
  path: string;
  /** The validator's rule id, or push's own: `masked-secret`, `expression`. */
  id: string;
  message: string;
}

export function pushProblems(pipeline: Pipeline): PushProblem[] {
  const problems: PushProblem[] = validate(pipeline)
    .filter((diagnostic) => diagnostic.severity === 'error')
    .map((diagnostic) => ({ path: diagnostic.path, id: diagnostic.ruleId, message: diagnostic.message }));
  for (const masked of findMaskedSecrets(pipeline)) {
    problems.push({
      path: masked.path,
      id: 'masked-secret',
      message: `${masked.key}${masked.owner !== undefined ? ` of "${masked.owner}"` : ''} is ****, the mask GetPipeline returns for a secret: put the real value or a reference in its place (push never sends ****)`,
    });
  }
  visitValues(pipeline, [], (value, segments) => {
    const path = formatPointer(segments);
    if (isOpaque(value)) {
      problems.push({
        path,
        id: 'expression',
        message: `${displayValue(value)} is an expression of the file's format, which the CodePipeline API cannot evaluate: push sends literal values only (deploy this file with its own tool, or convert it and fill in the value)`,
      });
    }
  });
  return problems;
}

function visitValues(
  node: unknown,
  segments: (string | number)[],
  visit: (value: unknown, segments: (string | number)[]) => void,
): void {
  if (isOpaque(node) || typeof node !== 'object' || node === null) {
    visit(node, segments);
    return;
  }
  if (Array.isArray(node)) node.forEach((item, i) => visitValues(item, [...segments, i], visit));
  else for (const [key, value] of Object.entries(node)) visitValues(value, [...segments, key], visit);
}

/** The declaration push sends: the file's, under `name`, without `version` (AWS keeps that). */
export function declarationToSend(pipeline: Pipeline, name: string): Record<string, unknown> {
  const { version: _version, ...rest } = structuredClone(pipeline) as Pipeline & { version?: unknown };
  void _version;
  return { ...rest, name };
}
