import { describe, expect, it } from 'vitest';
import { describeAwsError } from './aws-error.js';

const sdkError = (name: string, message: string, attempts = 1) =>
  Object.assign(new Error(message), { name, $metadata: { httpStatusCode: 400, attempts } });

describe('describeAwsError', () => {
  const cases: [string, unknown, RegExp][] = [
    [
      'access denied',
      sdkError('AccessDeniedException', 'User x is not authorized'),
      /^pipeline "p": GetPipeline: access denied \(AccessDeniedException: User x is not authorized\)$/,
    ],
    [
      'bad token',
      sdkError('UnrecognizedClientException', 'The security token included in the request is invalid.'),
      /: the credentials were refused \(UnrecognizedClientException: /,
    ],
    [
      'throttled after retries',
      sdkError('ThrottlingException', 'Rate exceeded', 3),
      /: throttled by AWS \(after 3 attempts\) \(ThrottlingException: Rate exceeded\); try again later$/,
    ],
    [
      'not found',
      sdkError('PipelineNotFoundException', 'no pipeline'),
      /: not found \(PipelineNotFoundException: no pipeline\)$/,
    ],
    [
      'validation',
      sdkError('InvalidStructureException', 'Pipeline has only 1 stage(s).\nThere should be 2'),
      /: AWS refused it \(InvalidStructureException: Pipeline has only 1 stage\(s\)\. There should be 2\)$/,
    ],
    [
      'no credentials',
      Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' }),
      /: no AWS credentials found \(/,
    ],
    ['no region', new Error('Region is missing'), /: no AWS region \(pass --region or set AWS_REGION\)$/],
    [
      'refused connection',
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), {
        code: 'ECONNREFUSED',
        $metadata: { attempts: 3 },
      }),
      /: cannot reach http:\/\/127\.0\.0\.1:9: connection refused \(after 3 attempts\)$/,
    ],
    [
      'wrapped network error',
      Object.assign(new Error(''), {
        name: 'AggregateError',
        errors: [Object.assign(new Error('x'), { code: 'ENOTFOUND' })],
      }),
      /: cannot reach http:\/\/127\.0\.0\.1:9: host not found$/,
    ],
  ];
  for (const [title, error, expected] of cases) {
    it(title, () => {
      const line = describeAwsError(error, 'pipeline "p": GetPipeline', 'http://127.0.0.1:9');
      expect(line).toMatch(expected);
      expect(line).not.toContain('\n');
      expect(line).not.toMatch(/\bat .*:\d+:\d+/); // no stack frame
    });
  }
});
