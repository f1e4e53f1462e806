import type { CliIo, CommandArgs } from '../commands/types.js';
import { awsErrorCause, describeAwsError } from './aws-error.js';
import { connectionOf, endpointProblem, type AwsConnection } from './connection.js';
import { connect, type LivePipelines } from './live-pipelines.js';

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
