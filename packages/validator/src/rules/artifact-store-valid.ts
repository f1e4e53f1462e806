import { isOpaque } from '@pipewright/model';
import type { RuleModule } from '../types.js';
import { at, q, record } from '../values.js';

const BUCKET = /^[a-zA-Z0-9\-.]{3,63}$/;
/** The members of the API's `ArtifactStore` (codepipeline-service-2.json); the CLI refuses any other. */
const STORE_MEMBERS: ReadonlySet<string> = new Set(['type', 'location', 'encryptionKey']);

export const artifactStoreValid: RuleModule = {
  id: 'artifact-store-valid',
  severity: 'error',
  scope: 'stage',
  description: 'Each artifact store is an S3 bucket name, with an optional KMS key.',
  docs: {
    what:
      'Checks `artifactStore` and every `artifactStores` entry: `type` is `S3`; `location` is a bucket name of 3-63 ' +
      'letters, digits, `-` or `.` (not a folder path); an `encryptionKey` has an `id` of 1-400 characters and `type` `KMS`; ' +
      'no other member (the API has no `region` in a store: stores per Region go in `artifactStores`, keyed by Region).',
    why:
      'CodePipeline rejects any other store type, a location that is not a bucket name, or an incomplete key; the AWS CLI ' +
      'refuses an unknown member such as `artifactStore.region` before it sends the request.',
    fix: 'Use the bare bucket name as location; set the key type to KMS; move a Region into `artifactStores` or drop it.',
    rules: ['R15'],
    sources: ['API ArtifactStore/ArtifactStoreLocation/EncryptionKey', 'CFN ArtifactStore'],
  },
  check({ pipeline, report }) {
    const p = record(pipeline) ?? {};
    const stores: [string, unknown][] = [];
    if (p.artifactStore !== undefined) stores.push(['/artifactStore', p.artifactStore]);
    const map = record(p.artifactStores);
    if (map) for (const region in map) stores.push([at('/artifactStores', region), map[region]]);
    for (const [path, value] of stores) {
      const store = record(value);
      if (!store) {
        if (!isOpaque(value)) report({ message: `Artifact store at ${path} is not an object.`, path });
        continue;
      }
      for (const member in store) {
        if (STORE_MEMBERS.has(member) || store[member] === undefined) continue;
        const where = at(path, member);
        const remove = { kind: 'setField' as const, path: where, value: undefined };
        report(
          member === 'region'
            ? {
                message: `The artifact store has no region member in the CodePipeline API (the AWS CLI refuses it): a store for another Region goes in artifactStores, keyed by Region (${q(store[member])}).`,
                path: where,
                fix: { title: "Remove region (the store is in the pipeline's Region)", edit: remove },
              }
            : {
                message: `The artifact store has no member ${q(member)} in the CodePipeline API (the AWS CLI refuses it).`,
                path: where,
                fix: { title: `Remove ${member}`, edit: remove },
              },
        );
      }
      if (store.type !== 'S3' && !isOpaque(store.type))
        report({
          message: `Artifact store type ${q(store.type)} is not supported; it must be 'S3'.`,
          path: at(path, 'type'),
          fix: { title: "Set the type to 'S3'", edit: { kind: 'setField', path: at(path, 'type'), value: 'S3' } },
        });
      const location = store.location;
      if (!isOpaque(location) && (typeof location !== 'string' || !BUCKET.test(location)))
        report({
          message:
            location === '' || location === undefined
              ? 'Artifact store location is required: the name of an S3 bucket.'
              : `Artifact store location ${q(location)} must be an S3 bucket name (3-63 letters, digits, - or .), not a path.`,
          path: at(path, 'location'),
        });
      if (store.encryptionKey === undefined) continue;
      const key = record(store.encryptionKey);
      if (!key) continue;
      const id = key.id;
      if (!isOpaque(id) && (typeof id !== 'string' || id.length < 1 || id.length > 400))
        report({
          message: `Encryption key id ${q(id)} must be 1-400 characters (key id, key ARN or alias ARN).`,
          path: at(path, 'encryptionKey', 'id'),
        });
      if (key.type !== 'KMS' && !isOpaque(key.type))
        report({
          message: `Encryption key type ${q(key.type)} must be 'KMS'.`,
          path: at(path, 'encryptionKey', 'type'),
          fix: {
            title: "Set the key type to 'KMS'",
            edit: { kind: 'setField', path: at(path, 'encryptionKey', 'type'), value: 'KMS' },
          },
        });
    }
  },
};
