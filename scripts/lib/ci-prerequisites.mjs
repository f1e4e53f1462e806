// @ts-check
// What CI must have before it runs `npm test`. Locally a missing one only skips tests (visibly);
// in CI a skip would hide a broken path or a missing tool, so `.ci/run` stops first with this
// list's messages. Add a tool here when a test suite starts to need one.
// Node built-ins only: `.ci/run` calls it before dependencies are installed.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CORPUS_ENV, REFERENCE_ENV, hasCorpus, hasReference, repoRoot } from '../../test-support/corpus.mjs';
import { MOTO_ENV, hasMotoServer } from '../../test-support/moto.mjs';

/**
 * @typedef {object} Prerequisite
 * @property {string} name what is needed
 * @property {() => boolean} present
 * @property {string} howToFix said when it is missing
 */

/** @param {string} command @param {string[]} args */
const runs = (command, args) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;

/** @type {Prerequisite[]} */
export const CI_PREREQUISITES = [
  {
    name: 'the shared corpus',
    present: () => hasCorpus,
    howToFix: `put it at ${resolve(repoRoot, '..', 'shared', 'corpus')} or point ${CORPUS_ENV} at it`,
  },
  {
    name: 'the shared reference data',
    present: () => hasReference,
    howToFix: `put it beside the corpus (../shared/reference) or point ${REFERENCE_ENV} at it`,
  },
  {
    name: 'cfn-lint (the judge of the CloudFormation export)',
    present: () => runs('cfn-lint', ['--version']),
    howToFix: 'pip install cfn-lint',
  },
  {
    name: 'moto_server (the local CodePipeline and IAM API the live-command tests run against)',
    present: () => hasMotoServer,
    howToFix: `pip install 'moto[server]', or point ${MOTO_ENV} at moto_server`,
  },
];

/**
 * @param {readonly Prerequisite[]} [prerequisites]
 * @returns {string[]} one line per missing prerequisite
 */
export function missingPrerequisites(prerequisites = CI_PREREQUISITES) {
  return prerequisites.filter((p) => !p.present()).map((p) => `${p.name} is missing: ${p.howToFix}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const missing = missingPrerequisites();
  for (const line of missing) console.error(`CI cannot run: ${line}`);
  if (missing.length > 0) {
    console.error('Refusing to run `npm test` in CI: its corpus and tool tests would be skipped, not run.');
    process.exitCode = 1;
  } else {
    console.log(`CI prerequisites present: ${CI_PREREQUISITES.map((p) => p.name).join(', ')}`);
  }
}
