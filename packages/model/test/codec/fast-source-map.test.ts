import { describe, expect, it } from 'vitest';
import { formatPipelineJson, generatePipeline, parsePipelineJson } from '../../src/index.js';
import { LineIndex } from '../../src/text/line-index.js';
import { createSourceMap } from '../../src/codec/source-map.js';
import { parseJsonTree } from '../../src/codec/syntax.js';
import { formatPointer } from '../../src/pointer/json-pointer.js';

/** Every pointer in a value, plus one missing child under each container. */
function pointers(value: unknown, path: (string | number)[] = []): string[] {
  const own = [formatPointer(path)];
  if (Array.isArray(value)) {
    return [...own, formatPointer([...path, value.length]), ...value.flatMap((v, i) => pointers(v, [...path, i]))];
  }
  if (typeof value === 'object' && value !== null) {
    return [
      ...own,
      formatPointer([...path, 'no such key']),
      ...Object.entries(value).flatMap(([k, v]) => pointers(v, [...path, k])),
    ];
  }
  return [...own, formatPointer([...path, 'below a scalar'])];
}

/** The fast reader's ranges must be the tree's, pointer for pointer. */
function expectSameRanges(text: string, declarationPath: string[]): void {
  const result = parsePipelineJson(text);
  if (!result.ok) throw new Error(result.error.message);
  const tree = parseJsonTree(text);
  if (!tree.ok) throw new Error(tree.message);
  const reference = createSourceMap(tree.root, declarationPath, new LineIndex(text));
  for (const pointer of pointers(result.document.pipeline)) {
    expect(result.document.sourceMap.rangeOf(pointer), pointer).toEqual(reference.rangeOf(pointer));
  }
}

const declaration = (extra: string) =>
  `{"name":"p","roleArn":"arn:aws:iam::1:role/r","artifactStore":{"type":"S3","location":"b"},${extra}"stages":[` +
  `{"name":"Source","actions":[{"name":"S","actionTypeId":{"category":"Source","owner":"AWS","provider":"S3","version":"1"},` +
  `"configuration":{"S3Bucket":"b","S3ObjectKey":"k"},"outputArtifacts":[{"name":"src"}],"runOrder":1}]},` +
  `{"name":"Build","actions":[{"name":"B","actionTypeId":{"category":"Build","owner":"AWS","provider":"CodeBuild","version":"1"},` +
  `"configuration":{"ProjectName":"x"},"inputArtifacts":[{"name":"src"}]}]}]}`;

describe('the fast JSON reader source map', () => {
  it('matches the parse tree on every pointer of a generated pipeline', () => {
    expectSameRanges(formatPipelineJson(generatePipeline({ stages: 3, actionsPerStage: 4 })), ['pipeline']);
  });

  it('matches on compact, tab-indented and CRLF text, bare and wrapped', () => {
    const compact = declaration('');
    expectSameRanges(compact, []);
    expectSameRanges(`{"metadata":{"version":1},"pipeline":${compact}}`, ['pipeline']);
    const tabs = JSON.stringify({ pipeline: JSON.parse(compact) }, null, '\t').replace(/\n/g, '\r\n');
    expectSameRanges(tabs, ['pipeline']);
  });

  it('matches on escaped, duplicate and odd keys, numbers and literals', () => {
    const odd = declaration(
      '"a~/b\\"q\\u00e9":[1,-2.5e+3,true,false,null,{}],"dup":1,"dup":{"x":[ ]},"__proto__":{"k":"v"},"s":"x\\\\",',
    );
    expectSameRanges(odd, []);
    expectSameRanges(`{ "pipeline" : ${odd.replace(/,/g, ' ,\n  ')} }`, ['pipeline']);
  });
});
