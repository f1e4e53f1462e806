import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY } from '../../scripts/lib/csp.mjs';

/**
 * Puts the Content-Security-Policy in the built index.html as a meta tag. Build only: the dev
 * server's React refresh preamble is an inline script, which the policy forbids. The server used by
 * `npm start` and the Playwright tests also sends the same policy as a header.
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'pipewright:csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicyMeta()],
  // `vite preview` behaves like the production server.
  preview: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  // Monaco's workers are ES modules (`?worker` imports), emitted as files under 'self'.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // Monaco is a large lazy chunk by design; the budget that matters is the initial JS (see bench/).
    chunkSizeWarningLimit: 4096,
  },
});
