import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../main.js';
import { captureIo } from './test-support.js';

/*
 * pipewright diff: a Terraform file against the same pipeline as get-pipeline
 * JSON is no change (version, metadata, [] versus absent, defaults, a masked
 * secret versus a variable); one real edit is exactly that edit.
 */

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/diff');
const tf = readFileSync(join(fixtures, 'pipeline.tf'), 'utf8');

interface JsonReport {
  old: { file: string; pipeline: string };
  new: { file: string; pipeline: string };
  changes: {
    kind: string;
    target: string;
    field: string;
    oldPath?: string;
    newPath?: string;
    oldValue?: unknown;
    newValue?: unknown;
    risks: string[];
  }[];
  risks: { id: string; severity: string; oldPath?: string; newPath?: string }[];
}

describe('pipewright diff', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pipewright-diff-'));
    copyFileSync(join(fixtures, 'get-pipeline.json'), join(dir, 'live.json'));
    copyFileSync(join(fixtures, 'pipeline.tf'), join(dir, 'pipeline.tf'));
    writeFileSync(join(dir, 'edited.tf'), tf.replace('ServiceName = "web"', 'ServiceName = "api"'));
    writeFileSync(
      join(dir, 'risky.tf'),
      tf
        .replace(/ {4}action \{\n {6}name {5}= "Approve"[\s\S]*?\n {4}\}\n\n/, '')
        .replace(
          'role_arn = "arn:aws:iam::123456789012:role/shop-pipeline"',
          'role_arn = "arn:aws:iam::210987654321:role/shop-pipeline"',
        ),
    );
    writeFileSync(join(dir, 'broken.json'), '{ "pipeline": ');
  });

  it('a Terraform file and the same pipeline as get-pipeline JSON: no change, exit 0', async () => {
    const io = captureIo(dir);
    expect(await runCli(['diff', 'live.json', 'pipeline.tf', '--format', 'json'], io)).toBe(0);
    const report = JSON.parse(io.out) as JsonReport;
    expect(report.changes).toEqual([]);
    expect(report.risks).toEqual([]);
    expect(report.old.pipeline).toBe('shop-release');
    expect(report.new.pipeline).toBe('shop');
    const text = captureIo(dir);
    expect(await runCli(['diff', 'pipeline.tf', 'live.json'], text)).toBe(0);
    expect(text.out).toBe('pipeline.tf -> live.json: no change\n');
  });

  it('the same pipeline as CloudFormation (secret as a NoEcho parameter) is no change against both', async () => {
    const convert = captureIo(dir);
    expect(await runCli(['convert', 'live.json', '--to', 'cloudformation', '-o', 'live.yaml'], convert)).toBe(0);
    for (const other of ['live.json', 'pipeline.tf']) {
      const io = captureIo(dir);
      expect(await runCli(['diff', other, 'live.yaml'], io), other).toBe(0);
      expect(io.out).toBe(`${other} -> live.yaml: no change\n`);
    }
  });

  it('one real edit is exactly that edit, exit 1', async () => {
    const io = captureIo(dir);
    expect(await runCli(['diff', 'live.json', 'edited.tf', '--format', 'json'], io)).toBe(1);
    const report = JSON.parse(io.out) as JsonReport;
    expect(report.changes.map((c) => [c.kind, c.target, c.oldPath, c.newPath, c.oldValue, c.newValue])).toEqual([
      [
        'changed',
        'action',
        '/stages/2/actions/1/configuration/ServiceName',
        '/stages/2/actions/1/configuration/ServiceName',
        'web',
        'api',
      ],
    ]);
  });

  it('text and markdown put the risks first', async () => {
    const text = captureIo(dir);
    expect(await runCli(['diff', 'pipeline.tf', 'risky.tf'], text)).toBe(1);
    const risksAt = text.out.indexOf('Risks:');
    expect(risksAt).toBeGreaterThan(0);
    expect(text.out.indexOf('approval-removed')).toBeGreaterThan(risksAt);
    expect(text.out.indexOf('Changes:')).toBeGreaterThan(text.out.indexOf('approval-removed'));

    const json = captureIo(dir);
    await runCli(['diff', 'pipeline.tf', 'risky.tf', '--format', 'json'], json);
    const report = JSON.parse(json.out) as JsonReport;
    expect(report.risks.map((r) => r.id).sort()).toEqual(['approval-removed', 'new-account', 'pipeline-role-changed']);
    expect(report.changes.map((c) => [c.kind, c.field, c.oldPath])).toEqual([
      ['changed', '/roleArn', '/roleArn'],
      ['removed', '', '/stages/2/actions/0'],
    ]);

    const md = captureIo(dir);
    expect(await runCli(['diff', 'pipeline.tf', 'risky.tf', '--format', 'markdown'], md)).toBe(1);
    expect(md.out).toMatch(/^### /);
    expect(md.out.indexOf('#### Risks')).toBeLessThan(md.out.indexOf('#### Changes'));
    expect(md.out).toContain('`approval-removed`');
    expect(md.out).toContain("**Stage 'Prod'**");
  });

  it('unreadable input, a missing pipeline or bad usage: exit 2 with where and why', async () => {
    const broken = captureIo(dir);
    expect(await runCli(['diff', 'live.json', 'broken.json'], broken)).toBe(2);
    expect(broken.err).toMatch(/^broken\.json:1:\d+: /);
    const missing = captureIo(dir);
    expect(await runCli(['diff', 'live.json', 'nope.tf'], missing)).toBe(2);
    expect(missing.err).toContain('nope.tf: cannot read the file: no such file');
    const resource = captureIo(dir);
    expect(await runCli(['diff', 'live.json', 'pipeline.tf', '--resource', 'other'], resource)).toBe(2);
    expect(resource.err).toContain('live.json: no pipeline "other" (found: shop-release)');
    const format = captureIo(dir);
    expect(await runCli(['diff', 'live.json', 'pipeline.tf', '--format', 'sarif'], format)).toBe(2);
    const one = captureIo(dir);
    expect(await runCli(['diff', 'live.json'], one)).toBe(2);
    expect(one.err).toContain('give the old and the new file');
  });

  it('--resource picks the pipeline by id or by pipeline name on each side', async () => {
    const io = captureIo(dir);
    expect(await runCli(['diff', 'live.json', 'edited.tf', '--resource', 'shop-release'], io)).toBe(1);
    const byId = captureIo(dir);
    expect(await runCli(['diff', 'live.json', 'edited.tf', '--id', 'nope'], byId)).toBe(2);
    expect(byId.err).toContain('no pipeline "nope"');
  });
});

