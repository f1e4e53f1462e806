import type { RuleModule } from '../types.js';
import { at, list, q, record, text } from '../values.js';

const SECRET_KEY = /(secret|token|password|passwd|api[-_]?key|private[-_]?key|credential)/i;

/** True when a literal value could be a secret (not a mask, a variable or a dynamic reference). */
function looksLikeSecret(value: string): boolean {
  if (value.length === 0 || /^\*+$/.test(value)) return false; // get-pipeline masks secrets as ****
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
    for (const action of index.actions) {
      const config = action.configuration;
      if (config)
        for (const key of action.configKeys) {
          const value = text(config[key]);
          if (value === undefined || !SECRET_KEY.test(key) || !looksLikeSecret(value)) continue;
          report({
            message: `Action ${q(action.name)}: ${key} is a literal secret.`,
            path: at(action.path, 'configuration', key),
          });
        }
      list(action.raw.environmentVariables).forEach((e, i) => {
        const env = record(e) ?? {};
        const name = text(env.name);
        const value = text(env.value);
        if (!name || !SECRET_KEY.test(name) || value === undefined || !looksLikeSecret(value)) return;
        if (env.type !== undefined && env.type !== 'PLAINTEXT') return;
        report({
          message: `Action ${q(action.name)}: environment variable ${q(name)} holds a secret in plain text.`,
          path: at(action.path, 'environmentVariables', i, 'value'),
        });
      });
    }
  },
};
