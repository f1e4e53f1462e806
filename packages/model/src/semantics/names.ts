import { isOpaque } from '../schema/opaque.js';

/*
 * Name rules of the API model (rules.md R1-R5, R11, R12), anchored: the model's patterns
 * carry no ^...$, but CDK and the cfn-lint patch anchor them, and a check must test the whole
 * string (rules.md, "regex anchoring"). The validator reports against these, the canvas and
 * the edits make names that meet them, so a name the editor makes is one the validator accepts.
 */
export interface NameSpec {
  label: string;
  pattern: RegExp;
  /** The allowed characters, for messages. */
  allowed: string;
  /** Matches one character that is not allowed (for sanitising). */
  disallowed: RegExp;
  max: number;
}

const STAGE_LIKE = {
  pattern: /^[A-Za-z0-9.@\-_]+$/,
  disallowed: /[^A-Za-z0-9.@\-_]/g,
  allowed: 'letters, digits, . @ - _',
  max: 100,
};

export const NAME_SPECS = {
  pipeline: { label: 'Pipeline name', ...STAGE_LIKE },
  stage: { label: 'Stage name', ...STAGE_LIKE },
  action: { label: 'Action name', ...STAGE_LIKE },
  rule: { label: 'Rule name', ...STAGE_LIKE },
  artifact: {
    label: 'Artifact name',
    pattern: /^[a-zA-Z0-9_-]+$/,
    disallowed: /[^a-zA-Z0-9_-]/g,
    allowed: 'letters, digits, - _',
    max: 100,
  },
  namespace: {
    label: 'Namespace',
    pattern: /^[A-Za-z0-9@_-]+$/,
    disallowed: /[^A-Za-z0-9@_-]/g,
    allowed: 'letters, digits, @ - _',
    max: 100,
  },
  variable: {
    label: 'Variable name',
    pattern: /^[A-Za-z0-9@_-]+$/,
    disallowed: /[^A-Za-z0-9@_-]/g,
    allowed: 'letters, digits, @ - _',
    max: 128,
  },
} satisfies Record<string, NameSpec>;

/** Namespaces the service defines: `#{codepipeline.PipelineExecutionId}`, `#{variables.x}`. No action may take them. */
export const RESERVED_NAMESPACES: readonly string[] = ['codepipeline', 'variables'];

/**
 * What is wrong with a name, or undefined when it is fine or opaque (opaque values are never
 * reported for being opaque).
 */
export function nameProblem(value: unknown, spec: NameSpec): string | undefined {
  if (isOpaque(value)) return undefined;
  if (value === undefined || value === null) return 'is missing';
  if (typeof value !== 'string') return `must be a string, got ${typeof value}`;
  if (value.length === 0) return 'is empty';
  if (value.length > spec.max) return `is ${value.length} characters long (at most ${spec.max})`;
  if (!spec.pattern.test(value)) return `may contain only ${spec.allowed}`;
  return undefined;
}

/** The name with disallowed characters replaced by `-` and cut to length; undefined if nothing is left. */
export function sanitizeName(value: string, spec: NameSpec): string | undefined {
  const cleaned = value.replace(spec.disallowed, '-').slice(0, spec.max);
  return cleaned.replace(/-/g, '').length > 0 ? cleaned : undefined;
}

/**
 * `base` when it is free, else the first free `base2`, `base3`...; cut so that it stays within
 * `max` characters with its suffix. One style for every name the tools make (a fix's rename, a
 * canvas copy, an export parameter), so the same clash gets the same answer everywhere.
 */
export function uniqueName(base: string, isTaken: (name: string) => boolean, max = Infinity): string {
  const first = base.slice(0, max);
  if (!isTaken(first)) return first;
  for (let i = 2; ; i++) {
    const suffix = String(i);
    const candidate = base.slice(0, Math.max(0, max - suffix.length)) + suffix;
    if (!isTaken(candidate)) return candidate;
  }
}
