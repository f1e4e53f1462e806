import type { RuleModule } from '../types.js';
import { at, q, record, text } from '../values.js';

const MASKED = /^\*+$/;
const SECRET_KEY = /(secret|token|password|passwd|api[-_]?key|private[-_]?key|credential)/i;

/**
 * Whether a key is named like a secret, remembered per key for one call: a pipeline repeats
 * the same few configuration keys thousands of times, and a case-insensitive alternation is not cheap.
 */
function secretKey(secretKeys: Map<string, boolean>, key: string): boolean {
  let secret = secretKeys.get(key);
  if (secret === undefined) secretKeys.set(key, (secret = SECRET_KEY.test(key)));
  return secret;
}

/** True when a literal value could be a secret (not a mask, a variable or a dynamic reference). */
function looksLikeSecret(value: string): boolean {
  if (value.length === 0 || MASKED.test(value)) return false; // get-pipeline masks secrets as ****
  if (value.includes('#{') || value.includes('{{resolve:')) return false;
  return true;
}

export const plaintextSecret: RuleModule = {
  id: 'plaintext-secret',
  severity: 'warning',
  description: 'Secrets such as OAuthToken are not written as literals.',
  docs: {
    what:
      'Reports a configuration key named like a secret (OAuthToken, ClientSecret, RefreshToken, anything with secret, ' +
      'token, password, api key, credential) whose value is a literal, and a PLAINTEXT environment variable named like a ' +
      'secret. Masked values (`****`), `#{...}` variables, `{{resolve:...}}` dynamic references and opaque values pass.',
    why: 'The pipeline declaration is readable by anyone with codepipeline:GetPipeline and ends up in templates and git history.',
    fix: 'Keep the secret in Secrets Manager and reference it (`{{resolve:secretsmanager:...}}` in CloudFormation, a SECRETS_MANAGER environment variable), or use a CodeStar connection instead of a token.',
    rules: [],
    sources: [
      'seed-design.md Anti-Patterns (secure scanning pattern)',
      'cfn_nag W/F for webhook secrets',
      'DOC22 GitHub OAuthToken',
    ],
  },
  check({ index, report }) {
    const secretKeys = new Map<string, boolean>();
    for (const action of index.actions) {
      const keys = action.configKeys;
      for (let k = 0; k < keys.length; k++) {
        const key = keys[k]!;
        if (!secretKey(secretKeys, key)) continue;
        const value = text(action.configValues[k]);
        if (value === undefined || !looksLikeSecret(value)) continue;
        report({
          message: `Action ${q(action.name)}: ${key} is a literal secret.`,
          path: at(action.path, 'configuration', key),
        });
      }
      const variables = action.environmentVariables;
      if (!Array.isArray(variables)) continue;
      for (let i = 0; i < variables.length; i++) {
        const env = record(variables[i]) ?? {};
        const name = text(env.name);
        const value = text(env.value);
        if (!name || !SECRET_KEY.test(name) || value === undefined || !looksLikeSecret(value)) continue;
        if (env.type !== undefined && env.type !== 'PLAINTEXT') continue;
        report({
          message: `Action ${q(action.name)}: environment variable ${q(name)} holds a secret in plain text.`,
          path: at(action.path, 'environmentVariables', i, 'value'),
        });
      }
    }
  },
};
