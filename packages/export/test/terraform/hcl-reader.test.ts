import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePipeline } from '@pipewright/model';
import { corpusDir, repoRoot } from '../../../../test-support/corpus.mjs';
import { exportPipeline } from '../../src/index.js';
import { parseHclWithHcl2json } from '../../src/terraform/import/hcl2json.js';
import { readHcl } from '../../src/terraform/import/hcl-reader.js';
import { hostilePipeline } from '../support/hostile.js';
import { patternCases, fixtureCases, corpusCases } from '../support/cases.js';

/*
 * hcl-reader.ts against its reference, hcl2json (HashiCorp's parser): whatever the reader
 * answers is exactly hcl2json's value (same keys in the same order), and it never answers for
 * a text hcl2json refuses. Where it gives up, `parseHcl` asks hcl2json, so it may give up on
 * anything; the cases it must read (our exports, the corpus but its one non-ASCII file, the
 * constructs listed below) are checked to be read, so the fast path does not quietly fall off.
 */

/** The reader's answer matches hcl2json's; returns whether it answered. */
function agrees(text: string): boolean {
  const fast = readHcl(text);
  if (fast === undefined) return false;
  const reference = parseHclWithHcl2json(text);
  if (!reference.ok) throw new Error(`read a text hcl2json refuses (${reference.error.message}):\n${text}`);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(reference.value));
  expect(fast).toEqual(reference.value);
  return true;
}

function terraformFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...terraformFiles(path));
    else if (name.endsWith('.tf')) out.push(path);
  }
  return out;
}

const resource = (body: string) => `resource "aws_codepipeline" "p" {\n${body}\n}\n`;

/** One construct each, as an argument value: all of them read by the reader. */
const READ_VALUES = [
  '"plain"',
  '""',
  '"tab\there"',
  '"esc \\" \\\\ \\n \\r \\t \\u0001 \\u007f"',
  '"$${not} %%{not} $ % $x %x 100%"',
  '"${var.x}"',
  '"${ var.x }"',
  '"a-${var.x}-b"',
  '"${var.a}${var.b}"',
  '"${local.m["k"]}"',
  '"${foo(var.x, "}")}"',
  '"${-var.x}"',
  '"${!var.x}"',
  '"${[1, 2]}-x"',
  '"${var.a + 1}"',
  '"${var.x[*].id}"',
  '"${var.cond ? "a" : "b"}"',
  '"${-var.x}x"',
  '1',
  '0',
  '42',
  '007',
  '1.5',
  '123456789012345',
  '-1',
  '- 2.25',
  '-0',
  'true',
  'false',
  'null',
  '!true',
  '-var.x',
  '!var.x',
  'var.x',
  'string',
  'list(string)',
  'map(object({ a = string }))',
  'aws_iam_role.x.arn',
  'var.list[0]',
  'var.map["key"]',
  'var.list[*].arn',
  'var.list.*.arn',
  'a-b.c',
  'count.index',
  'var.a == "x"',
  'var.a != 1 && var.b || !var.c',
  'var.a >= 1',
  'var.a <= 1',
  'var.a < 1',
  'var.a > 1',
  'var.a * 2 / 3 % 4 - 5 + 6',
  'var.enabled ? 1 : 0',
  'var.a ? var.b ? 1 : 2 : 3',
  'var.enabled ? "yes" : "no" # trailing comment',
  'var.x // trailing comment',
  'var.x /* inline */',
  'jsonencode({ a = 1 })',
  'jsonencode({\n    a = [1, 2]\n    b = { c = "d" }\n  })',
  'concat(\n    var.a, # comment inside\n    var.b,\n  )',
  'merge(var.a...)',
  'foo()',
  'foo(var.x).bar',
  'lookup(var.m, "k", null)',
  'join("", aws_s3_bucket.b[*].arn)',
  '[for s in var.stages : s.name]',
  '[for i, s in var.stages : upper(s) if s != ""]',
  '{ for k, v in var.m : k => v }',
  '{\n    for k, v in var.m : k => v...\n  }',
  '[]',
  '[1, "a", true, null, var.x, [2], { k = 3 }]',
  '[\n    "a",\n    "b",\n  ]',
  '[\n    # comment\n    "a", // another\n    "b" /* x */\n  ]',
  '{}',
  '{ a = 1, b = 2 }',
  '{ a = 1, b = 2, }',
  '{ "quoted key" = 1, plain = 2, "__proto__" = 3, constructor = 4 }',
  '{ a: 1, b: "x" }',
  '{\n    b = 1\n    a = 2\n    B = 3\n    _c = 4\n    10 = 5\n  }'.replace('10 = 5', '"10" = 5'),
  '{\n    a = 1\n    a = 2\n  }',
  '{\n    nested = {\n      deep = [{ x = var.y }]\n    }\n  }',
  '{ a = var.c ? 1 : 2 }',
  '<<EOF\nline one\n  "quoted" \\n ${var.x} $${not}\nEOF',
  '<<EOT\nEOT',
  '<<EOF\n{\n  "Resource": "${aws_s3_bucket.b.arn}/*"\n}\nEOF',
];

