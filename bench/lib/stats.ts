// Small statistics for benchmark samples.

export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new RangeError('median of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Times `run` after `warmup` untimed calls; returns each timed duration in milliseconds. */
export async function sample(runs: number, run: () => unknown, warmup = 1): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return samples;
}

export const describeSamples = (samples: readonly number[]): string =>
  `median of ${samples.length} runs (min ${Math.min(...samples).toFixed(1)}, max ${Math.max(...samples).toFixed(1)} ms)`;
