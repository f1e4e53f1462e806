// Types for static-server.mjs, so the CLI's `pipewright open` can serve the designer with the same
// server (and Content-Security-Policy) as `npm start`, under `tsc -b`.
export declare function startStaticServer(options: {
  root: string;
  port: number;
  host?: string;
  strictPort?: boolean;
}): Promise<{ url: string; port: number; close: () => Promise<void> }>;
export declare function freePort(host?: string): Promise<number>;
export declare function contentTypeOf(filePath: string): string;
export declare function resolveFile(root: string, urlPath: string): string | undefined;
