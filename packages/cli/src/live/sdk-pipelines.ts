import {
  CodePipelineClient,
  CreatePipelineCommand,
  GetPipelineCommand,
  PipelineNotFoundException,
  UpdatePipelineCommand,
  paginateListPipelines,
  type PipelineDeclaration,
} from '@aws-sdk/client-codepipeline';
import type { AwsConnection } from './connection.js';
import { rewriteLocalAnswer, type RawResponse } from './local-endpoint.js';
import type { LivePipeline, LivePipelineSummary, LivePipelines } from './live-pipelines.js';

/*
 * The only module that imports the AWS SDK (loaded lazily, see live-pipelines.ts). Signing,
 * credentials, retries with backoff for throttling and transient errors: all the SDK's own.
 */

/** How long to wait for a TCP connection before the SDK's retries take over. */
const CONNECTION_TIMEOUT_MS = 5_000;

/** `client` is for tests; the CLI passes only the connection. */
export function sdkPipelines(
  connection: AwsConnection,
  client: CodePipelineClient = newClient(connection),
): LivePipelines {
  return pipelinesOf(client);
}

function newClient(connection: AwsConnection): CodePipelineClient {
  // Pipewright supports Node 20 (package.json engines). The SDK's notice about its future Node
  // requirement is not about this command and would break the one-line error promise.
  process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';
  const client = new CodePipelineClient({
    ...(connection.profile !== undefined ? { profile: connection.profile } : {}),
    ...(connection.region !== undefined ? { region: connection.region } : {}),
    ...(connection.endpointUrl !== undefined ? { endpoint: connection.endpointUrl } : {}),
    requestHandler: { connectionTimeout: CONNECTION_TIMEOUT_MS },
  });
  if (connection.endpointUrl !== undefined) {
    client.middlewareStack.add(
      (next) => async (args) => {
        const result = await next(args);
        await rewriteLocalAnswer(result.response as RawResponse);
        return result;
      },
      // Inside the deserializer (same step, lower priority), so it sees the raw answer first.
      { step: 'deserialize', priority: 'low', name: 'pipewrightLocalEndpoint' },
    );
  }
  return client;
}

function pipelinesOf(client: CodePipelineClient): LivePipelines {
  return {
    async list() {
      const rows: LivePipelineSummary[] = [];
      for await (const page of paginateListPipelines({ client }, {})) {
        for (const summary of page.pipelines ?? []) {
          if (summary.name === undefined) continue;
          rows.push({
            name: summary.name,
            ...(summary.pipelineType !== undefined ? { pipelineType: summary.pipelineType } : {}),
            ...(summary.executionMode !== undefined ? { executionMode: summary.executionMode } : {}),
            ...(summary.version !== undefined ? { version: summary.version } : {}),
            ...(summary.created !== undefined ? { created: isoText(summary.created) } : {}),
            ...(summary.updated !== undefined ? { updated: isoText(summary.updated) } : {}),
          });
        }
      }
      return rows;
    },
    async get(name) {
      try {
        const output = await client.send(new GetPipelineCommand({ name }));
        if (!output.pipeline) return undefined;
        const metadata = output.metadata;
        const live: LivePipeline = { pipeline: plainData(output.pipeline) as LivePipeline['pipeline'] };
        if (metadata) live.metadata = plainData(metadata) as NonNullable<LivePipeline['metadata']>;
        return live;
      } catch (error) {
        if (error instanceof PipelineNotFoundException) return undefined;
        throw error;
      }
    },
    async create(pipeline) {
      const output = await client.send(
        new CreatePipelineCommand({ pipeline: pipeline as unknown as PipelineDeclaration }),
      );
      return output.pipeline?.version;
    },
    async update(pipeline) {
      const output = await client.send(
        new UpdatePipelineCommand({ pipeline: pipeline as unknown as PipelineDeclaration }),
      );
      return output.pipeline?.version;
    },
  };
}

function isoText(value: Date | string): string {
  return value instanceof Date ? value.toISOString() : value;
}

/** The SDK's output as plain JSON data: dates become ISO text (Date's toJSON), undefined members disappear. */
function plainData(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}
