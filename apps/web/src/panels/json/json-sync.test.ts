import { deepEqual, parsePipelineJson, type Pipeline } from '@pipewright/model';
import { importPipelines } from '@pipewright/export';
import { describe, expect, it } from 'vitest';
import { documentFor, markersFor, readEditedText } from './json-sync.js';

const pipeline: Pipeline = {
  name: 'demo',
  roleArn: 'arn:aws:iam::123456789012:role/demo',
  stages: [
    {
      name: 'Source',
      actions: [
        {
          name: 'Src',
          actionTypeId: { category: 'Source', owner: 'AWS', provider: 'S3', version: '1' },
          configuration: { S3Bucket: 'b', S3ObjectKey: 'k.zip' },
          outputArtifacts: [{ name: 'out' }],
        },
      ],
    },
  ],
};

describe('JSON view sync', () => {
  it('shows a new pipeline as create-pipeline input', () => {
    const doc = documentFor(pipeline, undefined);
    expect(doc.shape).toBe('create-pipeline');
    expect(JSON.parse(doc.text)).toEqual({ pipeline });
  });

  it('keeps the shape and indentation of the file it came from', () => {
    const original = parsePipelineJson(JSON.stringify(pipeline, null, 4));
    if (!original.ok) throw new Error(original.error.message);
    const renamed = { ...pipeline, name: 'renamed' };
    const doc = documentFor(renamed, original.document);
    expect(doc.shape).toBe('bare');
    expect(doc.text).toContain('    "name": "renamed"');
  });

  it('marks a diagnostic on the text of its pointer', () => {
    const doc = documentFor(pipeline, undefined);
    const [marker] = markersFor(doc, [
      { ruleId: 'R1', severity: 'error', message: 'bad', path: '/stages/0/actions/0/configuration/S3Bucket' },
    ]);
    expect(doc.text.slice(marker!.start, marker!.end)).toBe('"b"');
  });

  it('marks a diagnostic on a whole object on its first line only', () => {
    const doc = documentFor(pipeline, undefined);
    const [marker] = markersFor(doc, [
      { ruleId: 'R2', severity: 'warning', message: 'x', path: '/stages/0/actions/0' },
    ]);
    expect(doc.text.slice(marker!.start, marker!.end)).not.toContain('\n');
  });

  it('reads an edited text as a change, no change, or an error with its position', () => {
    const text = documentFor(pipeline, undefined).text;
    expect(readEditedText(text, pipeline, deepEqual).kind).toBe('unchanged');
    expect(readEditedText(text.replace('"demo"', '"other"'), pipeline, deepEqual).kind).toBe('changed');
    const broken = readEditedText(text.replace('"demo",', '"demo"'), pipeline, deepEqual);
    expect(broken.kind).toBe('invalid');
    if (broken.kind === 'invalid') expect(broken.error.line).toBeGreaterThan(1);
  });

  it('refuses a key typed twice with the error the importer gives, not the last one winning', () => {
    const text = documentFor(pipeline, undefined).text.replace('"name": "demo",', '"name": "demo",\n    "name": "x",');
    const outcome = readEditedText(text, pipeline, deepEqual);
    const imported = importPipelines(text, { fileName: 'pipeline.json' });
    if (imported.ok) throw new Error('the importer should refuse the repeated key');
    expect(imported.error.code).toBe('duplicate-key');
    const { message, line, column } = imported.error;
    expect(outcome).toEqual({ kind: 'invalid', error: { message, line, column } });
  });
});
