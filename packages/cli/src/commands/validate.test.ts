import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../main.js';
import { corpusPath } from '../../../../test-support/corpus.mjs';
import { fixturePath, listFixtures } from '../../../../test-support/fixtures.mjs';
import { captureIo } from './test-support.js';

const action = (
  name: string,
  category: string,
  provider: string,
  extra: Record<string, unknown>,
): Record<string, unknown> => ({
  name,
  actionTypeId: { category, owner: 'AWS', provider, version: '1' },
  ...extra,
});
const clean = {
  pipeline: {
    name: 'demo',
    roleArn: 'arn:aws:iam::123456789012:role/p',
    pipelineType: 'V2',
    artifactStore: { type: 'S3', location: 'bucket', encryptionKey: { id: 'k', type: 'KMS' } },
    stages: [
      {
        name: 'Source',
        actions: [
          action('Src', 'Source', 'ECR', {
            configuration: { RepositoryName: 'r' },
            outputArtifacts: [{ name: 'Img' }],
          }),
        ],
      },
      {
        name: 'Build',
        actions: [
          action('Build', 'Build', 'CodeBuild', {
            configuration: { ProjectName: 'p' },
            inputArtifacts: [{ name: 'Img' }],
          }),
        ],
      },
    ],
  },
};
const broken = structuredClone(clean);
broken.pipeline.stages[1]!.actions[0]!.inputArtifacts = [{ name: 'Missing' }];

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pw-validate-'));
  writeFileSync(join(dir, 'clean.json'), JSON.stringify(clean, null, 2));
  writeFileSync(join(dir, 'broken.json'), JSON.stringify(broken, null, 2));
  writeFileSync(join(dir, 'bad-syntax.json'), '{\n  "pipeline": {\n    "name": "x",,\n');
  mkdirSync(join(dir, 'tree'));
  writeFileSync(join(dir, 'tree', 'clean.json'), JSON.stringify(clean));
  writeFileSync(join(dir, 'tree', 'notes.txt'), 'not a pipeline');
});

/** A Terraform pipeline created in eu-west-1 (resource `region`) with a deploy action in us-east-1 and one store. */
const regionalTerraform = (region: string) => `resource "aws_codepipeline" "app" {
  name     = "app"
  role_arn = "arn:aws:iam::123456789012:role/p"
${region}
  artifact_store {
    location = "bucket"
    type     = "S3"
  }
  stage {
    name = "Source"
    action {
      name             = "Src"
      category         = "Source"
      owner            = "AWS"
      provider         = "S3"
      version          = "1"
      output_artifacts = ["src"]
      configuration = {
        S3Bucket    = "b"
        S3ObjectKey = "k.zip"
      }
    }
  }
  stage {
    name = "Deploy"
    action {
      name            = "Ship"
      category        = "Deploy"
      owner           = "AWS"
      provider        = "S3"
      version         = "1"
      region          = "us-east-1"
      input_artifacts = ["src"]
      configuration = {
        BucketName = "site"
        Extract    = "true"
      }
    }
  }
}
`;

