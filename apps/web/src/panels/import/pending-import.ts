import type { ReadImportResult } from './import-limits.js';

/*
 * A file dropped on the window or text pasted onto the page is read before (or
 * while) the import dialog shows; the dialog takes the pending read when it
 * mounts, and is told of later ones while it is open.
 */

export interface PendingImport {
  /** What is being read, for the "Reading…" line. */
  name: string;
  result: Promise<ReadImportResult>;
  /** The raw input, for showing the line of a syntax error and keeping the JSON original. */
  input: Promise<string | Uint8Array>;
}

let pending: PendingImport | null = null;
let listener: ((next: PendingImport) => void) | null = null;

export function queueImport(next: PendingImport): void {
  if (listener) listener(next);
  else pending = next;
}

/** Receives pending imports (the one queued before, then each new one) until the returned function is called. */
export function receiveImports(receive: (next: PendingImport) => void): () => void {
  listener = receive;
  const queued = pending;
  pending = null;
  if (queued) receive(queued);
  return () => {
    if (listener === receive) listener = null;
  };
}
