// Types for csp.mjs, so apps/web/vite.config.ts and the e2e specs can import the policies under `tsc -b`.
export declare const CONTENT_SECURITY_POLICY: string;
export declare const WORKER_CONTENT_SECURITY_POLICY: string;
export declare function contentSecurityPolicyFor(secFetchDest: string | string[] | undefined): string;
