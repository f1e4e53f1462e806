/*
 * Every failure of a live command becomes one line: what was being done (naming the pipeline)
 * and why, in words, with AWS's own error name and message. No stack trace: these are the
 * account's answers, not Pipewright's bugs.
 */

interface SdkErrorShape {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  $metadata?: { httpStatusCode?: unknown; attempts?: unknown };
  cause?: unknown;
}

const DENIED = new Set(['AccessDeniedException', 'AccessDenied', 'UnauthorizedOperation']);
const BAD_CREDENTIALS = new Set([
  'UnrecognizedClientException',
  'InvalidClientTokenId',
  'InvalidSignatureException',
  'SignatureDoesNotMatch',
  'ExpiredTokenException',
  'ExpiredToken',
  'IncompleteSignature',
  'MissingAuthenticationToken',
]);
const THROTTLED = new Set(['ThrottlingException', 'Throttling', 'TooManyRequestsException', 'RequestLimitExceeded']);
const NETWORK_CODES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed',
  ECONNRESET: 'connection reset',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  EPIPE: 'connection closed',
};

/** `what` says what was being done, e.g. `pipeline "release": GetPipeline`. */
export function describeAwsError(error: unknown, what: string, endpoint?: string): string {
  return `${what}: ${awsErrorCause(error, endpoint)}`;
}

/** Why the call failed, in one line (see describeAwsError). */
export function awsErrorCause(error: unknown, endpoint?: string): string {
  const shape = (typeof error === 'object' && error !== null ? error : {}) as SdkErrorShape;
  const name = typeof shape.name === 'string' ? shape.name : '';
  const message = oneLine(typeof shape.message === 'string' ? shape.message : String(error));
  const attempts = typeof shape.$metadata?.attempts === 'number' ? shape.$metadata.attempts : undefined;
  const network = networkCode(error);
  const where = endpoint ?? 'AWS';

  if (network) return `cannot reach ${where}: ${NETWORK_CODES[network] ?? network}${tries(attempts)}`;
  if (name === 'TimeoutError' || name === 'RequestTimeout') return `no answer from ${where} in time${tries(attempts)}`;
  if (name === 'CredentialsProviderError' || /Could not load credentials/i.test(message)) {
    return 'no AWS credentials found (set AWS_PROFILE or --profile, AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, or sign in with `aws sso login`)';
  }
  if (/Region is missing/i.test(message)) return 'no AWS region (pass --region or set AWS_REGION)';
  if (/Profile .* (could not be found|not found)/i.test(message))
    return `${message} (check --profile and ~/.aws/config)`;
  if (DENIED.has(name)) return `access denied (${name}: ${message})`;
  if (BAD_CREDENTIALS.has(name)) return `the credentials were refused (${name}: ${message})`;
  if (THROTTLED.has(name)) return `throttled by AWS${tries(attempts)} (${name}: ${message}); try again later`;
  if (name === 'PipelineNotFoundException' || name === 'ResourceNotFoundException')
    return `not found (${name}: ${message})`;
  if (name === 'PipelineNameInUseException') return `the name is taken (${name}: ${message})`;
  if (/Exception$|Error$|Fault$/.test(name) && name !== 'Error' && name !== 'TypeError') {
    return `AWS refused it (${name}: ${message})`;
  }
  return message;
}

function tries(attempts: number | undefined): string {
  return attempts !== undefined && attempts > 1 ? ` (after ${attempts} attempts)` : '';
}

/** The system error code of a failed connection, looking through the SDK's wrapping. */
function networkCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const code = (current as SdkErrorShape).code;
    if (typeof code === 'string' && /^E[A-Z_]+$/.test(code)) return code;
    const errors = (current as { errors?: unknown }).errors;
    if (Array.isArray(errors) && errors.length > 0) current = errors[0];
    else current = (current as SdkErrorShape).cause;
  }
  return undefined;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
