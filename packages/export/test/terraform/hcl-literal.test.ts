import { describe, expect, it } from 'vitest';
import { hclLiteralExpression, literalForEach } from '../../src/terraform/hcl-literal.js';

/* A literal `for_each` is read as Terraform iterates it; anything Terraform decides at plan time is unknown. */

const keysAndValues = (forEach: string, locals?: Record<string, unknown>) =>
  literalForEach(forEach, locals)?.map((e) => [e.key, e.value]);

describe('literalForEach', () => {
  it.each([
    [
      'a list: the index is the key',
      '${["b", "a"]}',
      [
        [0, 'b'],
        [1, 'a'],
      ],
    ],
    [
      'a set: the element is the key, sorted, without repeats',
      '${toset(["b", "a", "b"])}',
      [
        ['a', 'a'],
        ['b', 'b'],
      ],
    ],
    [
      'a map: keys in lexical order',
      '${{ staging = 1, "prod" = 2 }}',
      [
        ['prod', 2],
        ['staging', 1],
      ],
    ],
    ['objects as elements', '${[{ name = "x", n = 1 }]}', [[0, { name: 'x', n: 1 }]]],
    ['an escaped interpolation is literal text', '${["$${x}"]}', [[0, '${x}']]],
    ['an empty list makes no block', '${[]}', []],
  ])('%s', (_, forEach, expected) => {
    expect(keysAndValues(forEach)).toEqual(expected);
  });

  it.each([
    ['a variable', '${var.envs}'],
    ['an interpolation inside an element', '${["a", "${var.b}"]}'],
    ['a function other than a type conversion', '${range(3)}'],
    ["a set of objects (its order is Terraform's)", '${toset([{ a = 1 }])}'],
    ['a template that is not one expression', 'x-${var.y}'],
  ])('unknown: %s', (_, forEach) => {
    expect(literalForEach(forEach)).toBeUndefined();
  });

  it('reads a local whose value is a literal, and only such a local', () => {
    const locals = { tests: { api: 'smoke-api' }, names: ['${var.x}'] };
    expect(keysAndValues('${local.tests}', locals)).toEqual([['api', 'smoke-api']]);
    expect(keysAndValues('${toset(keys(local.tests))}', locals)).toBeUndefined();
    expect(literalForEach('${local.names}', locals)).toBeUndefined();
    expect(literalForEach('${local.missing}', locals)).toBeUndefined();
  });

  it('reads back what hclLiteralExpression writes', () => {
    const value = { b: ['x', 'y\n"z"'], a: { n: 1, ok: true, none: null } };
    const expression = hclLiteralExpression(value);
    expect(keysAndValues(`\${${expression}}`)).toEqual([
      ['a', { n: 1, ok: true, none: null }],
      ['b', ['x', 'y\n"z"']],
    ]);
  });
});
