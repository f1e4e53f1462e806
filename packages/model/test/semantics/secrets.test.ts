import { describe, expect, it } from 'vitest';
import { isLiteralSecret, isSecretKey, opaque } from '../../src/index.js';

describe('isSecretKey', () => {
  it('is true where the value is secret material, whatever the case and separators', () => {
    for (const key of [
      'OAuthToken',
      'SecretToken',
      'ClientSecret',
      'WebhookSecret',
      'Password',
      'DB_PASSWORD',
      'KeyPassphrase',
      'ApiKey',
      'x-api-key',
      'PrivateKey',
      'AWS_SECRET_ACCESS_KEY',
      'Credentials',
    ])
      expect(isSecretKey(key), key).toBe(true);
  });
  it('is false where the value names or locates a secret (a reference, not the secret)', () => {
    for (const key of [
      'SecretArn',
      'SecretId',
      'SecretName',
      'SecretsManagerArn',
      'PasswordParameterName',
      'TokenUrl',
      'AccessKeyId',
      'ProjectName',
    ])
      expect(isSecretKey(key), key).toBe(false);
  });
});

describe('isLiteralSecret', () => {
  it('is true for a literal string only', () => {
    expect(isLiteralSecret('ghp_123')).toBe(true);
    expect(isLiteralSecret('')).toBe(false);
    expect(isLiteralSecret('****')).toBe(false);
    expect(isLiteralSecret('#{SourceSecrets.Token}')).toBe(false);
    expect(isLiteralSecret('Bearer {{resolve:secretsmanager:gh:SecretString:token}}')).toBe(false);
    expect(isLiteralSecret(opaque('cloudformation', { Ref: 'Token' }))).toBe(false);
    expect(isLiteralSecret(42)).toBe(false);
  });
});
