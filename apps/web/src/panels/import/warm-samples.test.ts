import { describe, expect, it } from 'vitest';
import { readImport } from './read-import.js';
import { WARM_SAMPLES } from './warm-samples.js';

describe('the import worker warm-up samples', () => {
  it('are one file per format, each read as one pipeline (they warm the code a real file runs)', () => {
    const formats = WARM_SAMPLES.map((sample) => {
      const result = readImport(sample.text, sample.fileName);
      if (!result.ok) throw new Error(`${sample.fileName}: ${result.message}`);
      expect(result.candidates).toHaveLength(1);
      expect(result.candidates[0]!.review.actions).toBe(2);
      return result.format;
    });
    expect(formats).toEqual(['json', 'cloudformation', 'terraform']);
  });
});
