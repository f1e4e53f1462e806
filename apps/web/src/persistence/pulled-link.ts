import { inflateSync, strFromU8 } from 'fflate';
import { fromBase64Url } from './share-link.js';

/*
 * `pipewright open NAME` hands a pulled pipeline to the designer in the URL fragment (never sent
 * to a server): `#pulled=<base64url(raw DEFLATE(get-pipeline JSON))>&file=<name>.json&aws=<options>`
 * (packages/cli/src/live/designer-link.ts writes it). The text is imported like a dropped file,
 * so the import review shows; the AWS options come back in the Export dialog's push command.
 */

export const PULLED_PARAM = 'pulled';

export interface PulledPipeline {
  /** The get-pipeline JSON text, as `pipewright pull` writes it. */
  text: string;
  /** `<pipeline name>.json`, the name the import review shows. */
  fileName: string;
  /** `--profile`, `--region`, `--endpoint-url` as given to `pipewright open`. */
  awsArguments: string;
}

export type PulledDecodeResult = { ok: true; pulled: PulledPipeline } | { ok: false; reason: string } | null;

/** The pulled pipeline a fragment carries; null when it carries none. */
export function decodePulledFragment(hash: string): PulledDecodeResult {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const data = params.get(PULLED_PARAM);
  if (data === null) return null;
  try {
    const text = strFromU8(inflateSync(fromBase64Url(data)));
    return {
      ok: true,
      pulled: {
        text,
        fileName: params.get('file') ?? 'pulled.json',
        awsArguments: params.get('aws') ?? '',
      },
    };
  } catch (error) {
    return {
      ok: false,
      reason: `the pipeline in the link is damaged (${error instanceof Error ? error.message : String(error)}); run pipewright open again`,
    };
  }
}

/** The AWS options of the last pipeline opened from the CLI, for the Export dialog's push command. */
let openedWith: { pipeline: string; awsArguments: string } | null = null;

export function rememberPulledOrigin(pipeline: string, awsArguments: string): void {
  openedWith = { pipeline, awsArguments };
}

/** `--region ...` for `pipeline` when it was opened by `pipewright open` with them; '' otherwise. */
export function pulledAwsArguments(pipeline: string): string {
  return openedWith?.pipeline === pipeline ? openedWith.awsArguments : '';
}
