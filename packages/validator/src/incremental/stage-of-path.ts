const STAGES = '/stages/';

/** The stage index a pointer lies under (`/stages/<i>` or below it), or -1 for any other pointer. */
export function stageOfPath(path: string): number {
  if (!path.startsWith(STAGES)) return -1;
  let end = STAGES.length;
  let value = 0;
  while (end < path.length) {
    const c = path.charCodeAt(end);
    if (c < 48 || c > 57) break;
    value = value * 10 + c - 48;
    end++;
  }
  const digits = end - STAGES.length;
  if (digits === 0 || (digits > 1 && path.charCodeAt(STAGES.length) === 48)) return -1; // not an index
  return end === path.length || path.charCodeAt(end) === 47 ? value : -1; // 47: '/'
}
