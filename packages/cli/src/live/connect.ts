import type { AwsConnection } from './connection.js';
import type { LivePipelines } from './live-pipelines.js';

/*
 * The implementation of LivePipelines is loaded with import() on the first live command, so
 * `validate` and `convert` never load the AWS SDK: the bundler puts it in a chunk of its own.
 * (Apart from live-pipelines.ts, so that sdk-pipelines.ts can import its interface without a cycle.)
 */
export async function connect(connection: AwsConnection): Promise<LivePipelines> {
  const { sdkPipelines } = await import('./sdk-pipelines.js');
  return sdkPipelines(connection);
}
