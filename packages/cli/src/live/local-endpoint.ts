/*
 * Local endpoints built on moto (moto_server, LocalStack) answer CodePipeline's JSON protocol in
 * two ways the SDK cannot read:
 * - timestamps as ISO 8601 text (`"created": "2026-12-02T15:54:00.000Z"`) where AWS sends epoch
 *   seconds, which fails every ListPipelines and GetPipeline;
 * - credential and permission errors as XML (`<ErrorResponse>...<Code>AccessDenied</Code>`),
 *   which the SDK reports as a JSON syntax error instead of the error AWS meant.
 * For an --endpoint-url only (never AWS itself), sdk-pipelines.ts rewrites such answers into
 * AWS's form before the SDK's deserializer reads them.
 */

const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;

/** The timestamp members of CodePipeline's answers, where they are (never inside a declaration). */
const TIMESTAMP_KEYS = ['created', 'updated', 'pollingDisabledAt'];

/**
 * Replaces ISO 8601 text by epoch seconds in GetPipeline's `metadata` and ListPipelines'
 * `pipelines[]` rows. The pipeline declaration (configuration values, variables) is left alone.
 */
export function isoTimestampsToEpoch(answer: unknown): unknown {
  if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) return answer;
  const copy = { ...(answer as Record<string, unknown>) };
  if (isRecord(copy['metadata'])) copy['metadata'] = withEpochTimestamps(copy['metadata']);
  if (Array.isArray(copy['pipelines']))
    copy['pipelines'] = copy['pipelines'].map((row) => (isRecord(row) ? withEpochTimestamps(row) : row));
  return copy;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function withEpochTimestamps(row: Record<string, unknown>): Record<string, unknown> {
  const copy = { ...row };
  for (const key of TIMESTAMP_KEYS) {
    const value = copy[key];
    if (typeof value !== 'string' || !ISO_8601.test(value)) continue;
    const ms = Date.parse(value);
    if (!Number.isNaN(ms)) copy[key] = ms / 1000;
  }
  return copy;
}

/** The HTTP response as the SDK's handlers pass it. */
export interface RawResponse {
  statusCode?: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** An XML error answer as the JSON protocol's error body (`{ "__type", "message" }`); undefined when it is not one. */
export function xmlErrorAsJson(text: string): string | undefined {
  const code = /<Code>([^<]*)<\/Code>/.exec(text)?.[1];
  if (code === undefined) return undefined;
  const message = /<Message>([^<]*)<\/Message>/.exec(text)?.[1] ?? '';
  return JSON.stringify({ __type: unescapeXml(code), message: unescapeXml(message) });
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => XML_ENTITIES[name] ?? '');
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };

/** Rewrites a local endpoint's answer in place into AWS's form (its body becomes bytes). */
export async function rewriteLocalAnswer(response: RawResponse): Promise<void> {
  const bytes = await readBody(response.body);
  if (bytes === undefined) return;
  let text = new TextDecoder().decode(bytes);
  const status = response.statusCode ?? 0;
  if (status >= 200 && status < 300) {
    try {
      text = JSON.stringify(isoTimestampsToEpoch(JSON.parse(text)));
    } catch {
      // not JSON: the SDK reports it
    }
  } else if (text.trimStart().startsWith('<')) {
    const json = xmlErrorAsJson(text);
    if (json !== undefined) {
      text = json;
      if (response.headers) response.headers['content-type'] = 'application/x-amz-json-1.1';
    }
  }
  response.body = new TextEncoder().encode(text);
  if (response.headers) delete response.headers['content-length'];
}

async function readBody(body: unknown): Promise<Uint8Array | undefined> {
  if (body instanceof Uint8Array) return body;
  if (body && typeof (body as AsyncIterable<Uint8Array>)[Symbol.asyncIterator] === 'function') {
    const parts: Uint8Array[] = [];
    for await (const part of body as AsyncIterable<Uint8Array>) parts.push(part);
    return Buffer.concat(parts);
  }
  return undefined;
}
