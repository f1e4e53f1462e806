// @ts-check
// The Content-Security-Policy of the built app: one definition, used by the Vite build (meta tag)
// and by the local static server (response header). Workers come from 'self' (Vite `?worker`
// chunks) or blob:; Monaco and React Flow set inline styles, hence 'unsafe-inline' for styles only.

/** @param {string} scriptSrc */
const policy = (scriptSrc) =>
  [
    "default-src 'self'",
    `script-src ${scriptSrc}`,
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
  ].join('; ');

/** The page's policy. */
export const CONTENT_SECURITY_POLICY = policy("'self'");

/**
 * The policy sent with worker scripts (requests with `Sec-Fetch-Dest: worker`; a worker loaded from
 * a URL is governed by its own response's policy, not the page's). It adds only 'wasm-unsafe-eval':
 * the import worker compiles the bundled HCL parser (WebAssembly) to read Terraform files. The page
 * itself still cannot compile WebAssembly, and no JavaScript eval is allowed anywhere.
 */
export const WORKER_CONTENT_SECURITY_POLICY = policy("'self' 'wasm-unsafe-eval'");

const WORKER_DESTINATIONS = new Set(['worker', 'sharedworker', 'serviceworker']);

/**
 * The policy for a response, from the request's `Sec-Fetch-Dest` header (what the fetch is for).
 * @param {string | string[] | undefined} secFetchDest
 */
export function contentSecurityPolicyFor(secFetchDest) {
  return WORKER_DESTINATIONS.has(String(secFetchDest ?? '')) ? WORKER_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY;
}