/** Bodies and files with structure of their own: read. */
const READ_FILES = [
  '',
  '\n\n',
  '# only a comment\n',
  resource('  name = "x"'),
  resource('  name = "x"').trimEnd(), // no line end at the end of the file
  resource('  name = "x"').replace(/\n/g, '\r\n'),
  resource('  value = concat(\n    var.a, # comment\n  )\n  other = {\n    a = 1\n  }').replace(/\n/g, '\r\n'),
  resource('\tname\t=\t"tabs"'),
  resource('  stage {\n    name = "S"\n    action {\n      name = "A"\n    }\n  }\n  stage {\n    name = "T"\n  }'),
  resource('  lifecycle { ignore_changes = [tags] }\n  artifacts { type = "NO_ARTIFACTS" }'),
  resource('  empty {}\n  other {\n  }'),
  resource('  /* a comment\n     over lines */\n  name = "x"'),
  resource('  stage = "attribute named like a block"\n  stage {\n    name = "S"\n  }'),
  'locals {\n  a = 1\n}\nlocals {\n  b = 2\n}\n',
  'variable "env" {\n  type    = string\n  default = "dev"\n}\n',
  'resource "a" "x" {\n}\nresource "a" "y" {\n}\nresource "b" "x" {\n}\nresource "a" "x" {\n}\n',
  'data "aws_iam_policy_document" "p" {\n  statement {\n    actions = ["s3:*"]\n  }\n}\n',
  'terraform {\n  required_providers {\n    aws = {\n      source  = "hashicorp/aws"\n      version = "~> 5.0"\n    }\n  }\n}\n',
  'block label_as_identifier "quoted" {\n  a = 1\n}\n',
  'top = "attribute at top level"\n',
  'a = 1 # comment\n// another\nb = 2\n',
];

/** Texts the reader leaves to hcl2json (valid or not): each still agrees, by answering nothing. */
const LEFT_TO_HCL2JSON = [
  resource('  name = "ünïcode"'),
  resource('  name = "${var.x}" \r  other = 1'),
  resource('  name = <<-EOF\n    indented\n    EOF'),
  resource('  name = "%{ if var.x }a%{ endif }"'),
  resource('  name = (var.x)'),
  resource('  name = 1e3'),
  resource('  name = 1234567890123456789'),
  resource('  name = provider::aws::arn_parse("x")'),
  resource('  name = "${ var.x # c\n}"'),
  resource('  name = "${~ var.x ~}"'),
  resource('  name = "${1}"'),
  resource('  name = "${"a"}"'),
  resource('  name = "\\U0001F600"'),
  resource('  name = "$$x"'),
  resource('  name = 1\n  name = 2'),
  resource('  name = "unterminated'),
  resource('  name = var.x +\n    1'),
  resource('  name = [\n    "a"\n    "b"\n  ]'),
  resource('  name = { a = 1 b = 2 }'),
  resource('  name = foo (1)'),
  resource('  name = [for]'),
  resource('  name = [1][0]'),
  resource('  name = "a" "b"'),
  resource('  one { a = 1\n  }'),
  resource('  name = 1 /* over\n lines */'),
  'locals {\n  a = 1\n}\nlocals "x" {\n}\n',
  'resource "a" "b" {\n}\nresource "a" {\n}\n',
  'resource "a" "b" {\n  a = 1\n',
  'resource "a" "b" { a = 1 } extra\n',
  'resource "a" "${x}" {\n}\n',
  '}\n',
];