describe('pipewright validate', () => {
  it('takes the pipeline Region from a Terraform resource `region` for the cross-Region rules', async () => {
    writeFileSync(join(dir, 'regional.tf'), regionalTerraform('  region   = "eu-west-1"'));
    writeFileSync(join(dir, 'unregional.tf'), regionalTerraform(''));
    const io = captureIo(dir);
    await runCli(['validate', 'regional.tf', 'unregional.tf', '--format', 'json'], io);
    const out = JSON.parse(io.out) as { file: string; diagnostics: { ruleId: string; path: string }[] }[];
    const crossRegion = (file: string) =>
      out
        .find((f) => f.file === file)!
        .diagnostics.filter((d) => d.ruleId === 'artifact-store-region')
        .map((d) => d.path);
    expect(crossRegion('regional.tf')).toEqual(['/stages/1/actions/0/region']);
    expect(crossRegion('unregional.tf')).toEqual([]);
  });

  it('exits 0 on a clean file and prints a summary', async () => {
    const io = captureIo(dir);
    expect(await runCli(['validate', 'clean.json'], io)).toBe(0);
    expect(io.out).toMatch(/1 file\(s\): 0 error\(s\)/);
  });

  it('prints file:line:column severity ruleId message and exits 1 on errors', async () => {
    const io = captureIo(dir);
    expect(await runCli(['validate', 'broken.json'], io)).toBe(1);
    const line = io.out.split('\n').find((l) => l.includes('artifact-input-produced'));
    const text = JSON.stringify(broken, null, 2).split('\n');
    const row = text.findIndex((l) => l.includes('"Missing"')) + 1;
    const col = (text[row - 1] ?? '').indexOf('"Missing"') + 1;
    expect(line).toBe(
      `broken.json:${row}:${col} error artifact-input-produced ${line!.split(' error artifact-input-produced ')[1]}`,
    );
  });

  it('writes the JSON format with line and column per diagnostic', async () => {
    const io = captureIo(dir);
    expect(await runCli(['validate', 'broken.json', 'clean.json', '--format', 'json'], io)).toBe(1);
    const out = JSON.parse(io.out) as {
      file: string;
      diagnostics: { ruleId: string; path: string; line: number; column: number; severity: string; message: string }[];
    }[];
    expect(out.map((f) => f.file)).toEqual(['broken.json', 'clean.json']);
    const d = out[0]!.diagnostics.find((x) => x.ruleId === 'artifact-input-produced')!;
    expect(d.path).toBe('/stages/1/actions/0/inputArtifacts/0/name');
    expect(d.line).toBeGreaterThan(1);
    expect(Object.keys(d).sort()).toEqual(['column', 'line', 'message', 'path', 'ruleId', 'severity']);
  });

  it('reports an unreadable file as parse-error with its position and exits 2', async () => {
    const io = captureIo(dir);
    expect(await runCli(['validate', 'bad-syntax.json', 'broken.json', '--format', 'json'], io)).toBe(2);
    const [first] = JSON.parse(io.out) as {
      file: string;
      diagnostics: { ruleId: string; line: number; column: number }[];
    }[];
    expect(first!.diagnostics).toEqual([expect.objectContaining({ ruleId: 'parse-error', line: 3 })]);
    const missing = captureIo(dir);
    expect(await runCli(['validate', 'nope.json'], missing)).toBe(2);
    expect(missing.out).toContain('nope.json:1:1 error parse-error');
  });

  it('filters by --min-severity and rejects bad option values', async () => {
    const io = captureIo(dir);
    const needsWork = fixturePath('json', '01-needs-work.json'); // two errors and three warnings
    await runCli(['validate', needsWork, '--min-severity', 'error', '--format', 'json'], io);
    const [file] = JSON.parse(io.out) as { diagnostics: { severity: string }[] }[];
    expect(file!.diagnostics.length).toBe(2);
    expect(file!.diagnostics.every((d) => d.severity === 'error')).toBe(true);
    expect(await runCli(['validate', 'clean.json', '--format', 'xml'], captureIo(dir))).toBe(2);
    expect(await runCli(['validate', 'clean.json', '--min-severity', 'fatal'], captureIo(dir))).toBe(2);
  });

  it('searches directories and names every skipped file', async () => {
    const io = captureIo(dir);
    expect(await runCli(['validate', 'tree'], io)).toBe(0);
    expect(io.out).toContain('1 file(s)');
    expect(io.err).toContain('notes.txt');
  });

  it('writes SARIF 2.1.0 that GitHub code scanning accepts', async () => {
    const io = captureIo(dir);
    await runCli(['validate', 'broken.json', '--format', 'sarif'], io);
    const log = JSON.parse(io.out) as {
      version: string;
      runs: {
        tool: { driver: { name: string; rules: { id: string }[] } };
        results: {
          ruleId: string;
          ruleIndex: number;
          level: string;
          message: { text: string };
          locations: {
            physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } };
          }[];
        }[];
      }[];
    };
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0]!;
    expect(run.tool.driver.name).toBe('pipewright');
    const result = run.results.find((r) => r.ruleId === 'artifact-input-produced')!;
    expect(run.tool.driver.rules[result.ruleIndex]!.id).toBe('artifact-input-produced');
    expect(result.level).toBe('error');
    expect(result.locations[0]!.physicalLocation.artifactLocation.uri).toBe('broken.json');
    expect(result.locations[0]!.physicalLocation.region.startLine).toBeGreaterThan(1);
    for (const r of run.results) expect(['error', 'warning', 'note']).toContain(r.level);
  });

  const validatesAll = async (folder: string, count: number) => {
    const io = captureIo(dir);
    const code = await runCli(['validate', folder, '--format', 'json'], io);
    expect([1, 2]).toContain(code); // both folders hold broken files on purpose
    expect(io.err).not.toContain('internal error');
    const files = JSON.parse(io.out) as { file: string }[];
    expect(files.length).toBe(count);
  };

  it('validates every real JSON pipeline without crashing', { tags: ['corpus'] }, () =>
    validatesAll(corpusPath('real', 'json'), 25),
  );

  it('validates every JSON fixture without crashing', () =>
    validatesAll(fixturePath('json'), listFixtures('json').length));
});
