// Types for csp.mjs, so apps/web/vite.config.ts can import the policy under `tsc -b`.
export declare const CONTENT_SECURITY_POLICY: string;
