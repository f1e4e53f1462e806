import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicyFor } from '../../scripts/lib/csp.mjs';

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

/** `vite preview` sends the policies as headers, like the server `npm start` uses. */
function contentSecurityPolicyHeaders(): Plugin {
  return {
    name: 'pipewright:csp-headers',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        response.setHeader('Content-Security-Policy', contentSecurityPolicyFor(request.headers['sec-fetch-dest']));
        next();
      });
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicyMeta(), contentSecurityPolicyHeaders()],
  // Monaco's workers are ES modules (`?worker` imports), emitted as files under 'self'.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // Monaco is a large lazy chunk by design; the budget that matters is the initial JS (see bench/).
    chunkSizeWarningLimit: 4096,
  },
});
