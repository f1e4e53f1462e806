import { describe, expect, it } from 'vitest';
import {
  encodePipelineJson,
  formatPipelineJson,
  parsePipelineJson,
  printPipelineJson,
  type Pipeline,
  type PipelineJsonDocument,
} from '../../src/index.js';

const declaration = {
  name: 'demo',
  roleArn: 'arn:aws:iam::111111111111:role/pipeline',
  stages: [
    {
      name: 'Source',
      actions: [
        {
          name: 'Checkout',
          actionTypeId: { category: 'Source', owner: 'AWS', provider: 'S3', version: '1' },
          configuration: { S3Bucket: 'b', S3ObjectKey: 'k' },
          outputArtifacts: [{ name: 'Src' }],
        },
      ],
    },
    {
      name: 'Build',
      actions: [
        {
          name: 'Compile',
          actionTypeId: { category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1' },
          configuration: { ProjectName: 'p' },
          inputArtifacts: [{ name: 'Src' }],
        },
      ],
    },
  ],
};

/** Python 2 `json.dump(obj, f, indent=4)`: a space after every line-ending comma. */
const python = (value: unknown): string => JSON.stringify(value, null, 4).replace(/,\n/g, ', \n');

const styles: [string, string][] = [
  ['2 spaces', JSON.stringify({ pipeline: declaration }, null, 2)],
  [
    '4 spaces + CRLF + final newline',
    `${JSON.stringify({ pipeline: declaration }, null, 4).replace(/\n/g, '\r\n')}\r\n`,
  ],
  ['tabs, bare', JSON.stringify(declaration, null, '\t')],
  ['python json.dump', python({ pipeline: declaration, metadata: { pipelineArn: 'arn:x' } })],
  ['minified', JSON.stringify({ pipeline: declaration })],
];

function read(text: string): PipelineJsonDocument {
  const result = parsePipelineJson(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.document;
}

function diffLines(a: string, b: string): { removed: string[]; added: string[] } {
  const left = a.split(/\r?\n/);
  const right = b.split(/\r?\n/);
  let start = 0;
  while (start < left.length && left[start] === right[start]) start++;
  let endL = left.length;
  let endR = right.length;
  while (endL > start && endR > start && left[endL - 1] === right[endR - 1]) {
    endL--;
    endR--;
  }
  return { removed: left.slice(start, endL), added: right.slice(start, endR) };
}

describe.each(styles)('printPipelineJson (%s)', (_style, text) => {
  const doc = read(text);

  it('prints an unchanged pipeline byte for byte', () => {
    expect(printPipelineJson(doc, structuredClone(doc.pipeline))).toBe(text);
  });

  it('changes only the touched line for a scalar edit', () => {
    const edited = structuredClone(doc.pipeline);
    edited.stages[1]!.actions[0]!.configuration = { ProjectName: 'renamed' };
    const out = printPipelineJson(doc, edited);
    expect(read(out).pipeline).toEqual(edited);
    const { removed, added } = diffLines(text, out);
    expect(removed).toHaveLength(1);
    expect(added).toEqual([removed[0]!.replace('"p"', '"renamed"')]);
  });

  it('inserts an action in the file style and reads back equal', () => {
    const edited = structuredClone(doc.pipeline);
    edited.stages[1]!.actions.push({
      name: 'Lint',
      actionTypeId: { category: 'Test', owner: 'AWS', provider: 'CodeBuild', version: '1' },
      inputArtifacts: [{ name: 'Src' }],
    });
    const out = printPipelineJson(doc, edited);
    expect(read(out).pipeline).toEqual(edited);
    if (doc.style.eol === '\r\n') expect(out.replace(/\r\n/g, '')).not.toMatch(/\n/);
    if (doc.style.spaceBeforeEol) expect(out).not.toMatch(/,\n/);
    if (doc.style.indent === '\t') expect(out).toMatch(/\n\t+"name": "Lint"/);
    const { removed } = diffLines(text, out);
    // Only the closing lines around the insertion point may change (a comma is added).
    expect(removed.length).toBeLessThanOrEqual(text.includes('\n') ? 2 : 1);
  });

  it('removes a stage and keeps the rest of the text', () => {
    const edited: Pipeline = { ...doc.pipeline, stages: [doc.pipeline.stages[0]!] };
    const out = printPipelineJson(doc, edited);
    expect(read(out).pipeline).toEqual(edited);
    expect(out.startsWith(text.slice(0, text.indexOf('"Source"')))).toBe(true);
  });

  it('adds a new key next to its predecessor and removes keys', () => {
    const { stages, ...rest } = doc.pipeline;
    const edited = { ...rest, pipelineType: 'V2' as const, stages };
    delete (edited as Record<string, unknown>)['roleArn'];
    const out = printPipelineJson(doc, edited as Pipeline);
    const back = read(out.replace('"pipelineType"', '"roleArn": "r", "pipelineType"'));
    expect(back.pipeline.pipelineType).toBe('V2');
    expect(out.indexOf('"pipelineType"')).toBeLessThan(out.indexOf('"stages"'));
    expect(out).not.toContain('roleArn');
  });
});

describe('printPipelineJson keeps prototype-like keys', () => {
  it('edits a sibling without losing __proto__', () => {
    const text = JSON.stringify({ pipeline: declaration }, null, 2).replace(
      '"ProjectName": "p"',
      '"ProjectName": "p",\n            "__proto__": "x"',
    );
    const doc = read(text);
    const edited = structuredClone(doc.pipeline);
    const configuration = { ...edited.stages[1]!.actions[0]!.configuration, ProjectName: 'q' };
    edited.stages[1]!.actions[0]!.configuration = configuration;
    const out = printPipelineJson(doc, edited);
    expect(out).toContain('"__proto__": "x"');
    expect(out).toContain('"ProjectName": "q"');
  });
});

describe('formatPipelineJson and encodePipelineJson', () => {
  it('prints fresh in the create-pipeline or bare shape', () => {
    const pipeline = read(JSON.stringify(declaration)).pipeline;
    expect(formatPipelineJson(pipeline)).toBe(`${JSON.stringify({ pipeline }, null, 2)}\n`);
    expect(formatPipelineJson(pipeline, 'bare')).toBe(`${JSON.stringify(pipeline, null, 2)}\n`);
  });

  it('gives back the original bytes (BOM and UTF-16 included)', () => {
    const text = JSON.stringify({ pipeline: declaration }, null, 2).replace(/\n/g, '\r\n');
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + 2 * i);
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    for (const bytes of [utf16, utf8]) {
      const result = parsePipelineJson(bytes);
      if (!result.ok) throw new Error(result.error.message);
      const printed = printPipelineJson(result.document, structuredClone(result.document.pipeline));
      expect(encodePipelineJson(result.document, printed)).toEqual(bytes);
    }
  });
});

describe('printPipelineJson on a copied document', () => {
  it('works without the remembered parse tree', () => {
    const doc = read(JSON.stringify({ pipeline: declaration }, null, 2));
    const copy = { ...doc };
    const edited = { ...doc.pipeline, name: 'renamed' };
    expect(read(printPipelineJson(copy, edited)).pipeline).toEqual(edited);
    expect(printPipelineJson(copy, edited)).toBe(printPipelineJson(doc, edited));
  });
});
