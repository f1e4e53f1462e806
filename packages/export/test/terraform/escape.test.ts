import { describe, expect, it } from 'vitest';
import { escapeLiteral, hclExpression, hclKey, jsonLiteral } from '../../src/terraform/escape.js';
import { isExpressionTemplate, literalText, scanTemplate, soleExpression } from '../../src/terraform/template.js';

describe('escapeLiteral (the one HCL escaping function)', () => {
  it.each([
    ['plain', 'plain'],
    ['${var.x}', '$${var.x}'],
    ['%{ if x }', '%%{ if x }'],
    ['$${', '$$${'],
    ['a$b%c{d}', 'a$b%c{d}'],
    ['say "hi"', 'say \\"hi\\"'],
    ['C:\\path', 'C:\\\\path'],
    ['line\nnext\r\ttab', 'line\\nnext\\r\\ttab'],
    ['\u0000\u001b\u007f', '\\u0000\\u001b\\u007f'],
    ['é 漢字 😀 \u2028', 'é 漢字 😀 \u2028'],
    ['`*/ #{Src.Var}', '`*/ #{Src.Var}'],
  ])('%j -> %j', (input, expected) => {
    expect(escapeLiteral(input)).toBe(expected);
  });
});

describe('templates (hcl2json form)', () => {
  it('tells literals from expressions', () => {
    expect(isExpressionTemplate('$${var.x} and %%{x}')).toBe(false);
    expect(literalText('$${var.x} and %%{x}')).toBe('${var.x} and %{x}');
    expect(isExpressionTemplate('a-${var.x}')).toBe(true);
    expect(isExpressionTemplate('%{if a}b%{endif}')).toBe(true);
    expect(literalText('$$${a}')).toBe('$${a}');
  });

  it('finds the end of interpolations holding strings and braces', () => {
    expect(scanTemplate('x${lookup(m, "}", "${y}")}z')).toEqual([
      { kind: 'literal', text: 'x' },
      { kind: 'interpolation', text: '${lookup(m, "}", "${y}")}' },
      { kind: 'literal', text: 'z' },
    ]);
    expect(soleExpression('${ { a = 1 }["a"] }')).toBe('{ a = 1 }["a"]');
    expect(soleExpression('${a}${b}')).toBeUndefined();
    expect(soleExpression('${~a~}')).toBeUndefined();
  });

  it('writes expressions back bare or as templates with escaped literal parts', () => {
    expect(hclExpression('${var.x}')).toBe('var.x');
    expect(hclExpression('"q" ${var.x}\n')).toBe('"\\"q\\" ${var.x}\\n"');
    expect(hclExpression('$${lit}-${var.x}')).toBe('"$${lit}-${var.x}"');
  });

  it('quotes map keys that are not plain identifiers', () => {
    expect(hclKey('ProjectName')).toBe('ProjectName');
    expect(hclKey('detail-type')).toBe('"detail-type"');
    expect(hclKey('__proto__')).toBe('__proto__');
    expect(hclKey('${x}')).toBe('"$${x}"');
    expect(hclKey('null')).toBe('"null"');
    expect(hclKey('')).toBe('""');
  });

  it('escapes template sequences in JSON-syntax literals', () => {
    expect(jsonLiteral('${a} %{b} $x')).toBe('$${a} %%{b} $x');
  });
});
