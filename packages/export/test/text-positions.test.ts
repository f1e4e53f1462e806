import { MAX_NESTING, nestingMessage } from '@pipewright/model';
import { describe, expect, it } from 'vitest';
import { importPipelines } from '../src/import/import-pipelines.js';
import { minimalPipeline } from './support/minimal.js';

/*
 * Every importer turns offsets into positions through the model's one line index, so the same
 * defect at the same place of a file gets the same line:column whatever the format and
 * whatever the line ends (LF, CRLF, or CR only).
 */

const LINE_ENDS = { LF: '\n', CRLF: '\r\n', CR: '\r' } as const;

const pipeline = JSON.stringify(minimalPipeline());
const unnamed = JSON.stringify({ ...minimalPipeline(), name: undefined });
const cfnPipeline = JSON.stringify({
  Type: 'AWS::CodePipeline::Pipeline',
  Properties: { Name: 'demo', RoleArn: 'arn:aws:iam::123456789012:role/pipeline', Stages: [] },
});
const tfPipeline = JSON.stringify({ p: { name: 'demo', role_arn: 'arn:aws:iam::123456789012:role/pipeline' } });

function importLines(lines: readonly string[], end: string, fileName: string) {
  const result = importPipelines(lines.join(end), { fileName });
  if (result.ok) throw new Error(`${fileName} imported; expected an error`);
  return result.error;
}

describe('the same defect gets the same line:column in every format and with every line end', () => {
  // The repeated key is the second spelling on line 4, column 5 of each file.
  const repeated: Record<string, { fileName: string; lines: string[] }> = {
    'API JSON': {
      fileName: 'pipeline.json',
      lines: [
        '{',
        '  "pipeline": {',
        '    "name": "demo",',
        '    "name": "demo",',
        `    ${unnamed.slice(1, -1)}`,
        '  }',
        '}',
      ],
    },
    'CloudFormation JSON': {
      fileName: 'template.json',
      lines: ['{', '  "Resources": {', `    "Pipeline": ${cfnPipeline},`, `    "Pipeline": ${cfnPipeline}`, '  }', '}'],
    },
    'CloudFormation YAML': {
      fileName: 'template.yaml',
      lines: [
        'Resources:',
        '  Pipeline:',
        '    Type: AWS::CodePipeline::Pipeline',
        '    Type: AWS::CodePipeline::Pipeline',
        '    Properties: {}',
      ],
    },
    '.tf.json': {
      fileName: 'main.tf.json',
      lines: [
        '{',
        '  "resource": {',
        `    "aws_codepipeline": ${tfPipeline},`,
        `    "aws_codepipeline": ${tfPipeline}`,
        '  }',
        '}',
      ],
    },
  };

  it.each(Object.keys(repeated))('a repeated key in %s', (format) => {
    const { fileName, lines } = repeated[format] as { fileName: string; lines: string[] };
    for (const [name, end] of Object.entries(LINE_ENDS)) {
      const error = importLines(lines, end, fileName);
      expect(error.code, `${name}: ${error.message}`).toBe('duplicate-key');
      expect({ line: error.line, column: error.column }, name).toEqual({ line: 4, column: 5 });
      expect(error.message, name).toContain(`at line 3, column 5 and line 4, column 5`);
    }
  });

  // A trailing comma: JSON forbids it in each of its three formats (YAML allows it, so it is no defect there).
  // The comma ends line 3 of each file.
  const trailingComma: Record<string, { fileName: string; lines: string[] }> = {
    'API JSON': { fileName: 'pipeline.json', lines: ['{', '  "pipeline": {', `    "x": ${pipeline},`, '  }', '}'] },
    'CloudFormation JSON': {
      fileName: 'template.json',
      lines: ['{', '  "Resources": {', `    "Pipeline": ${cfnPipeline},`, '  }', '}'],
    },
    '.tf.json': {
      fileName: 'main.tf.json',
      lines: ['{', '  "resource": {', `    "aws_codepipeline": ${tfPipeline},`, '  }', '}'],
    },
  };

  it.each(Object.keys(trailingComma))('a trailing comma in %s', (format) => {
    const { fileName, lines } = trailingComma[format] as (typeof trailingComma)[string];
    const expected = { line: 3, column: (lines[2] as string).length };
    for (const [name, end] of Object.entries(LINE_ENDS)) {
      const error = importLines(lines, end, fileName);
      expect({ line: error.line, column: error.column, message: error.message }, name).toEqual({
        ...expected,
        message: 'trailing comma is not allowed in JSON',
      });
    }
  });
});

describe(`one nesting limit (${MAX_NESTING} levels) in every format`, () => {
  /** A file of `format` whose deepest value is nested `depth` levels, and the offset of its deepest bracket. */
  const files: Record<string, { fileName: string; make: (depth: number) => string[] }> = {
    'API JSON': { fileName: 'pipeline.json', make: (d) => ['{', `  "pipeline": ${nested(d - 1)}`, '}'] },
    'CloudFormation JSON': { fileName: 'template.json', make: (d) => ['{', `  "Resources": ${nested(d - 1)}`, '}'] },
    // YAML counts a line's indentation as levels before its first bracket; brackets after it count alone.
    'CloudFormation YAML': { fileName: 'template.yaml', make: (d) => ['Resources:', `  Pipeline: ${nested(d)}`] },
    '.tf.json': { fileName: 'main.tf.json', make: (d) => ['{', `  "locals": ${nested(d - 1)}`, '}'] },
    'Terraform HCL': { fileName: 'main.tf', make: (d) => ['locals {', `  x = ${nested(d - 1)}`, '}'] },
  };

  function nested(depth: number): string {
    return '['.repeat(depth) + ']'.repeat(depth);
  }

  it.each(Object.keys(files))('%s: the limit itself is read, one level more is refused where it starts', (format) => {
    const { fileName, make } = files[format] as (typeof files)[string];
    for (const [name, end] of Object.entries(LINE_ENDS)) {
      const atLimit = importPipelines(make(MAX_NESTING).join(end), { fileName });
      if (!atLimit.ok) expect(atLimit.error.message, `${name}: at the limit`).not.toBe(nestingMessage());

      const lines = make(MAX_NESTING + 1);
      const error = importLines(lines, end, fileName);
      const firstBracketLevel = format === 'CloudFormation YAML' ? 1 : 2;
      const deepest = (lines[1] as string).indexOf('[') + MAX_NESTING + 1 - firstBracketLevel;
      expect({ message: error.message, line: error.line, column: error.column }, name).toEqual({
        message: nestingMessage(),
        line: 2,
        column: deepest + 1,
      });
    }
  });
});
