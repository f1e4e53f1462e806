import type { CommandArgs, OptionSpec } from '../commands/types.js';

/*
 * How the live commands reach AWS. Credentials are never options: they come from the AWS SDK's
 * default provider chain (environment, shared config and credentials files with --profile or
 * AWS_PROFILE, SSO, web identity, container and instance roles), as every AWS tool takes them.
 */

export interface AwsConnection {
  profile?: string;
  region?: string;
  /** Another endpoint than AWS's own (a local API such as moto_server, a VPC endpoint). */
  endpointUrl?: string;
}

export const AWS_OPTIONS: OptionSpec = {
  profile: { type: 'string' },
  region: { type: 'string' },
  'endpoint-url': { type: 'string' },
};

/** The option lines every live command's help ends with. */
export const AWS_OPTIONS_HELP = [
  '  --profile <name>      the shared config/credentials profile (default: AWS_PROFILE, then "default")',
  "  --region <region>     the AWS region (default: AWS_REGION, then the profile's region)",
  "  --endpoint-url <url>  send requests to this endpoint instead of AWS's (local APIs, tests)",
  '',
  "Credentials come from the AWS SDK's default chain: environment variables, the shared config and",
  'credentials files (--profile), SSO, web identity, container and instance roles.',
].join('\n');

export function connectionOf(values: CommandArgs['values']): AwsConnection {
  const text = (key: string) => (typeof values[key] === 'string' ? (values[key] as string) : undefined);
  const profile = text('profile');
  const region = text('region');
  const endpointUrl = text('endpoint-url');
  return {
    ...(profile !== undefined ? { profile } : {}),
    ...(region !== undefined ? { region } : {}),
    ...(endpointUrl !== undefined ? { endpointUrl } : {}),
  };
}

/** An --endpoint-url that is not an http(s) URL is bad usage, caught before any request. */
export function endpointProblem(connection: AwsConnection): string | undefined {
  if (connection.endpointUrl === undefined) return undefined;
  try {
    const url = new URL(connection.endpointUrl);
    if (url.protocol === 'http:' || url.protocol === 'https:') return undefined;
  } catch {
    // reported below
  }
  return `--endpoint-url must be an http:// or https:// URL, got "${connection.endpointUrl}"`;
}
