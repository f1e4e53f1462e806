import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { decodePersistedDocument, encodePersistedDocument, type PersistedDocument } from '@pipewright/model';

/*
 * Share links carry the document in the URL fragment (`#pipeline=<data>`): the persisted-document
 * record (@pipewright/model's codec, the one autosave uses: versioned, old `v:1` links migrate),
 * deflated and base64url-encoded. The fragment never reaches a server, so sharing sends nothing anywhere.
 */

export const SHARE_PARAM = 'pipeline';

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('the link data contains characters outside base64url');
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function encodeShareFragment(document: PersistedDocument): string {
  const text = encodePersistedDocument(document);
  return `#${SHARE_PARAM}=${toBase64Url(deflateSync(strToU8(text), { level: 9 }))}`;
}

export function shareUrl(
  location: { origin: string; pathname: string; search: string },
  document: PersistedDocument,
): string {
  return `${location.origin}${location.pathname}${location.search}${encodeShareFragment(document)}`;
}

export type ShareDecodeResult =
  { ok: true; document: PersistedDocument; migrated: string[] } | { ok: false; reason: string } | null;

/**
 * Raw DEFLATE back to text by the browser's own zlib (DecompressionStream): fflate's JavaScript
 * inflate of a 2,500-action link took ~35 ms (sampled, load 7) of the first draw, the native one
 * a few. fflate where the stream API is missing.
 */
async function inflateText(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  if (typeof DecompressionStream !== 'function') return strFromU8(inflateSync(bytes));
  const inflated = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Response(inflated).text();
}

/** The document a fragment carries; null when the fragment is not a share link. */
export async function decodeShareFragment(hash: string): Promise<ShareDecodeResult> {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  const params = new URLSearchParams(fragment);
  const data = params.get(SHARE_PARAM);
  if (data === null) return null;
  let text: string;
  try {
    text = await inflateText(fromBase64Url(data));
  } catch (error) {
    return {
      ok: false,
      reason: `the share link is damaged (${error instanceof Error ? error.message : String(error)}); was it copied in full?`,
    };
  }
  const read = decodePersistedDocument(text);
  if (!read.ok) return { ok: false, reason: `the share link cannot be read: ${read.reason}` };
  return { ok: true, document: read.document, migrated: read.migrated };
}
