import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { Pipeline } from '@pipewright/model';

/*
 * Share links carry the pipeline in the URL fragment (`#pipeline=<data>`),
 * deflated and base64url-encoded. The fragment never reaches a server, so
 * sharing sends nothing anywhere.
 */

export const SHARE_PARAM = 'pipeline';
/** Format tag inside the payload, so a later format can still read old links. */
const PAYLOAD_VERSION = 1;

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('the link data contains characters outside base64url');
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function encodeShareFragment(pipeline: Pipeline): string {
  const json = JSON.stringify({ v: PAYLOAD_VERSION, pipeline });
  return `#${SHARE_PARAM}=${toBase64Url(deflateSync(strToU8(json), { level: 9 }))}`;
}

export function shareUrl(location: { origin: string; pathname: string; search: string }, pipeline: Pipeline): string {
  return `${location.origin}${location.pathname}${location.search}${encodeShareFragment(pipeline)}`;
}

export type ShareDecodeResult = { ok: true; pipeline: Pipeline } | { ok: false; reason: string } | null;

/** The pipeline a fragment carries; null when the fragment is not a share link. */
export function decodeShareFragment(hash: string): ShareDecodeResult {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  const params = new URLSearchParams(fragment);
  const data = params.get(SHARE_PARAM);
  if (data === null) return null;
  let payload: unknown;
  try {
    payload = JSON.parse(strFromU8(inflateSync(fromBase64Url(data))));
  } catch (error) {
    return {
      ok: false,
      reason: `the share link is damaged (${error instanceof Error ? error.message : String(error)}); was it copied in full?`,
    };
  }
  if (typeof payload !== 'object' || payload === null || (payload as { v?: unknown }).v !== PAYLOAD_VERSION) {
    return { ok: false, reason: 'the share link was made by an unknown version of Pipewright' };
  }
  const parsed = Pipeline.safeParse((payload as { pipeline?: unknown }).pipeline);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      reason: `the shared pipeline does not match the model at /${issue?.path.join('/') ?? ''}: ${issue?.message ?? ''}`,
    };
  }
  return { ok: true, pipeline: parsed.data };
}
