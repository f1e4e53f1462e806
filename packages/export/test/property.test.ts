import { deepEqual, type Pipeline } from '@pipewright/model';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { importCloudFormation } from '../src/cloudformation/import.js';
import { emitCloudFormation, emitCloudFormationJson } from '../src/cloudformation/index.js';
import { emitJson } from '../src/json/emit.js';
import { importApiJson } from '../src/json/import.js';
import { planExport } from '../src/plan/index.js';
import { hostileKey, hostilePipeline, hostileString } from './support/hostile.js';
import { isSafePlain, writeCfnYaml } from '../src/cloudformation/yaml-writer.js';
import { readCfnYaml } from '../src/cloudformation/yaml-reader.js';
import { tsString } from '../src/cdk/ts-literal.js';

/* Escaping lives in one place per target language; these properties hold it to account. */

function roundTrip(pipeline: Pipeline, target: 'json' | 'cloudformation' | 'cloudformation-json'): Pipeline {
  const plan = planExport(pipeline, { target });
  const text =
    target === 'json'
      ? emitJson(plan).text
      : target === 'cloudformation'
        ? emitCloudFormation(plan).text
        : emitCloudFormationJson(plan).text;
  const back = target === 'json' ? importApiJson(text) : importCloudFormation(text);
  if (!back.ok) throw new Error(`${target}: ${back.error.message} at ${back.error.line}:${back.error.column}\n${text}`);
  const first = back.pipelines[0];
  if (!first) throw new Error('no pipeline');
  return first.pipeline;
}

describe('hostile strings survive every export -> import round trip', () => {
  for (const target of ['json', 'cloudformation', 'cloudformation-json'] as const) {
    it(`${target}`, () => {
      fc.assert(
        fc.property(hostilePipeline, (pipeline) => {
          const back = roundTrip(pipeline, target);
          expect(deepEqual(back, pipeline)).toBe(true);
        }),
        { numRuns: 60, seed: 20261126 },
      );
    });
  }

  it('keeps __proto__, constructor and prototype as plain configuration data, Object.prototype untouched', () => {
    const pipeline = fc.sample(hostilePipeline, { numRuns: 1, seed: 7 })[0] as Pipeline;
    const action = pipeline.stages[1]?.actions[0];
    if (!action) throw new Error('generator changed');
    const configuration: Record<string, string> = {};
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      Object.defineProperty(configuration, key, {
        value: `v-${key}`,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    action.configuration = configuration;
    for (const target of ['json', 'cloudformation', 'cloudformation-json'] as const) {
      const back = roundTrip(pipeline, target);
      const config = back.stages[1]?.actions[0]?.configuration ?? {};
      expect(Object.keys(config)).toEqual(['__proto__', 'constructor', 'prototype']);
      expect(Object.getPrototypeOf(config)).toBe(Object.prototype);
      expect(Object.getOwnPropertyDescriptor(config, '__proto__')?.value).toBe('v-__proto__');
    }
    expect(Object.prototype).not.toHaveProperty('v-__proto__');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('YAML writer', () => {
  it('writes every string so that it reads back the same', () => {
    fc.assert(
      fc.property(fc.dictionary(hostileKey, hostileString), (record) => {
        const text = writeCfnYaml({ Record: record });
        const read = readCfnYaml(text);
        expect(read.ok).toBe(true);
        if (read.ok) expect(deepEqual((read.source.data as { Record: unknown }).Record, record)).toBe(true);
        // A YAML 1.1 reader with merge keys (PyYAML, as cfn-lint uses) reads the same strings.
        const legacy = parseDocument(text, { version: '1.1', merge: true }).toJS({ mapAsMap: true }) as Map<
          string,
          Map<string, unknown>
        >;
        expect([...(legacy.get('Record') ?? new Map()).entries()]).toEqual(Object.entries(record));
      }),
      { numRuns: 200, seed: 1 },
    );
  });

  it('writes plain only what no YAML reader could take for something else', () => {
    for (const text of [
      'yes',
      'No',
      'null',
      '~',
      '1',
      '0x1F',
      '1e3',
      '- a',
      '---',
      'a: b',
      'a #b',
      '*a',
      '&a',
      '!a',
      '',
      ' a',
      'a ',
    ]) {
      expect(isSafePlain(text), text).toBe(false);
    }
    for (const text of ['main', 'arn:aws:iam::123456789012:role/x', 'Deploy to prod', 'a-b_c.d/e']) {
      expect(isSafePlain(text), text).toBe(true);
    }
  });

  it('writes intrinsics in short form and reads them back in JSON form', () => {
    const template = {
      A: { Ref: 'X' },
      B: { 'Fn::GetAtt': ['R', 'Arn'] },
      C: { 'Fn::Sub': 'a-${X}' },
      D: { 'Fn::If': ['C', { Ref: 'Y' }, 'z'] },
    };
    const text = writeCfnYaml(template);
    expect(text).toContain('A: !Ref X');
    expect(text).toContain('B: !GetAtt R.Arn');
    expect(text).toContain('!If');
    const read = readCfnYaml(text);
    expect(read.ok && deepEqual(read.source.data, template)).toBe(true);
  });
});

describe('TypeScript string literals', () => {
  it('evaluate to the string they were made from', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), hostileString, (a, b) => {
        for (const text of [a, b]) expect(new Function(`return ${tsString(text)};`)()).toBe(text);
      }),
      { numRuns: 300, seed: 2 },
    );
  });
});
