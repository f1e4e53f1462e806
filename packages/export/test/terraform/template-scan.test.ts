import { describe, expect, it } from 'vitest';
import { scanTemplate } from '../../src/terraform/template.js';

describe('scanTemplate', () => {
  it('reads text without braces as one literal, and nothing as no segment', () => {
    expect(scanTemplate('')).toEqual([]);
    expect(scanTemplate('arn:aws:s3:::bucket/$key%')).toEqual([{ kind: 'literal', text: 'arn:aws:s3:::bucket/$key%' }]);
  });

  it('still splits interpolations, directives and escapes', () => {
    expect(scanTemplate('a${var.x}b%{ if c }d$${e}')).toEqual([
      { kind: 'literal', text: 'a' },
      { kind: 'interpolation', text: '${var.x}' },
      { kind: 'literal', text: 'b' },
      { kind: 'directive', text: '%{ if c }' },
      { kind: 'literal', text: 'd${e}' },
    ]);
    expect(scanTemplate('{plain}')).toEqual([{ kind: 'literal', text: '{plain}' }]);
  });
});
