import { deflateRawSync } from 'node:zlib';

/*
 * How `pipewright open` hands a pulled pipeline to the web designer without a request: in the
 * URL fragment, which the browser never sends to a server (like share links).
 *
 *   #pulled=<base64url(raw DEFLATE(get-pipeline JSON text))>&file=<name>.json&aws=<options>
 *
 * The designer imports the text as if the file had been dropped (so the import review shows),
 * and its Export dialog offers the `pipewright push` command with the same AWS options.
 * apps/web/src/persistence/pulled-link.ts reads it.
 */

export const PULLED_PARAM = 'pulled';

export function toBase64Url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64url');
}

/** `--profile`, `--region`, `--endpoint-url` as given, for the push command the designer shows. */
export function awsArguments(connection: { profile?: string; region?: string; endpointUrl?: string }): string[] {
  return [
    ...(connection.profile !== undefined ? ['--profile', connection.profile] : []),
    ...(connection.region !== undefined ? ['--region', connection.region] : []),
    ...(connection.endpointUrl !== undefined ? ['--endpoint-url', connection.endpointUrl] : []),
  ];
}

export function designerFragment(getPipelineText: string, fileName: string, aws: readonly string[]): string {
  const params = new URLSearchParams();
  params.set(PULLED_PARAM, toBase64Url(deflateRawSync(Buffer.from(getPipelineText, 'utf8'), { level: 9 })));
  params.set('file', fileName);
  if (aws.length > 0) params.set('aws', aws.join(' '));
  return `#${params.toString()}`;
}
