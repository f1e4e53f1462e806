/*
 * CodePipeline variable references, `#{namespace.key}`: resolved by the service when the
 * action runs, so a value that holds one is not a literal (not checked as a bucket name, not
 * a secret written in clear). A reference without a dot is still a reference, with an empty
 * key: the validator reports its form.
 */

const OPEN = '#{';

/** True when the text holds a `#{...}` variable reference (the cheap test callers make first). */
export function holdsVariableReference(text: string): boolean {
  return text.includes(OPEN);
}

/** Receives one reference: its namespace and key, and where the whole `#{...}` starts and ends in the text. */
export type VariableReferenceVisitor = (namespace: string, key: string, start: number, end: number) => void;

/** Calls `visit` for every `#{namespace.key}` of the text, in order; an unclosed `#{` ends the scan. */
export function scanVariableReferences(text: string, visit: VariableReferenceVisitor): void {
  let start = text.indexOf(OPEN);
  while (start >= 0) {
    const close = text.indexOf('}', start + 2);
    if (close < 0) return;
    const dot = text.indexOf('.', start + 2);
    const hasDot = dot >= 0 && dot < close;
    visit(text.slice(start + 2, hasDot ? dot : close), hasDot ? text.slice(dot + 1, close) : '', start, close + 1);
    start = text.indexOf(OPEN, close + 1);
  }
}