/** Odd and broken arguments and bodies: read or not, never read otherwise than hcl2json. */
const EDGE_CASES = [
  'true = 1',
  'null = 1',
  'for = 1',
  'in = 1',
  'a = true.x',
  'a = 1.',
  'a = .5',
  'a = 1..2',
  'a = "\\x"',
  'a = "\\u00e9"',
  'a = "\\u12"',
  'a = "\\u0041"',
  'a = var.x[',
  'a = {a=1}',
  'a = {"a"=1}',
  'a = {a.b=1}',
  'a = { (var.k) = 1 }',
  'a = {1=2}',
  'a = [for x in y: x if]',
  'a = a ? b',
  'a = -',
  'a = !',
  'a = --1',
  'a = !!true',
  'a = - -1',
  'a = 1 - -1',
  'a = var.a-1',
  'a = var.a - 1',
  'a = x.y-z',
  'b "c" d {\n}',
  'b "a\\"b" {\n}',
  'a = 1 }',
  'a = {}',
  'a=1',
  'a  =1',
  'a = <<EOF',
  'a = <<EOF\nEOF extra',
  'a = <<EOF\n${\nx}\nEOF',
  'a = <<EOF\n# c\nEOF',
  'a = <<EOF\n  x\n EOF\n',
  'a = <<EOF\nx\nEOF\nb = 1',
  'a = "x" # c',
  'a = 1 //c',
  'a = 1 /* c */ # d',
  'a = /* c */ 1',
  'a = [/*c*/]',
  '/* unterminated',
  'a = "\\""',
  'a = "a\\\\"',
  'a = "${"}"',
  'a = "${}"',
  'a = "${ }"',
  'a = "${a}}"',
  'a = "}"',
  'a = "{"',
  'a = "${a.b.c.d}"',
  'a = "%"',
  'a = "%{}"',
  'a = "$"',
  'a = "$${"',
  'a = "$$"',
  'a = "\\$"',
  'a = "a${b}c${d}"',
  'a = "${a}" "b"',
  'a = var.x.0',
  'a = var.x[0].y',
  'a = var.x[0]["k"]',
  'a = f(x)(y)',
  'a = f(x)[0]',
  'a = f(x).*.y',
  'a = f(\n)',
  'a = f(,)',
  'a = f(a,,b)',
  'a = f(a...,b)',
  'a = [1,,2]',
  'a = [,]',
  'a = {,}',
  'a = {a = 1,,b = 2}',
  'a = { a = 1\n, b = 2 }',
  'a = {\na\n= 1}',
  'a = {\na =\n1}',
  'a = {a = 1 # c\n}',
  'a = {a = 1 /* c */}',
  'a = [1 # c\n]',
  'a = {\n\n a = 1\n\n}',
  'a = x ? y : z ? w : v',
  'a = (x)',
  'a = x == y == z',
  'a = x < y > z',
  'a = x && y',
  'a = x & y',
  'a = x | y',
  'a = x ! y',
  'a = x => y',
  'a = x = y',
  'a = x ?? y',
  'a = x: y',
  'a = x ::y',
  'a = 1 2',
  'a = -"x"',
  'a = !"x"',
  'a = -[1]',
  'a = !{}',
  'a = -null',
  'a = !1',
  'a = -true',
  'a = "${-1}"',
  'a = "${!true}"',
  'a = "${null}"',
  'a = "${true}x"',
  'a = "${1}x"',
  'a = "${x ? 1 : 2}"',
  'a = "${x ? 1 : 2}y"',
  'a = "${[1]}"',
  'a = "${{}}"',
  'a = "${-x}"',
  'a = 1\r',
  'a = 1\r\nb = 2',
  'a = "x"\t',
  'a\t=\t1',
  'a = 0x10',
  'a = 1_000',
  'a = 01.50',
  'a = 1.50',
  'a = 999999999999999',
  'a = 0.1',
  'a = 00',
  'a = -0.0',
  'x {\n}',
  'x "" {\n}',
  'x "a" "b" "c" {\n}',
  'x {\n}\nx "a" {\n}',
  'x "a" {\n}\nx {\n}',
  'x "a" {\n}\nx "a" {\n}',
  'x = 1\nx {\n}',
  'x {\n}\nx = 1',
  'x {\n  y = 1\n  y {\n  }\n}',
  'x { y = 1 }\nx {}',
  'x { }',
  'x {} # c',
  'x {\n} y = 1',
  'x { y {} }',
  'x { y = 1, z = 2 }',
  'x {\n  y = 1 }',
  'x { # c\n  y = 1\n}',
  'x "a"{\n}',
  'x"a" {\n}',
  'x "a" {\n  }\n',
  '-x = 1',
  'x-y = 1',
  '_ = 1',
  'a.b = 1',
  '"a" = 1',
  'a = 1;',
  'a = `x`',
  "a = 'x'",
];

