import { describe, expect, it } from 'vitest';
import { generatePipeline } from '@pipewright/model';
import { exportPipeline } from '../../src/index.js';
import { readCfnJson } from '../../src/cloudformation/json-reader.js';
import type { TemplateSource } from '../../src/cloudformation/source.js';
import { readYamlDocument } from '../../src/cloudformation/yaml-reader.js';
import { pointerOf } from '../../src/plan/pointer.js';

/** Every pointer in a value, plus a missing child under each object. */
function pointers(value: unknown, path: (string | number)[] = []): string[] {
  const own = [pointerOf(path)];
  if (Array.isArray(value)) return [...own, ...value.flatMap((v, i) => pointers(v, [...path, i]))];
  if (typeof value === 'object' && value !== null) {
    return [
      ...own,
      pointerOf([...path, 'missing']),
      ...Object.entries(value).flatMap(([k, v]) => pointers(v, [...path, k])),
    ];
  }
  return own;
}

function position(source: TemplateSource, pointer: string) {
  const offset = source.offsets.get(pointer);
  return offset === undefined ? undefined : { offset, ...source.lines.position(offset) };
}

/** The JSON reader must give the YAML reader's data and positions, pointer for pointer. */
function expectSameAsYaml(text: string): void {
  const fast = readCfnJson(text);
  const slow = readYamlDocument(text);
  if (!fast?.ok || !slow.ok) throw new Error('both readers should accept the text');
  expect(fast.source.data).toEqual(slow.source.data);
  for (const pointer of pointers(slow.source.data)) {
    expect(position(fast.source, pointer), pointer).toEqual(position(slow.source, pointer));
  }
}

describe('readCfnJson', () => {
  it('reads an exported template like the YAML reader', () => {
    const pipeline = generatePipeline({ stages: 3, actionsPerStage: 3 });
    const text = exportPipeline(pipeline, 'cloudformation-json', { monitoring: true }).text;
    expectSameAsYaml(text);
    expectSameAsYaml(text.replace(/\n/g, '\r\n'));
    expectSameAsYaml(JSON.stringify(JSON.parse(text)));
  });

  it('reads escaped and odd keys like the YAML reader', () => {
    expectSameAsYaml('{"Resources":{"a~/b\\"\\u00e9":{"Type":"X","Properties":{"L":[1,-2.5e3,true,null,{},[]]}}}}');
  });

  it('finds repeated keys where the YAML reader finds them', () => {
    const text = '{"Resources":{"A":{},\r"A":{"B":1,"B":2}}}';
    const fast = readCfnJson(text);
    const slow = readYamlDocument(text);
    if (!fast?.ok || !slow.ok) throw new Error('both readers should accept the text');
    expect(fast.source.duplicates).toEqual(slow.source.duplicates);
    expect(fast.source.duplicates).toHaveLength(2);
  });

  it('reports broken JSON as JSON, where YAML would accept it, and leaves YAML to the YAML reader', () => {
    expect(readCfnJson('{"Resources":{"A":{},}}')).toEqual({
      ok: false,
      error: { message: 'trailing comma is not allowed in JSON', line: 1, column: 21 },
    });
    expect(readYamlDocument('{"Resources":{"A":{},}}').ok).toBe(true);
    expect(readCfnJson('Resources:\n  A: {}\n')).toBeUndefined();
  });
});
