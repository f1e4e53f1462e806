import { isMaskedSecret } from '../secrets/masked.js';
import { holdsVariableReference } from './variable-references.js';

/*
 * Which values are secrets: one answer for the validator (`plaintext-secret` warns about a
 * literal one) and the exporters (which lift the same values into parameters), so a value is
 * never warned about yet written out as a literal, or lifted yet never warned about.
 *
 * A key names a secret when its value IS the secret material: a token, a password or
 * passphrase, an API or private key, a client or webhook secret, credentials, an AWS secret
 * access key. A key that names a secret only as its last word counts; a key that ends in
 * something else names a reference to one or an identifier: `SecretArn`, `SecretId`,
 * `SecretName`, `PasswordParameterName` and `TokenUrl` hold where a secret is kept or what it
 * is called, not the secret. AWS's guidance is to keep secrets in Secrets Manager (or
 * Parameter Store) and pass their ARN or name; a Secrets Manager ARN is safe to write in a
 * template or a repository, because reading it grants nothing. Warning about it (or lifting it
 * into a NoEcho parameter) would punish exactly the practice the warning asks for.
 *
 * Matching the end of the key with separators removed treats `ClientSecret`, `client_secret`,
 * `CLIENT-SECRET` and `AWS_SECRET_ACCESS_KEY` alike.
 */
const SECRET_KEY_END =
  /(token|secret|password|passwd|passphrase|apikey|privatekey|secretkey|secretaccesskey|credentials?)$/;
const SEPARATORS = /[^A-Za-z0-9]+/g;

/** Does this key (a configuration key or an environment variable name) name secret material? */
export function isSecretKey(key: string): boolean {
  return SECRET_KEY_END.test(key.replace(SEPARATORS, '').toLowerCase());
}

/** A CloudFormation dynamic reference (`{{resolve:secretsmanager:...}}`): resolved at deploy time. */
export function holdsDynamicReference(text: string): boolean {
  return text.includes('{{resolve:');
}

/**
 * True when a secret key's value is the secret itself, written in clear: a non-empty literal
 * string that is neither get-pipeline's mask (`****`: the secret is not in the document) nor a
 * reference resolved later (`#{ns.key}`, `{{resolve:...}}`). Opaque values (an intrinsic, a
 * Terraform expression) are not strings, so they are not literal secrets either.
 */
export function isLiteralSecret(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || isMaskedSecret(value)) return false;
  return !holdsVariableReference(value) && !holdsDynamicReference(value);
}
