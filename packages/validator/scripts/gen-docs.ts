/**
 * Regenerates packages/validator/docs/rules from the rule modules.
 * Run: npx tsx packages/validator/scripts/gen-docs.ts
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderDocs } from './rule-docs.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), '../docs/rules');
mkdirSync(dir, { recursive: true });
const files = await renderDocs();
for (const name of readdirSync(dir)) if (!files.has(name)) rmSync(join(dir, name));
for (const [name, text] of files) writeFileSync(join(dir, name), text);
console.log(`wrote ${files.size} files to ${dir}`);
