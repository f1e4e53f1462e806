/// <reference lib="webworker" />
import '../../zod-jitless.js'; // first: before zod builds a schema (CSP: no eval probe)
import { readImport, type ReadImportResult } from './read-import.js';
import { ensureTerraformParser, looksLikeTerraform } from './terraform-parser.js';
import { WARM_SAMPLES } from './warm-samples.js';

/*
 * Parses imports off the main thread: a large CloudFormation or Terraform file
 * can take long enough to freeze the page. Request: { id, input, fileName };
 * reply: { id, result }.
 */
export interface ImportRequest {
  id: number;
  input: string | Uint8Array;
  fileName?: string;
}
/** Sent when the Import dialog opens: start the Terraform parser before a file arrives. */
export interface WarmRequest {
  warm: true;
}
export interface ImportReply {
  id: number;
  result: ReadImportResult;
}

async function read(input: string | Uint8Array, fileName: string | undefined): Promise<ReadImportResult> {
  if (looksLikeTerraform(input, fileName)) {
    try {
      await ensureTerraformParser();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        ...(fileName ? { fileName } : {}),
        message: `the Terraform parser could not start: ${reason}`,
      };
    }
  }
  return readImport(input, fileName);
}

/** The next task: a file posted meanwhile is read before the next warm-up step. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Starts the Terraform parser, then reads one small file of each format (warm-samples.ts) and
 * drops the results, so the user's first file runs compiled code: cold, a 10 KB template took
 * ~100 ms of YAML parsing and validation here, warm a few. One sample per task.
 */
async function warmUp(): Promise<void> {
  // Starting the HCL parser (WASM) takes longer than reading a typical file; a failure here
  // is reported by the first Terraform import, which tries again.
  const parser = ensureTerraformParser().catch(() => {});
  for (const sample of WARM_SAMPLES) {
    if (looksLikeTerraform(sample.text, sample.fileName)) await parser;
    await nextTask();
    await read(sample.text, sample.fileName);
  }
}

self.onmessage = async (event: MessageEvent<ImportRequest | WarmRequest>) => {
  if ('warm' in event.data) {
    void warmUp();
    return;
  }
  const { id, input, fileName } = event.data;
  const reply: ImportReply = { id, result: await read(input, fileName) };
  self.postMessage(reply);
};
