import type { CliIo, CommandArgs } from '../commands/types.js';
import { awsErrorCause, describeAwsError } from './aws-error.js';
import { connectionOf, endpointProblem, type AwsConnection } from './connection.js';
import type { ImportedPipeline } from '@pipewright/export';
import { connect } from './connect.js';
import type { LivePipeline, LivePipelines } from './live-pipelines.js';
import { importLive } from './render-pulled.js';

/*
 * What every live command does around its AWS calls: read the connection options, load the SDK
 * (lazily), and turn any failure into one line `pipewright <command>: <what>: <cause>`.
 */

export interface LiveSession {
  connection: AwsConnection;
  pipelines: LivePipelines;
  /** Reports an AWS failure as one line on stderr. */
  fail(what: string, error: unknown): void;
  /** Why an AWS call failed, in words (for summaries). */
  cause(error: unknown): string;
}

export async function openSession(
  command: string,
  values: CommandArgs['values'],
  io: CliIo,
): Promise<{ ok: true; session: LiveSession } | { ok: false; message: string }> {
  const connection = connectionOf(values);
  const problem = endpointProblem(connection);
  if (problem) return { ok: false, message: `pipewright ${command}: ${problem}` };
  const pipelines = await connect(connection);
  return {
    ok: true,
    session: {
      connection,
      pipelines,
      cause: (error) => awsErrorCause(error, connection.endpointUrl),
      fail: (what, error) =>
        io.stderr(`pipewright ${command}: ${describeAwsError(error, what, connection.endpointUrl)}\n`),
    },
  };
}

/**
 * GetPipeline for `name`, read by the model like a get-pipeline file. A failure (AWS refused, no
 * such pipeline, an answer the importer cannot read) is printed as one line and gives `undefined`.
 */
export async function fetchLivePipeline(
  command: string,
  session: LiveSession,
  name: string,
  io: CliIo,
): Promise<{ live: LivePipeline; imported: ImportedPipeline } | undefined> {
  let live;
  try {
    live = await session.pipelines.get(name);
  } catch (error) {
    session.fail(`pipeline "${name}": GetPipeline`, error);
    return undefined;
  }
  if (!live) {
    io.stderr(`pipewright ${command}: pipeline "${name}": not found in this account and region\n`);
    return undefined;
  }
  const read = importLive(live);
  if (!read.ok) {
    io.stderr(`pipewright ${command}: pipeline "${name}": ${read.reason}\n`);
    return undefined;
  }
  return { live, imported: read.imported };
}
