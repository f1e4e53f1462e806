import type { RuleModule } from '../types.js';
import { at, q, record, text } from '../values.js';

const ALIAS = /(^|:)alias\//;

function storesWithoutKey(pipeline: unknown): { path: string; alias: boolean; missing: boolean }[] {
  const p = record(pipeline) ?? {};
  const out: { path: string; alias: boolean; missing: boolean }[] = [];
  const add = (path: string, store: unknown) => {
    const key = record(record(store)?.encryptionKey);
    const id = text(key?.id);
    out.push({ path, missing: !key, alias: id !== undefined && ALIAS.test(id) });
  };
  if (record(p.artifactStore)) add('/artifactStore', p.artifactStore);
  const map = record(p.artifactStores);
  if (map) for (const region in map) add(at('/artifactStores', region), map[region]);
  return out;
}

export const crossAccountKms: RuleModule = {
  id: 'cross-account-kms',
  severity: 'warning',
  scope: 'stage',
  description:
    'Cross-account actions need a customer-managed KMS key, referenced by key id or ARN, on the artifact store.',
  docs: {
    what:
      'When an action `roleArn` is in another account than the pipeline `roleArn`, reports an artifact store without ' +
      '`encryptionKey`, or whose key is given by alias.',
    why:
      'The other account cannot decrypt artifacts encrypted with the default AWS-managed key, so the action fails at ' +
      'run time; key aliases are recognised only in the account that owns the key.',
    fix: 'Create a customer-managed KMS key, grant the other account, and set it on the artifact store by key ARN.',
    rules: ['R58'],
    sources: ['DOC22 pipelines-create-cross-account', 'API EncryptionKey.id', 'CDK ArtifactBucketMustHaveKmsKey'],
    notes:
      'rules.md suggests an error for aliases; both cases fail only at run time, so this rule keeps one severity (warning).',
  },
  check({ pipeline, index, report }) {
    const home = index.pipelineAccount;
    if (!home) return;
    const stores = storesWithoutKey(pipeline);
    for (const action of index.actions) {
      if (!action.account || action.account === home) continue;
      for (const store of stores) {
        if (!store.missing && !store.alias) continue;
        report({
          message: store.missing
            ? `Action ${q(action.name)} runs in account ${action.account} (pipeline: ${home}), but the artifact store at ${store.path} has no customer-managed KMS key.`
            : `Action ${q(action.name)} runs in account ${action.account}, but the artifact store at ${store.path} names its KMS key by alias, which only account ${home} can resolve.`,
          path: at(action.path, 'roleArn'),
          related: [store.path],
        });
      }
    }
  },
};