describe('pipewright diff --git', () => {
  let repo: string;
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: repo,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@e',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@e',
      },
    });
  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'pipewright-diff-git-'));
    git('init', '-q', '-b', 'main');
    execFileSync('mkdir', ['-p', join(repo, 'infra')]);
    writeFileSync(join(repo, 'infra/pipeline.tf'), tf);
    git('add', '.');
    git('commit', '-qm', 'first');
    writeFileSync(
      join(repo, 'infra/pipeline.tf'),
      tf.replace('ProjectName = "shop-build"', 'ProjectName = "shop-build-v2"'),
    );
    git('commit', '-qam', 'second');
    writeFileSync(
      join(repo, 'infra/pipeline.tf'),
      tf.replace('ProjectName = "shop-build"', 'ProjectName = "shop-build-v3"'),
    );
  });

  it('compares the working file with a revision of itself (REV), from any folder', async () => {
    const io = captureIo(join(repo, 'infra'));
    expect(await runCli(['diff', 'pipeline.tf', '--git', 'HEAD~1', '--format', 'json'], io)).toBe(1);
    const report = JSON.parse(io.out) as JsonReport;
    expect(report.old.file).toBe('HEAD~1:pipeline.tf');
    expect(report.changes.map((c) => [c.newPath, c.oldValue, c.newValue])).toEqual([
      ['/stages/1/actions/0/configuration/ProjectName', 'shop-build', 'shop-build-v3'],
    ]);
  });

  it('takes REV:path from the repository root', async () => {
    const io = captureIo(repo);
    expect(await runCli(['diff', 'infra/pipeline.tf', '--git', 'main:infra/pipeline.tf', '--format', 'json'], io)).toBe(
      1,
    );
    const report = JSON.parse(io.out) as JsonReport;
    expect(report.changes.map((c) => [c.oldValue, c.newValue])).toEqual([['shop-build-v2', 'shop-build-v3']]);
  });

  it('an unknown revision is exit 2 with what git said', async () => {
    const io = captureIo(repo);
    expect(await runCli(['diff', 'infra/pipeline.tf', '--git', 'no-such-branch'], io)).toBe(2);
    expect(io.err).toContain('git show no-such-branch:infra/pipeline.tf');
  });
});
