import {
  CodePipelineClient,
  CreatePipelineCommand,
  UpdatePipelineCommand,
  type PipelineDeclaration,
} from '@aws-sdk/client-codepipeline';
import { PLACEHOLDER_MARKER, type Pipeline } from '@pipewright/model';
import { DUMMY_AWS_ENV } from './moto-server.js';

/*
 * What the live tests do to the account "behind Pipewright's back": IAM through its query API
 * (moto does not check signatures unless told to), CodePipeline writes through the AWS SDK.
 */

export const ACCOUNT_ID = '123456789012'; // moto's default account

const CODEPIPELINE_TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'codepipeline.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});

async function iam(endpoint: string, params: Record<string, string>): Promise<string> {
  const response = await fetch(`${endpoint}/`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Authorization: `AWS4-HMAC-SHA256 Credential=${DUMMY_AWS_ENV.AWS_ACCESS_KEY_ID}/20260101/us-east-1/iam/aws4_request, SignedHeaders=host, Signature=0`,
    },
    body: new URLSearchParams({ Version: '2010-05-08', ...params }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`IAM ${params['Action']} failed: ${response.status} ${text}`);
  return text;
}

const xmlField = (xml: string, tag: string) => new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(xml)?.[1];

/** Creates a role CodePipeline may assume (moto checks the trust policy on CreatePipeline); returns its ARN. */
export async function createPipelineRole(endpoint: string, roleName: string): Promise<string> {
  const xml = await iam(endpoint, {
    Action: 'CreateRole',
    RoleName: roleName,
    AssumeRolePolicyDocument: CODEPIPELINE_TRUST,
  });
  const arn = xmlField(xml, 'Arn');
  if (!arn) throw new Error(`CreateRole answered without an ARN: ${xml}`);
  return arn;
}

/** An IAM user with an access key and no policy: every CodePipeline call it makes is denied. */
export async function createUserWithoutPermissions(endpoint: string, userName: string) {
  await iam(endpoint, { Action: 'CreateUser', UserName: userName });
  const xml = await iam(endpoint, { Action: 'CreateAccessKey', UserName: userName });
  const accessKeyId = xmlField(xml, 'AccessKeyId');
  const secretAccessKey = xmlField(xml, 'SecretAccessKey');
  if (!accessKeyId || !secretAccessKey) throw new Error(`CreateAccessKey answered without a key: ${xml}`);
  return { accessKeyId, secretAccessKey };
}

export function sdkClient(endpoint: string, region = 'us-east-1'): CodePipelineClient {
  return new CodePipelineClient({
    endpoint,
    region,
    credentials: { accessKeyId: DUMMY_AWS_ENV.AWS_ACCESS_KEY_ID, secretAccessKey: DUMMY_AWS_ENV.AWS_SECRET_ACCESS_KEY },
  });
}

export async function createBehindTheBack(
  client: CodePipelineClient,
  pipeline: Record<string, unknown>,
): Promise<void> {
  await client.send(new CreatePipelineCommand({ pipeline: pipeline as unknown as PipelineDeclaration }));
}

export async function updateBehindTheBack(
  client: CodePipelineClient,
  pipeline: Record<string, unknown>,
): Promise<number | undefined> {
  const output = await client.send(new UpdatePipelineCommand({ pipeline: pipeline as unknown as PipelineDeclaration }));
  return output.pipeline?.version;
}

/** Values for the templates' `<your-...>` placeholders that pass the validator. */
function placeholderValue(what: string, roleName: string): string {
  if (what === 'account-id') return ACCOUNT_ID;
  // Other accounts (multi-account's dev, staging, prod): twelve digits of their own.
  if (what.endsWith('account-id'))
    return String(100000000000 + ([...what].reduce((sum, c) => sum * 31 + c.charCodeAt(0), 7) % 899999999999));
  if (what === 'pipeline-role-name' || what === 'cloudformation-role-name') return roleName;
  if (what === 'connection-arn')
    return `arn:aws:codeconnections:us-east-1:${ACCOUNT_ID}:connection/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0`;
  if (what === 'kms-key-arn') return `arn:aws:kms:us-east-1:${ACCOUNT_ID}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
  if (what === 'owner/repository') return 'octo-org/app';
  if (what === 'feature-branch') return 'feature/login';
  return `app-${what}`;
}

/** A template's pipeline with every placeholder filled in and the given name. */
export function filledTemplate(pipeline: Pipeline, name: string, roleName: string): Pipeline {
  const fill = (value: unknown): unknown => {
    if (typeof value === 'string') {
      return value.replace(new RegExp(`${PLACEHOLDER_MARKER}([^>]+)>`, 'g'), (_, what: string) =>
        placeholderValue(what, roleName),
      );
    }
    if (Array.isArray(value)) return value.map(fill);
    if (typeof value === 'object' && value !== null)
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v)]));
    return value;
  };
  return { ...(fill(pipeline) as Pipeline), name };
}
