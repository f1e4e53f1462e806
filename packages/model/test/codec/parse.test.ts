import { describe, expect, it } from 'vitest';
import { MAX_NESTING, nestingMessage, parsePipelineJson, type PipelineJsonResult } from '../../src/index.js';

const declaration = {
  name: 'demo',
  roleArn: 'arn:aws:iam::111111111111:role/pipeline',
  artifactStore: { type: 'S3', location: 'bucket' },
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

function expectError(result: PipelineJsonResult) {
  if (result.ok) throw new Error('expected an error');
  return result.error;
}

function expectDocument(result: PipelineJsonResult) {
  if (!result.ok) throw new Error(`expected a document, got ${result.error.message}`);
  return result.document;
}

describe('parsePipelineJson: shapes', () => {
  it('reads get-pipeline output and keeps the metadata', () => {
    const doc = expectDocument(
      parsePipelineJson(JSON.stringify({ pipeline: declaration, metadata: { pipelineArn: 'arn:x' } }, null, 2)),
    );
    expect(doc.shape).toBe('get-pipeline');
    expect(doc.pipeline.name).toBe('demo');
    expect(doc.envelope).toEqual({ metadata: { pipelineArn: 'arn:x' } });
  });

  it('reads create-pipeline input with tags', () => {
    const doc = expectDocument(
      parsePipelineJson(JSON.stringify({ pipeline: declaration, tags: [{ key: 'a', value: 'b' }] })),
    );
    expect(doc.shape).toBe('create-pipeline');
    expect(doc.envelope).toEqual({ tags: [{ key: 'a', value: 'b' }] });
  });

  it('reads a bare declaration', () => {
    const doc = expectDocument(parsePipelineJson(JSON.stringify(declaration)));
    expect(doc.shape).toBe('bare');
    expect(doc.envelope).toEqual({});
    expect(doc.pipeline.stages).toHaveLength(2);
  });

  it('keeps unknown fields', () => {
    const doc = expectDocument(
      parsePipelineJson(JSON.stringify({ ...declaration, futureField: { x: [1] }, stages: declaration.stages })),
    );
    expect((doc.pipeline as Record<string, unknown>)['futureField']).toEqual({ x: [1] });
  });
});

describe('parsePipelineJson: encodings', () => {
  const text = JSON.stringify({ pipeline: declaration }, null, 2).replace(/\n/g, '\r\n');

  it('decodes UTF-8 with a BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    const doc = expectDocument(parsePipelineJson(bytes));
    expect(doc.bom).toBe(true);
    expect(doc.encoding).toBe('utf-8');
    expect(doc.text).toBe(text);
    expect(doc.style.eol).toBe('\r\n');
  });

  it('decodes UTF-16 LE and BE with a BOM and CRLF', () => {
    const le = new Uint8Array(2 + text.length * 2);
    const be = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    be.set([0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      le.set([unit & 0xff, unit >> 8], 2 + 2 * i);
      be.set([unit >> 8, unit & 0xff], 2 + 2 * i);
    }
    for (const [bytes, encoding] of [
      [le, 'utf-16le'],
      [be, 'utf-16be'],
    ] as const) {
      const doc = expectDocument(parsePipelineJson(bytes));
      expect(doc.encoding).toBe(encoding);
      expect(doc.text).toBe(text);
      expect(doc.pipeline.name).toBe('demo');
    }
  });

  it('strips a BOM from a string input', () => {
    const doc = expectDocument(parsePipelineJson(`\uFEFF${text}`));
    expect(doc.bom).toBe(true);
    expect(doc.text).toBe(text);
  });

  it('reports invalid UTF-8 with its position', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('{\n  "a": "'), 0xff, 0x22, 0x7d]);
    const error = expectError(parsePipelineJson(bytes));
    expect(error.message).toMatch(/invalid UTF-8/);
    expect([error.line, error.column]).toEqual([2, 9]);
  });

  it('reports unpaired UTF-16 surrogates and odd lengths', () => {
    const lone = new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x00, 0xd8, 0x7d, 0x00]);
    expect(expectError(parsePipelineJson(lone)).message).toMatch(/unpaired surrogate/);
    const odd = new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d]);
    expect(expectError(parsePipelineJson(odd)).message).toMatch(/odd number of bytes/);
  });

  it('says so when UTF-16 comes without a BOM', () => {
    const bytes = new Uint8Array([0x7b, 0x00, 0x7d, 0x00]);
    expect(expectError(parsePipelineJson(bytes)).message).toMatch(/UTF-16 without a byte order mark/);
  });
});

