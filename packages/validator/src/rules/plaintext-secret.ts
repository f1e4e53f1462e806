import { isLiteralSecret, isSecretKey } from '@pipewright/model';
import { conditionRulesOf } from '../conditions.js';
import type { ActionEntry } from '../pipeline-index.js';
import type { Report, RuleModule } from '../types.js';
import { at, q, record, text } from '../values.js';

/**
 * Whether a key names a secret, remembered per key for one call: a pipeline repeats the same
 * few configuration keys thousands of times, and normalising and matching each is not free.
 */
function secretKey(memo: Map<string, boolean>, key: string): boolean {
  let secret = memo.get(key);
  if (secret === undefined) memo.set(key, (secret = isSecretKey(key)));
  return secret;
}

function checkEnvironment(action: ActionEntry, report: (r: Report) => void): void {
  const variables = action.environmentVariables;
  if (!Array.isArray(variables)) return;
  for (let i = 0; i < variables.length; i++) {
    const env = record(variables[i]) ?? {};
    const name = text(env.name);
    if (!name || !isSecretKey(name) || !isLiteralSecret(env.value)) continue;
    if (env.type !== undefined && env.type !== 'PLAINTEXT') continue;
    report({
      message: `Action ${q(action.name)}: environment variable ${q(name)} holds a secret in plain text.`,
      path: at(action.path, 'environmentVariables', i, 'value'),
    });
  }
}

export const plaintextSecret: RuleModule = {
  id: 'plaintext-secret',
  severity: 'warning',
  scope: 'stage',
  description: 'Secrets such as OAuthToken are not written as literals.',
  docs: {
    what:
      'Reports a configuration key of an action or a stage-condition rule that names secret material (its last word ' +
      'is token, secret, password, passwd, passphrase, api key, private key, secret key, secret access key or ' +
      'credentials: OAuthToken, ClientSecret, KeyPassphrase) whose value is a literal, and a PLAINTEXT environment ' +
      'variable so named. Masked values (`****`), `#{...}` variables, `{{resolve:...}}` dynamic references and opaque ' +
      'values pass. The exporters lift exactly these values into parameters (the model decides for both).',
    why: 'The pipeline declaration is readable by anyone with codepipeline:GetPipeline and ends up in templates and git history.',
    fix: 'Keep the secret in Secrets Manager and reference it (`{{resolve:secretsmanager:...}}` in CloudFormation, a SECRETS_MANAGER environment variable), or use a CodeStar connection instead of a token.',
    rules: [],
    sources: [
      'seed-design.md Anti-Patterns (secure scanning pattern)',
      'cfn_nag W/F for webhook secrets',
      'DOC22 GitHub OAuthToken',
      'AWS Secrets Manager best practices (reference secrets by ARN)',
    ],
    notes:
      'A key that names where a secret is kept (SecretArn, SecretId, SecretName, PasswordParameterName) holds a ' +
      'reference, not the secret, and passes: a Secrets Manager ARN grants nothing by being read.',
  },
  check({ index, report }) {
    const memo = new Map<string, boolean>();
    for (const action of index.actions) {
      const keys = action.configKeys;
      for (let k = 0; k < keys.length; k++) {
        const key = keys[k]!;
        if (!secretKey(memo, key) || !isLiteralSecret(action.configValues[k])) continue;
        report({
          message: `Action ${q(action.name)}: ${key} is a literal secret.`,
          path: at(action.path, 'configuration', key),
        });
      }
      checkEnvironment(action, report);
    }
    for (const stage of index.stages)
      for (const rule of conditionRulesOf(stage)) {
        const configuration = record(rule.raw.configuration);
        if (!configuration) continue;
        for (const key in configuration) {
          if (!secretKey(memo, key) || !isLiteralSecret(configuration[key])) continue;
          report({
            message: `Rule ${q(rule.raw.name)} of stage ${q(stage.name)}: ${key} is a literal secret.`,
            path: at(rule.path, 'configuration', key),
          });
        }
      }
  },
};
