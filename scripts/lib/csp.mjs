// @ts-check
// The Content-Security-Policy of the built app: one definition, used by the Vite build (meta tag)
// and by the local static server (response header). Workers come from 'self' (Vite `?worker`
// chunks) or blob:; Monaco and React Flow set inline styles, hence 'unsafe-inline' for styles only.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
].join('; ');
