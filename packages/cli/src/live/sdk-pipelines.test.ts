import { CodePipelineClient, ListPipelinesCommand, PipelineNotFoundException } from '@aws-sdk/client-codepipeline';
import { describe, expect, it } from 'vitest';
import { sdkPipelines } from './sdk-pipelines.js';

process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] = 'true';

/** A client whose send answers from a table instead of the network. */
function fakeClient(answer: (command: { input: Record<string, unknown> }) => unknown): CodePipelineClient {
  const client = new CodePipelineClient({
    region: 'us-east-1',
    credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
  });
  client.send = (async (command: { input: Record<string, unknown> }) => answer(command)) as never;
  return client;
}

describe('sdkPipelines', () => {
  it('lists through every page of ListPipelines, following nextToken', async () => {
    const tokens: unknown[] = [];
    const pages: Record<string, { pipelines: object[]; nextToken?: string }> = {
      first: {
        pipelines: [{ name: 'a', version: 1, pipelineType: 'V2', updated: new Date('2026-01-02T03:04:05Z') }],
        nextToken: 't2',
      },
      t2: { pipelines: [{ name: 'b', version: 4 }], nextToken: 't3' },
      t3: { pipelines: [{ name: 'c', version: 2, executionMode: 'QUEUED' }] },
    };
    const live = sdkPipelines(
      {},
      fakeClient((command) => {
        expect(command).toBeInstanceOf(ListPipelinesCommand);
        tokens.push(command.input['nextToken']);
        return pages[(command.input['nextToken'] as string | undefined) ?? 'first'];
      }),
    );
    expect(await live.list()).toEqual([
      { name: 'a', version: 1, pipelineType: 'V2', updated: '2026-01-02T03:04:05.000Z' },
      { name: 'b', version: 4 },
      { name: 'c', version: 2, executionMode: 'QUEUED' },
    ]);
    expect(tokens).toEqual([undefined, 't2', 't3']);
  });

  it('answers undefined for a pipeline that does not exist, and rethrows other errors', async () => {
    const missing = sdkPipelines(
      {},
      fakeClient(() => Promise.reject(new PipelineNotFoundException({ message: 'no', $metadata: {} }))),
    );
    expect(await missing.get('x')).toBeUndefined();
    const denied = sdkPipelines(
      {},
      fakeClient(() => Promise.reject(Object.assign(new Error('nope'), { name: 'AccessDeniedException' }))),
    );
    await expect(denied.get('x')).rejects.toMatchObject({ name: 'AccessDeniedException' });
  });

  it('gives GetPipeline as get-pipeline prints it: plain data, dates as ISO text', async () => {
    const live = sdkPipelines(
      {},
      fakeClient(() => ({
        pipeline: { name: 'p', version: 3, stages: [] },
        metadata: {
          pipelineArn: 'arn:aws:codepipeline:us-east-1:123456789012:p',
          updated: new Date('2026-05-06T07:08:09Z'),
        },
      })),
    );
    expect(await live.get('p')).toEqual({
      pipeline: { name: 'p', version: 3, stages: [] },
      metadata: { pipelineArn: 'arn:aws:codepipeline:us-east-1:123456789012:p', updated: '2026-05-06T07:08:09.000Z' },
    });
  });
});
