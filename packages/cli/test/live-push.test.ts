import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { templates, type Pipeline } from '@pipewright/model';
import { createPipelineRole, filledTemplate, sdkClient, updateBehindTheBack } from './live/aws-fixtures.js';
import { MOTO_TAG, motoServer } from '../../../test-support/moto.mjs';
import { DUMMY_AWS_ENV, startMotoServer, type MotoServer } from './live/moto-server.js';
import { pipewright } from './live/run.js';

/*
 * push and drift against moto_server: every template pushed, pulled back in every format and
 * compared (no change), drift after an update made with the AWS SDK behind Pipewright's back,
 * and each refusal. Tagged `moto`: skipped, and counted in one line, where moto_server is not installed.
 */

const REIMPORTED = [
  'get-pipeline',
  'json',
  'terraform',
  'terraform-json',
  'cloudformation',
  'cloudformation-json',
] as const;
const ROLE = 'pipewright-push-role';

describe('live: push and drift against moto_server', { tags: [MOTO_TAG] }, () => {
  let moto: MotoServer;
  let work: string;
  const patterns = templates.filter((t) => t.id !== 'blank');

  beforeAll(async () => {
    for (const [key, value] of Object.entries(DUMMY_AWS_ENV)) vi.stubEnv(key, value);
    work = mkdtempSync(join(tmpdir(), 'pipewright-live-push-'));
    moto = await startMotoServer(motoServer as string);
  });

  afterAll(async () => {
    await moto?.stop();
    vi.unstubAllEnvs();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const endpoint = () => ['--endpoint-url', moto.endpoint];
  const run = (args: string[], options: Parameters<typeof pipewright>[1] = {}) =>
    pipewright([...args, ...endpoint()], { cwd: work, ...options });
  const writeJson = (file: string, pipeline: Pipeline) =>
    writeFileSync(join(work, file), JSON.stringify({ pipeline }, null, 2));

  it('creates the pipeline role with IAM', async () => {
    expect(await createPipelineRole(moto.endpoint, ROLE)).toBe(`arn:aws:iam::123456789012:role/${ROLE}`);
  });

  it('pushes every template: each is created, and list shows it at version 1', async () => {
    for (const template of patterns) {
      writeJson(`${template.id}.json`, filledTemplate(template.pipeline, template.id, ROLE));
      const pushed = await run(['push', `${template.id}.json`]);
      expect(pushed.code, `${template.id}: ${pushed.err}`).toBe(0);
      expect(pushed.err).toBe(`created pipeline "${template.id}" (version 1) from ${template.id}.json\n`);
    }
    const listed = JSON.parse((await run(['list', '--format', 'json'])).out) as {
      pipelines: { name: string; version: number }[];
    };
    expect(listed.pipelines.map((p) => [p.name, p.version]).sort()).toEqual(patterns.map((t) => [t.id, 1]).sort());
  });

  it('pulls each back in every format; each file and the pushed one are in sync with the live pipeline', async () => {
    for (const template of patterns) {
      const source = await run(['drift', `${template.id}.json`, template.id]);
      expect(source.code, `${template.id}: ${source.out}${source.err}`).toBe(0);
      expect(source.out).toMatch(/: no change\n$/);
      for (const format of REIMPORTED) {
        const file = `${template.id}.pulled.${format}`;
        const pulled = await run(['pull', template.id, '--to', format, '-o', file]);
        expect(pulled.code, pulled.err).toBe(0);
        const drift = await run(['drift', file, template.id, '--format', 'json']);
        expect(drift.code, `${file}: ${drift.out}${drift.err}`).toBe(0);
        expect((JSON.parse(drift.out) as { changes: unknown[] }).changes).toEqual([]);
      }
    }
  });

  it('finds the drift after an update-pipeline made with the AWS SDK behind its back (exit 1, text, json, markdown)', async () => {
    const name = 'standard-cicd';
    const declared = filledTemplate(patterns.find((t) => t.id === name)!.pipeline, name, ROLE);
    const changed = structuredClone(declared) as Pipeline;
    const build = changed.stages[1]!.actions[0]!;
    build.configuration = { ...build.configuration, ProjectName: 'hotfix-build' };
    changed.roleArn = `arn:aws:iam::123456789012:role/someone-elses-role`;
    expect(await updateBehindTheBack(sdkClient(moto.endpoint), { ...changed, version: 1 })).toBe(2);

    const json = await run(['drift', `${name}.json`, name, '--format', 'json']);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.out) as {
      new: { live: string; version: number };
      changes: { kind: string; newPath?: string; oldValue?: unknown; newValue?: unknown }[];
      risks: { id: string }[];
    };
    expect(report.new).toEqual({ live: name, version: 2 });
    expect(report.changes.map((c) => [c.kind, c.newPath, c.oldValue, c.newValue])).toEqual([
      [
        'changed',
        '/roleArn',
        `arn:aws:iam::123456789012:role/${ROLE}`,
        'arn:aws:iam::123456789012:role/someone-elses-role',
      ],
      ['changed', '/stages/1/actions/0/configuration/ProjectName', 'app-build-project', 'hotfix-build'],
    ]);
    expect(report.risks.map((r) => r.id)).toContain('pipeline-role-changed');

    const text = await run(['drift', `${name}.json`, name]);
    expect(text.code).toBe(1);
    expect(text.out.split('\n')[0]).toBe(
      `${name}.json -> live pipeline "${name}" (version 2): 2 changes, ${report.risks.length} risk${report.risks.length === 1 ? '' : 's'}`,
    );
    const markdown = await run(['drift', `${name}.json`, name, '--format', 'markdown']);
    expect(markdown.code).toBe(1);
    expect(markdown.out).toContain('pipeline-role-changed');
  });

  it('refuses to push a file pulled at an older version than the live one (exit 1, nothing changed)', async () => {
    const name = 'gitops';
    const pulledAtOne = await run(['pull', name, '-o', 'gitops.v1.json']);
    expect(pulledAtOne.code, pulledAtOne.err).toBe(0);
    const declared = (JSON.parse(readFileSync(join(work, 'gitops.v1.json'), 'utf8')) as { pipeline: Pipeline })
      .pipeline;
    await updateBehindTheBack(sdkClient(moto.endpoint), {
      ...declared,
      stages: declared.stages.slice().reverse().reverse(),
    });
    const refused = await run(['push', 'gitops.v1.json', '--yes']);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(
      /^pipewright push: pipeline "gitops": not pushed: the live pipeline is at version 2, gitops\.v1\.json was pulled at version 1; /,
    );
    expect(await liveVersion(name)).toBe(2);
  });

  it('shows the diff with its risks, asks, and updates; refuses without a terminal and without --yes', async () => {
    const name = 'feature-branch';
    await run(['pull', name, '-o', 'feature.json']);
    const file = JSON.parse(readFileSync(join(work, 'feature.json'), 'utf8')) as { pipeline: Pipeline };
    const source = file.pipeline.stages[0]!.actions[0]!;
    source.configuration = { ...source.configuration, BranchName: 'release' };
    writeFileSync(join(work, 'feature.json'), JSON.stringify(file, null, 2));

    const noTerminal = await run(['push', 'feature.json']);
    expect(noTerminal.code).toBe(2);
    expect(noTerminal.out).toContain('/stages/0/actions/0/configuration/BranchName');
    expect(noTerminal.err).toMatch(/not pushed: no terminal to confirm on; pass --yes/);

    const questions: string[] = [];
    const declined = await run(['push', 'feature.json'], { confirm: async (q) => (questions.push(q), false) });
    expect(declined.code).toBe(1);
    expect(questions).toEqual([`Update pipeline "${name}" (1 change)? [y/N] `]);
    expect(await liveVersion(name)).toBe(1);

    const accepted = await run(['push', 'feature.json'], { confirm: async () => true });
    expect(accepted.code, accepted.err).toBe(0);
    expect(accepted.err).toBe(`updated pipeline "${name}": version 1 -> 2\n`);
    const again = await run(['push', 'feature.json', '--yes']);
    expect(again.code).toBe(1); // the file still says version 1: pull before pushing again
    const fresh = await run(['pull', name, '-o', 'feature.v2.json']);
    expect(fresh.code).toBe(0);
    const same = await run(['push', 'feature.v2.json', '--yes']);
    expect(same.code).toBe(0);
    expect(same.err).toMatch(/already matches feature\.v2\.json: nothing to push/);
  });

  it('refuses when the live pipeline changes while the diff is shown', async () => {
    const name = 'container';
    await run(['pull', name, '-o', 'container.json']);
    const file = JSON.parse(readFileSync(join(work, 'container.json'), 'utf8')) as { pipeline: Pipeline };
    file.pipeline.stages[1]!.actions[0]!.name = 'BuildImage2';
    writeFileSync(join(work, 'container.json'), JSON.stringify(file, null, 2));
    const refused = await run(['push', 'container.json'], {
      confirm: async () => {
        // Someone else updates the pipeline while this user reads the diff.
        const { version: _v, ...declaration } = (
          JSON.parse(readFileSync(join(work, 'container.json'), 'utf8')) as { pipeline: Pipeline }
        ).pipeline;
        void _v;
        await updateBehindTheBack(sdkClient(moto.endpoint), { ...declaration, name, version: 1 });
        return true;
      },
    });
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/not pushed: it changed while the diff was shown \(version 1 -> 2\)/);
    expect(await liveVersion(name)).toBe(2);
  });

  it('refuses a file with validation errors, naming each by rule id and pointer (nothing created)', async () => {
    const broken = filledTemplate(patterns[0]!.pipeline, 'broken-one', ROLE);
    broken.stages[1]!.actions[0]!.inputArtifacts = [{ name: 'never_produced' }];
    writeJson('broken.json', broken);
    const refused = await run(['push', 'broken.json', '--yes']);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(
      /^broken\.json:\d+:\d+: error artifact-input-produced \/stages\/1\/actions\/0\/inputArtifacts\/0/m,
    );
    expect(refused.err).toMatch(/^pipewright push: pipeline "broken-one": not pushed: \d+ problems? in broken\.json/m);
    expect(await liveVersion('broken-one')).toBeUndefined();
  });

  it('refuses to send a masked secret (****) and names where it is (nothing created)', async () => {
    const masked = filledTemplate(patterns[0]!.pipeline, 'masked-one', ROLE);
    masked.stages[0]!.actions[0] = {
      name: 'GitHub',
      actionTypeId: { category: 'Source', owner: 'ThirdParty', provider: 'GitHub', version: '1' },
      configuration: {
        Owner: 'octo-org',
        Repo: 'app',
        Branch: 'main',
        OAuthToken: '****',
        PollForSourceChanges: 'false',
      },
      outputArtifacts: [{ name: 'source_output' }],
    };
    writeJson('masked.json', masked);
    const refused = await run(['push', 'masked.json', '--yes']);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(
      /^masked\.json:\d+:\d+: error masked-secret \/stages\/0\/actions\/0\/configuration\/OAuthToken: /m,
    );
    expect(await liveVersion('masked-one')).toBeUndefined();
  });

  async function liveVersion(name: string): Promise<number | undefined> {
    const listed = JSON.parse((await run(['list', '--format', 'json'])).out) as {
      pipelines: { name: string; version: number }[];
    };
    return listed.pipelines.find((p) => p.name === name)?.version;
  }
});
