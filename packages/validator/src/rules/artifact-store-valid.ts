import { isOpaque } from '@pipewright/model';
import type { RuleModule } from '../types.js';
import { at, q, record } from '../values.js';

const BUCKET = /^[a-zA-Z0-9\-.]{3,63}$/;

export const artifactStoreValid: RuleModule = {
  id: 'artifact-store-valid',
  severity: 'error',
  description: 'Each artifact store is an S3 bucket name, with an optional KMS key.',
  docs: {
    what:
      'Checks `artifactStore` and every `artifactStores` entry: `type` is `S3`; `location` is a bucket name of 3-63 ' +
      'letters, digits, `-` or `.` (not a folder path); an `encryptionKey` has an `id` of 1-400 characters and `type` `KMS`.',
    why: 'CodePipeline rejects any other store type, a location that is not a bucket name, or an incomplete key.',
    fix: 'Use the bare bucket name as location; set the key type to KMS.',
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
      if (store.type !== 'S3' && !isOpaque(store.type))
        report({
          message: `Artifact store type ${q(store.type)} is not supported; it must be 'S3'.`,
          path: at(path, 'type'),
          fix: { title: "Set the type to 'S3'", edit: { kind: 'setField', path: at(path, 'type'), value: 'S3' } },
        });
      const location = store.location;
      if (!isOpaque(location) && (typeof location !== 'string' || !BUCKET.test(location)))
        report({
          message: `Artifact store location ${q(location)} must be an S3 bucket name (3-63 letters, digits, - or .), not a path.`,
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
