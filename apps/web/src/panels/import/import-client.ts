import type { ImportReply, ImportRequest, WarmRequest } from './import.worker.js';
import { sizeProblem, type ReadImportResult } from './import-limits.js';

/*
 * Runs an import in a Web Worker (bundled from this origin), so parsing a big
 * file never blocks the page. Falls back to the main thread where workers are
 * unavailable.
 */

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, (result: ReadImportResult) => void>();

function importWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  if (!worker) {
    worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'pipewright-import' });
    worker.onmessage = (event: MessageEvent<ImportReply>) => {
      pending.get(event.data.id)?.(event.data.result);
      pending.delete(event.data.id);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      for (const resolve of pending.values())
        resolve({ ok: false, message: `the import worker failed: ${event.message}` });
      pending.clear();
      worker?.terminate();
      worker = undefined;
    };
  }
  return worker;
}

let warmed = false;

/**
 * Starts the worker and, in it, the Terraform parser, so the first file opened does not wait for
 * them (called when the Import dialog opens: the user is about to choose a file). Once per page.
 */
export function warmImport(): void {
  if (warmed) return;
  const target = importWorker();
  if (!target) return;
  warmed = true;
  const request: WarmRequest = { warm: true };
  target.postMessage(request);
}

export async function importInBackground(input: string | Uint8Array, fileName?: string): Promise<ReadImportResult> {
  const bytes = typeof input === 'string' ? input.length : input.byteLength;
  const tooBig = sizeProblem(bytes, fileName);
  if (tooBig) return tooBig;
  const target = importWorker();
  if (!target) return (await import('./read-import.js')).readImport(input, fileName);
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    const request: ImportRequest = { id, input, ...(fileName ? { fileName } : {}) };
    target.postMessage(request);
  });
}

/** Reads a File, refusing it by size before reading a single byte. */
export async function importFile(file: File): Promise<ReadImportResult> {
  const tooBig = sizeProblem(file.size, file.name);
  if (tooBig) return tooBig;
  return importInBackground(new Uint8Array(await file.arrayBuffer()), file.name);
}