describe('parsePipelineJson: syntax errors', () => {
  it.each([
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, /expected ','/],
    ['{\n  "a": [1, 2,]\n}', 2, 13, /trailing comma/],
    ['{\n  "a": 1,\n}', 2, 9, /trailing comma/],
    ['{\n  // note\n  "a": 1\n}', 2, 3, /comments are not allowed/],
    ['', 1, 1, /empty file/],
    ['   \r\n  ', 1, 1, /empty file/],
    ['{"a": "unterminated', 1, 7, /unterminated string/],
    ['{"a": 1} {"b": 2}', 1, 10, /after the end of the JSON value/],
    ['"pipeline": {}', 1, 11, /opening '\{' missing/],
    ['{\r\n  "a": tru\r\n}', 2, 8, /unexpected|expected a value/],
  ])('%j -> %i:%i', (text, line, column, message) => {
    const error = expectError(parsePipelineJson(text));
    expect(error.message).toMatch(message);
    expect([error.line, error.column]).toEqual([line, column]);
  });

  it('rejects JSON nested 10,000 deep without overflowing the stack', () => {
    const deep = `{"pipeline": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    const error = expectError(parsePipelineJson(deep));
    expect(error.message).toMatch(/nested deeper/);
    expect(error.line).toBe(1);
  });

  it('accepts a valid pipeline nested exactly MAX_NESTING deep and refuses one level more at its bracket', () => {
    // The envelope counts too: the fast path checks the whole parsed value, as the text scan counted brackets.
    const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
    const text = (levels: number) => `{"pipeline": ${JSON.stringify(declaration)}, "extra": ${nested(levels)}}`;
    expect(parsePipelineJson(text(MAX_NESTING - 1)).ok).toBe(true);
    const error = expectError(parsePipelineJson(text(MAX_NESTING)));
    expect(error.message).toBe(nestingMessage());
    expect(error.column).toBe(text(MAX_NESTING).indexOf('"extra": ') + '"extra": '.length + MAX_NESTING);
  });
});

describe('parsePipelineJson: structure errors', () => {
  it('names a missing required field at the object that lacks it', () => {
    const broken = structuredClone(declaration) as { stages: { actions: Record<string, unknown>[] }[] };
    delete broken.stages[1]!.actions[0]!['actionTypeId'];
    const text = JSON.stringify({ pipeline: broken }, null, 2);
    const error = expectError(parsePipelineJson(text));
    expect(error.message).toBe('stages[1].actions[0]: missing required field actionTypeId');
    const lines = text.split('\n');
    // The action object opens on the line before `"name": "Compile"`.
    const nameLine = lines.findIndex((l) => l.includes('"Compile"'));
    expect(error.line).toBe(nameLine);
    expect(error.column).toBe((lines[nameLine - 1] as string).indexOf('{') + 1);
  });

  it('explains a wrong type at the offending value', () => {
    const text = JSON.stringify({ ...declaration, stages: [{ ...declaration.stages[0], name: 42 }] }, null, 2);
    const error = expectError(parsePipelineJson(text));
    expect(error.message).toBe('stages[0].name: expected a string, got number 42');
    expect(text.split('\n')[error.line - 1]?.slice(error.column - 1)).toMatch(/^42/);
  });

  it('lists enum values', () => {
    const stage = declaration.stages[0]!;
    const action = { ...stage.actions[0]!, actionTypeId: { ...stage.actions[0]!.actionTypeId, category: 'Sauce' } };
    const text = JSON.stringify({ ...declaration, stages: [{ ...stage, actions: [action] }] });
    expect(expectError(parsePipelineJson(text)).message).toMatch(
      /^stages\[0\]\.actions\[0\]\.actionTypeId\.category: expected one of "Source", .*got string "Sauce"$/,
    );
  });

  it('says when a file is not a CodePipeline pipeline', () => {
    const elasticsearch = '{\n  "description": "ingest",\n  "processors": [{ "set": { "field": "a", "value": 1 } }]\n}';
    const error = expectError(parsePipelineJson(elasticsearch));
    expect(error.message).toMatch(/not a CodePipeline pipeline/);
    expect([error.line, error.column]).toEqual([1, 1]);
    expect(expectError(parsePipelineJson('[1, 2]')).message).toMatch(
      /not a CodePipeline pipeline: the file holds an array/,
    );
    expect(expectError(parsePipelineJson('{"pipeline": "x"}')).message).toMatch(/"pipeline" is a string/);
  });
});

describe('parsePipelineJson: prototype-like keys', () => {
  const text = JSON.stringify({ pipeline: declaration }).replace(
    '"ProjectName":"p"',
    '"ProjectName":"p","__proto__":{"polluted":"yes"},"constructor":"c","prototype":"q"',
  );

  it('keeps __proto__, constructor and prototype as plain data', () => {
    const doc = expectDocument(parsePipelineJson(text));
    const configuration = doc.pipeline.stages[1]!.actions[0]!.configuration as Record<string, unknown>;
    expect(Object.keys(configuration)).toEqual(['ProjectName', '__proto__', 'constructor', 'prototype']);
    expect(Object.getOwnPropertyDescriptor(configuration, '__proto__')?.value).toEqual({ polluted: 'yes' });
    expect(Object.getPrototypeOf(configuration)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect((configuration as Record<string, unknown>)['polluted']).toBeUndefined();
    // Spreading copies the key as data, and it survives a print.
    const copy = { ...configuration };
    expect(Object.hasOwn(copy, '__proto__')).toBe(true);
    expect(JSON.stringify(copy)).toContain('"__proto__":{"polluted":"yes"}');
  });
});

describe('source map', () => {
  const text = JSON.stringify({ pipeline: declaration, metadata: { pipelineArn: 'arn:x' } }, null, 2);
  const doc = expectDocument(parsePipelineJson(text));

  it('maps a pointer to the range of its value', () => {
    const range = doc.sourceMap.rangeOf('/stages/1/actions/0/name');
    expect(range).toBeDefined();
    expect(text.slice(range!.offset, range!.offset + range!.length)).toBe('"Compile"');
    const line = text.split('\n')[range!.line - 1] as string;
    expect(line.slice(range!.column - 1)).toBe('"Compile",');
  });

  it('falls back to the nearest existing ancestor', () => {
    const missing = doc.sourceMap.rangeOf('/stages/1/actions/0/runOrder');
    const action = doc.sourceMap.rangeOf('/stages/1/actions/0');
    expect(missing).toEqual(action);
    expect(doc.sourceMap.rangeOf('/stages/9')).toEqual(doc.sourceMap.rangeOf('/stages'));
    expect(doc.sourceMap.rangeOf('')?.offset).toBe(text.indexOf('{', 1));
  });

  it('maps an offset back to a pointer', () => {
    expect(doc.sourceMap.pointerAt(text.indexOf('"Compile"') + 2)).toBe('/stages/1/actions/0/name');
    expect(doc.sourceMap.pointerAt(text.indexOf('"ProjectName"') + 1)).toBe(
      '/stages/1/actions/0/configuration/ProjectName',
    );
    expect(doc.sourceMap.pointerAt(text.indexOf('arn:x'))).toBe('');
  });

  it('escapes pointer segments both ways', () => {
    const odd = { ...declaration, 'a/b~c': 'x' };
    const oddDoc = expectDocument(parsePipelineJson(JSON.stringify(odd)));
    const range = oddDoc.sourceMap.rangeOf('/a~1b~0c');
    expect(oddDoc.text.slice(range!.offset, range!.offset + range!.length)).toBe('"x"');
    expect(oddDoc.sourceMap.pointerAt(range!.offset)).toBe('/a~1b~0c');
  });
});

describe('parsePipelineJson: a value parsed by the caller', () => {
  const text = JSON.stringify({ pipeline: declaration }, null, 2);

  it('reads the value given instead of parsing the text again, with the same document', () => {
    const parsed: unknown = JSON.parse(text);
    const given = parsePipelineJson(text, { parsed });
    const own = parsePipelineJson(text);
    if (!given.ok || !own.ok) throw new Error('expected both to parse');
    expect(given.document.pipeline).toBe((parsed as { pipeline: unknown }).pipeline);
    expect({ ...given.document, sourceMap: undefined }).toEqual({ ...own.document, sourceMap: undefined });
    expect(given.document.sourceMap.rangeOf('/stages/0')).toEqual(own.document.sourceMap.rangeOf('/stages/0'));
  });

  it("ignores it for text with a byte order mark, and errors are the tree reader's", () => {
    const withBom = parsePipelineJson(`\uFEFF${text}`, { parsed: { pipeline: { name: 'other' } } });
    expect(withBom.ok && withBom.document.pipeline.name).toBe('demo');
    const invalid = { pipeline: { ...declaration, stages: 'none' } };
    expect(parsePipelineJson(JSON.stringify(invalid), { parsed: invalid })).toEqual(
      parsePipelineJson(JSON.stringify(invalid)),
    );
  });
});
