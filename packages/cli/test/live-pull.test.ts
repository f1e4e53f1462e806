import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { inflateRawSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { importPipelines } from '@pipewright/export';
import { templates, type Pipeline } from '@pipewright/model';
import {
  createBehindTheBack,
  createPipelineRole,
  createUserWithoutPermissions,
  filledTemplate,
  sdkClient,
} from './live/aws-fixtures.js';
import { MOTO_TAG, motoServer } from '../../../test-support/moto.mjs';
import { DUMMY_AWS_ENV, startMotoServer, type MotoServer } from './live/moto-server.js';
import { pipewright, pipewrightBundle } from './live/run.js';

/*
 * list and pull against moto_server (a local CodePipeline and IAM API), with dummy credentials.
 * Tagged `moto`: skipped, and counted in one line, where moto_server is not installed.
 */

const FORMATS = [
  'get-pipeline',
  'json',
  'terraform',
  'terraform-json',
  'cdk',
  'cloudformation',
  'cloudformation-json',
] as const;
/** Pipewright reads every format it writes except CDK (TypeScript is not imported). */
const REIMPORTED = FORMATS.filter((format) => format !== 'cdk');

describe('live: list and pull against moto_server', { tags: [MOTO_TAG] }, () => {
  let moto: MotoServer;
  let roleArn: string;
  let work: string;
  let bundle: string;
  const names = templates.filter((t) => t.id !== 'blank').map((t) => `pulled-${t.id}`);

  beforeAll(async () => {
    for (const [key, value] of Object.entries(DUMMY_AWS_ENV)) vi.stubEnv(key, value);
    work = mkdtempSync(join(tmpdir(), 'pipewright-live-pull-'));
    // A bundle of the current sources of our own (cli.test.ts builds dist/ at the same time).
    bundle = join(work, 'bundle', 'pipewright.mjs');
    execFileSync(process.execPath, [resolve(__dirname, '../scripts/build.mjs'), '--outdir', join(work, 'bundle')]);
    moto = await startMotoServer(motoServer as string);
    roleArn = await createPipelineRole(moto.endpoint, 'pipewright-pull-role');
    const client = sdkClient(moto.endpoint);
    for (const [index, template] of templates.filter((t) => t.id !== 'blank').entries()) {
      await createBehindTheBack(
        client,
        filledTemplate(template.pipeline, names[index] as string, 'pipewright-pull-role'),
      );
    }
  });

  afterAll(async () => {
    await moto?.stop();
    vi.unstubAllEnvs();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const endpoint = () => ['--endpoint-url', moto.endpoint];

  it('has the role moto checks CreatePipeline against', () => {
    expect(roleArn).toBe('arn:aws:iam::123456789012:role/pipewright-pull-role');
  });

  it('lists every pipeline, as a table and as JSON', async () => {
    const text = await pipewright(['list', ...endpoint()]);
    expect(text.code, text.err).toBe(0);
    expect(text.out.split('\n')[0]).toMatch(/^NAME\s+TYPE\s+VERSION\s+UPDATED$/);
    for (const name of names)
      expect(text.out).toMatch(new RegExp(`^${name}\\s+\\S+\\s+1\\s+\\d{4}-\\d{2}-\\d{2}T`, 'm'));

    const json = await pipewright(['list', '--format', 'json', ...endpoint()]);
    expect(json.code, json.err).toBe(0);
    const listed = JSON.parse(json.out) as { pipelines: { name: string; version: number; updated: string }[] };
    expect(listed.pipelines.map((p) => p.name).sort()).toEqual([...names].sort());
    for (const row of listed.pipelines) {
      expect(row.version).toBe(1);
      expect(Number.isNaN(Date.parse(row.updated))).toBe(false);
    }
  });

  it('pulls each pipeline back in every format, and each re-imports to the same declaration', async () => {
    for (const name of names) {
      const reference = await pipewright(['pull', name, ...endpoint()]);
      expect(reference.code, reference.err).toBe(0);
      const expected = readOne(reference.out, `${name}.json`);
      expect(expected.name).toBe(name);
      for (const format of REIMPORTED) {
        const file = join(work, `${name}-${format}`);
        const pulled = await pipewright(['pull', name, '--to', format, '-o', file, ...endpoint()]);
        expect(pulled.code, `${name} ${format}: ${pulled.err}`).toBe(0);
        const again = readOne(readFileSync(file), file);
        expect(comparable(again, format), `${name} as ${format}`).toEqual(comparable(expected, format));
      }
      // CDK is written, not read back: the stack holds the pipeline and each of its stages.
      const cdk = await pipewright(['pull', name, '--to', 'cdk', ...endpoint()]);
      expect(cdk.code, cdk.err).toBe(0);
      expect(cdk.out).toContain('new codepipeline.CfnPipeline(');
      for (const stage of expected.stages) expect(cdk.out).toContain(`name: '${String(stage.name)}'`);
    }
  });

  it('writes get-pipeline JSON with the metadata, as `aws codepipeline get-pipeline` prints it', async () => {
    const run = await pipewright(['pull', names[0] as string, ...endpoint()]);
    const answer = JSON.parse(run.out) as {
      pipeline: { name: string; version: number };
      metadata: { pipelineArn: string };
    };
    expect(answer.pipeline.version).toBe(1);
    expect(answer.metadata.pipelineArn).toBe(`arn:aws:codepipeline:us-east-1:123456789012:${names[0]}`);
  });

  it('names each masked secret, and the IaC exports write a reference instead of ****', async () => {
    const client = sdkClient(moto.endpoint);
    // GetPipeline masks secret values as ****; moto does not, so the pipeline is created with them.
    await createBehindTheBack(client, maskedPipeline(roleArn));
    for (const format of FORMATS) {
      const run = await pipewright(['pull', 'masked-secrets', '--to', format, ...endpoint()]);
      expect(run.code, run.err).toBe(0);
      const warned = [...run.err.matchAll(/^warning \[masked-secret\] (\S+):/gm)].map((m) => m[1]);
      expect(warned, format).toEqual([
        '/stages/0/actions/0/configuration/OAuthToken',
        '/stages/1/actions/0/configuration/AuthHeader',
      ]);
      if (format === 'get-pipeline' || format === 'json') continue; // the API JSON keeps what it was given
      expect(run.out, format).not.toContain('****');
    }
  });

  it('pulls --all of 20 pipelines into a directory, a progress line each and a summary, past one that fails', async () => {
    const region = ['--region', 'us-west-2'];
    const client = sdkClient(moto.endpoint, 'us-west-2');
    const base = filledTemplate(templates[1]!.pipeline, 'x', 'pipewright-pull-role');
    const twenty = Array.from({ length: 20 }, (_, i) => `fleet-${String(i + 1).padStart(2, '0')}`);
    for (const name of twenty) await createBehindTheBack(client, { ...base, name });
    const dir = join(work, 'all');
    const run = await pipewright(['pull', '--all', '--to', 'terraform', '-o', dir, ...region, ...endpoint()]);
    expect(run.code, run.err).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(twenty.map((name) => `${name}.tf`));
    const progress = run.err.split('\n').filter((line) => /^\[\s*\d+\/20\] /.test(line));
    expect(progress).toHaveLength(20);
    expect(progress[0]).toMatch(/^\[ 1\/20\] fleet-01 -> .*fleet-01\.tf/);
    expect(run.err).toMatch(/^pulled 20 of 20 pipelines into /m);
    for (const name of twenty) {
      const imported = importPipelines(readFileSync(join(dir, `${name}.tf`)), { fileName: `${name}.tf` });
      expect(imported.ok && imported.pipelines[0]?.pipeline.name).toBe(name);
    }

    // One the model cannot read (an action category it does not know, as a newer API might send):
    // the others are still written, the summary says which and why, exit 2.
    const broken = structuredClone(base) as unknown as {
      stages: { actions: { actionTypeId: { category: string } }[] }[];
    };
    broken.stages[1]!.actions[0]!.actionTypeId.category = 'Teleport';
    await createBehindTheBack(client, { ...broken, name: 'fleet-broken' });
    const partial = await pipewright(['pull', '--all', '-o', join(work, 'partial'), ...region, ...endpoint()]);
    expect(partial.code).toBe(2);
    expect(partial.err).toMatch(/^\[\s*\d+\/21\] fleet-broken FAILED: /m);
    expect(partial.err).toMatch(/^pulled 20 of 21 pipelines into .*; 1 failed: fleet-broken \(/m);
    expect(readdirSync(join(work, 'partial'))).toHaveLength(20);
  });

  it('opens a pulled pipeline in the designer: served with its CSP, the pipeline in the URL fragment only', async () => {
    const dist = join(work, 'designer');
    mkdirSync(dist, { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>designer</title>');
    const name = names[0] as string;
    const expected = (await pipewright(['pull', name, ...endpoint()])).out;
    const child = spawn(process.execPath, [bundle, 'open', name, '--designer', dist, '--no-browser', ...endpoint()], {
      env: { PATH: process.env['PATH'] ?? '', ...DUMMY_AWS_ENV },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = new URL(await firstLine(child.stdout));
      const page = await fetch(url); // fetch, like a browser, never sends the fragment
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toContain("connect-src 'self'");
      const params = new URLSearchParams(url.hash.slice(1));
      expect(inflateRawSync(Buffer.from(params.get('pulled') ?? '', 'base64url')).toString('utf8')).toBe(expected);
      expect(params.get('file')).toBe(`${name}.json`);
      expect(params.get('aws')).toBe(`--endpoint-url ${moto.endpoint}`);
    } finally {
      child.kill('SIGINT');
    }
    expect(await new Promise((done) => child.once('close', done))).toBe(0);

    // With a designer already running (npm start's), open prints its URL with the fragment and ends.
    const remote = await pipewright([
      'open',
      name,
      '--designer',
      'http://127.0.0.1:5173/',
      '--no-browser',
      ...endpoint(),
    ]);
    expect(remote.code, remote.err).toBe(0);
    expect(remote.out).toMatch(/^http:\/\/127\.0\.0\.1:5173\/#pulled=[\w-]+&file=/);
  });

  it('takes credentials and region from a --profile of the shared files (the SDK default chain)', async () => {
    await createBehindTheBack(sdkClient(moto.endpoint, 'eu-central-1'), {
      ...filledTemplate(templates[1]!.pipeline, 'x', 'pipewright-pull-role'),
      name: 'in-frankfurt',
    });
    writeFileSync(join(work, 'config'), '[profile pw-test]\nregion = eu-central-1\n');
    writeFileSync(
      join(work, 'credentials'),
      '[pw-test]\naws_access_key_id = testing\naws_secret_access_key = testing\n',
    );
    const noEnvCredentials = {
      AWS_ACCESS_KEY_ID: undefined,
      AWS_SECRET_ACCESS_KEY: undefined,
      AWS_SESSION_TOKEN: undefined,
      AWS_REGION: undefined,
      AWS_DEFAULT_REGION: undefined,
      AWS_CONFIG_FILE: join(work, 'config'),
      AWS_SHARED_CREDENTIALS_FILE: join(work, 'credentials'),
    };
    const run = await pipewrightBundle(bundle, ['list', '--profile', 'pw-test', ...endpoint()], noEnvCredentials);
    expect(run.code, run.err).toBe(0);
    expect(run.out).toMatch(/^in-frankfurt\s/m);
    const missing = await pipewrightBundle(bundle, ['list', ...endpoint()], noEnvCredentials);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^pipewright list: ListPipelines: (no AWS credentials found|no AWS region) \(/);
  });

  it('says in one line that a pipeline does not exist (exit 2)', async () => {
    const run = await pipewright(['pull', 'no-such-pipeline', ...endpoint()]);
    expect(run.code).toBe(2);
    expect(run.err).toBe('pipewright pull: pipeline "no-such-pipeline": not found in this account and region\n');
  });

  it('gives one clear line for an unreachable endpoint (the bundle, exit 2, no stack trace)', async () => {
    const closed = await closedPort();
    const run = await pipewrightBundle(bundle, [
      'pull',
      names[0] as string,
      '--endpoint-url',
      `http://127.0.0.1:${closed}`,
    ]);
    expect(run.code).toBe(2);
    expect(run.out).toBe('');
    expect(run.err).toMatch(
      new RegExp(
        `^pipewright pull: pipeline "${names[0]}": GetPipeline: cannot reach http://127\\.0\\.0\\.1:${closed}: connection refused( \\(after \\d+ attempts\\))?\\n$`,
      ),
    );
  });

  it('gives one clear line for refused and for denied credentials (the bundle, exit 2)', async () => {
    // A second moto that checks signatures after the two set-up calls (CreateUser, CreateAccessKey).
    const strict = await startMotoServer(motoServer as string, { INITIAL_NO_AUTH_ACTION_COUNT: '2' });
    try {
      const key = await createUserWithoutPermissions(strict.endpoint, 'no-permissions');
      const denied = await pipewrightBundle(bundle, ['list', '--endpoint-url', strict.endpoint], {
        AWS_ACCESS_KEY_ID: key.accessKeyId,
        AWS_SECRET_ACCESS_KEY: key.secretAccessKey,
        AWS_SESSION_TOKEN: undefined,
      });
      expect(denied.code).toBe(2);
      expect(denied.err).toMatch(
        /^pipewright list: ListPipelines: access denied \(AccessDenied: .*codepipeline:ListPipelines\)\n$/,
      );
      const refused = await pipewrightBundle(bundle, ['pull', 'anything', '--endpoint-url', strict.endpoint]);
      expect(refused.code).toBe(2);
      expect(refused.err).toMatch(
        /^pipewright pull: pipeline "anything": GetPipeline: the credentials were refused \(InvalidClientTokenId: .*\)\n$/,
      );
    } finally {
      await strict.stop();
    }
  });
});

function readOne(bytes: Uint8Array | string, fileName: string): Pipeline {
  const result = importPipelines(typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes, { fileName });
  if (!result.ok) throw new Error(`${fileName}: ${result.error.message}`);
  const [first] = result.pipelines;
  if (!first) throw new Error(`${fileName}: no pipeline`);
  return first.pipeline;
}

/**
 * The declaration as two formats can agree on it: only the API JSON holds `version` (Terraform
 * and CloudFormation have no such argument), and get-pipeline spells out empty lists where other
 * formats write nothing.
 */
function comparable(pipeline: Pipeline, format: string): unknown {
  const { version, ...rest } = pipeline as Pipeline & { version?: number };
  const keep = format === 'get-pipeline' || format === 'json' ? { ...rest, version } : rest;
  return JSON.parse(JSON.stringify(keep), (_key, value: unknown) =>
    Array.isArray(value) && value.length === 0 ? undefined : value,
  );
}

function maskedPipeline(roleArn: string): Record<string, unknown> {
  return {
    name: 'masked-secrets',
    roleArn,
    artifactStore: { type: 'S3', location: 'masked-artifacts' },
    stages: [
      {
        name: 'Source',
        actions: [
          {
            name: 'GitHub',
            actionTypeId: { category: 'Source', owner: 'ThirdParty', provider: 'GitHub', version: '1' },
            configuration: { Owner: 'octo-org', Repo: 'app', Branch: 'main', OAuthToken: '****' },
            outputArtifacts: [{ name: 'Src' }],
          },
        ],
      },
      {
        name: 'Notify',
        actions: [
          {
            name: 'Webhook',
            actionTypeId: { category: 'Build', owner: 'Custom', provider: 'WebhookNotifier', version: '1' },
            configuration: { Url: 'https://example.com/hook', AuthHeader: '****' },
            inputArtifacts: [{ name: 'Src' }],
          },
        ],
      },
    ],
  };
}

function firstLine(stream: Readable): Promise<string> {
  return new Promise((resolveLine, reject) => {
    let text = '';
    stream.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const end = text.indexOf('\n');
      if (end !== -1) resolveLine(text.slice(0, end));
    });
    stream.once('end', () => reject(new Error(`no line on stdout: ${text}`)));
  });
}

async function closedPort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolvePort) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 1;
      server.close(() => resolvePort(port));
    });
  });
}
