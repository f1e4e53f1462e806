import { uniqueName as uniqueNameIn } from '@pipewright/model';

/** Identifier derivation shared by every target. */

/** `my-app_pipeline.v2` -> `MyAppPipelineV2`; empty or digit-led results get a prefix. */
export function pascalIdentifier(text: string, fallback: string): string {
  const words = text.split(/[^A-Za-z0-9]+/).filter((w) => w.length > 0);
  const joined = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
  if (joined === '') return fallback;
  return /^[0-9]/.test(joined) ? fallback + joined : joined;
}

/** `MyApp-Pipeline` -> `my_app_pipeline`, for Terraform labels and variables. */
export function snakeIdentifier(text: string, fallback: string): string {
  const snake = text
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toLowerCase();
  if (snake === '') return fallback;
  return /^[0-9]/.test(snake) ? `${fallback}_${snake}` : snake;
}

/** The model's `uniqueName` (`base`, `base2`...) over a set of names taken so far, recording the one it gives. */
export function uniqueName(base: string, taken: Set<string>): string {
  const name = uniqueNameIn(base, (n) => taken.has(n));
  taken.add(name);
  return name;
}
