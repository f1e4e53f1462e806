/// <reference lib="webworker" />
import { readImport, type ReadImportResult } from './read-import.js';

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
export interface ImportReply {
  id: number;
  result: ReadImportResult;
}

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const { id, input, fileName } = event.data;
  const reply: ImportReply = { id, result: readImport(input, fileName) };
  self.postMessage(reply);
};
