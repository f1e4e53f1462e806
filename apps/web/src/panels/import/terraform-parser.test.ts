import { describe, expect, it } from 'vitest';
import { looksLikeTerraform } from './terraform-parser.js';

function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) bytes[2 + 2 * i] = text.charCodeAt(i);
  return bytes;
}

describe('looksLikeTerraform', () => {
  it('reads the head of the file with the importers decoder, UTF-16 with a byte order mark included', () => {
    const hcl = 'resource "aws_codepipeline" "p" {\n}\n';
    expect(looksLikeTerraform(new TextEncoder().encode(hcl))).toBe(true);
    expect(looksLikeTerraform(utf16le(hcl))).toBe(true);
    expect(looksLikeTerraform(utf16le('Resources:\n  P: {}\n'))).toBe(false);
  });
});
