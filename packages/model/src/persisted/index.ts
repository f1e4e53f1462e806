export * from './types.js';
export { persistedMigrations, migratePersisted, versionOf, type PersistedMigration } from './migrations.js';
export {
  decodePersistedDocument,
  documentValue,
  encodePersistedDocument,
  persistedRecord,
  readPersistedValue,
} from './codec.js';
