import type { Pipeline } from '@pipewright/model';
import { describe, expect, it } from 'vitest';
import { DISMISSED_HINT, hintDismissed, showsFirstOpenHint } from './firstOpenHint.js';

const blank = { name: 'p', roleArn: '', stages: [] } as unknown as Pipeline;
const oneStage = { ...blank, stages: [{ name: 'Source', actions: [] }] } as unknown as Pipeline;

describe('first-open hint', () => {
  it('shows on a blank, empty document until dismissed', () => {
    expect(showsFirstOpenHint(false, blank, { kind: 'blank' })).toBe(true);
    expect(showsFirstOpenHint(true, blank, { kind: 'blank' })).toBe(false);
    expect(showsFirstOpenHint(false, oneStage, { kind: 'blank' })).toBe(false);
    expect(showsFirstOpenHint(false, blank, { kind: 'template', id: 'blank' })).toBe(false);
  });

  it('reads back its dismissal, and anything else as not dismissed', () => {
    expect(hintDismissed(DISMISSED_HINT)).toBe(true);
    for (const stored of [null, '', 'dismissed', '{"dismissed":true}', '{"schemaVersion":1,"dismissed":"yes"}']) {
      expect(hintDismissed(stored)).toBe(false);
    }
  });
});