describe('hcl-reader: the same value as hcl2json', () => {
  it('on one argument of every construct it reads', () => {
    for (const value of READ_VALUES) {
      const text = resource(`  value = ${value}`);
      expect(agrees(text), text).toBe(true);
      const nested = resource(`  stage {\n    value = ${value.replace(/\n/g, '\n  ')}\n  }`);
      expect(agrees(nested), nested).toBe(true);
    }
  });

  it('on files of every structure it reads', () => {
    for (const text of READ_FILES) expect(agrees(text), JSON.stringify(text)).toBe(true);
  });

  it('on odd and broken arguments and bodies, when it reads them', () => {
    let read = 0;
    for (const body of EDGE_CASES) for (const text of [resource(`  ${body}`), `${body}\n`]) if (agrees(text)) read++;
    expect(read).toBeGreaterThan(100);
  });

  it('leaves the rest to hcl2json', () => {
    for (const text of LEFT_TO_HCL2JSON) expect(readHcl(text), JSON.stringify(text)).toBeUndefined();
  });

  it('on every Terraform file of the repository', () => {
    const files = [...terraformFiles(join(repoRoot, 'packages')), ...terraformFiles(join(repoRoot, 'apps'))];
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) expect(agrees(readFileSync(file, 'utf8')), relative(repoRoot, file)).toBe(true);
  });

  it('on every Terraform file of the corpus but the one outside ASCII', { tags: ['corpus'] }, () => {
    const files = terraformFiles(corpusDir as string);
    const read = files.filter((file) => agrees(readFileSync(file, 'utf8')));
    expect(read.length).toBeGreaterThanOrEqual(files.length - 1);
  });

  it('on our HCL exports: templates, fixtures, corpus, generated and hostile pipelines', () => {
    const pipelines = [...patternCases(), ...fixtureCases(), ...(corpusDir ? corpusCases() : [])].map(
      (c) => c.pipeline,
    );
    pipelines.push(generatePipeline({ stages: 10, actionsPerStage: 50 }));
    pipelines.forEach((pipeline, n) => {
      const text = exportPipeline(pipeline, 'terraform').text;
      expect(agrees(text), `pipeline ${n}`).toBe(true);
    });
    // Hostile values: the reader may leave a file to hcl2json (non-ASCII), never disagree.
    fc.assert(
      fc.property(hostilePipeline, (pipeline) => {
        agrees(exportPipeline(pipeline, 'terraform').text);
      }),
      { numRuns: 60, seed: 16 },
    );
  });

  it('on mutated files: never reads what hcl2json refuses, never reads it otherwise', () => {
    const seeds = [
      ...READ_FILES.filter((t) => t.length > 20),
      ...READ_VALUES.map((v) => resource(`  value = ${v}`)),
      exportPipeline(generatePipeline({ stages: 2, actionsPerStage: 2 }), 'terraform').text,
    ];
    const pieces = [
      '{',
      '}',
      '"',
      '=',
      '\n',
      '#',
      '${',
      '%{',
      ',',
      '[',
      ']',
      '(',
      ')',
      ' ',
      '.',
      '-',
      '?',
      ':',
      '<<EOF\n',
      '\nEOF\n',
      '*',
      '/*',
      '*/',
      '//',
      '\\',
      '$',
      '1',
      'a',
      '=>',
      '...',
      'for ',
      '\r',
      '\t',
      '!',
    ];
    const mutation = fc.record({
      seed: fc.nat(seeds.length - 1),
      edits: fc.array(
        fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), cut: fc.nat(3), piece: fc.nat(pieces.length - 1) }),
        { minLength: 1, maxLength: 3 },
      ),
    });
    let read = 0;
    fc.assert(
      fc.property(mutation, ({ seed, edits }) => {
        let text = seeds[seed] as string;
        for (const { at, cut, piece } of edits) {
          const i = Math.floor(at * text.length);
          text =
            text.slice(0, i) + (cut === 0 ? (pieces[piece] as string) : '') + text.slice(i + (cut === 0 ? 0 : cut));
        }
        if (agrees(text)) read++;
      }),
      { numRuns: 2000, seed: 16 },
    );
    expect(read).toBeGreaterThan(100);
  });
});
