import { NAME_SPECS, uniqueName } from '@pipewright/model';
import type { RuleModule } from '../types.js';
import { q } from '../values.js';

export const artifactOutputUnique: RuleModule = {
  id: 'artifact-output-unique',
  severity: 'error',
  description: 'Every output artifact name is produced once in the pipeline.',
  docs: {
    what: 'Reports an output artifact whose name an earlier output (of any action, the same one included) already declares.',
    why: 'CodePipeline rejects it: "Output artifact names must be unique in a pipeline." A consumer could not tell which one it gets.',
    fix: 'Rename the second output (the fix appends a number) and point its consumers at the new name.',
    rules: ['R42', 'R45'],
    sources: [
      'DOC action-requirements outputArtifacts',
      'API OutputArtifact',
      'CDK validateArtifacts',
      'cfn-lint E3701',
      'CFN OutputArtifacts uniqueItems',
    ],
    notes: 'Names compare case-sensitively (they become `$CODEBUILD_SRC_DIR_<name>`).',
  },
  check({ index, report }) {
    for (const declarations of index.producers.values()) {
      if (declarations.length < 2) continue;
      const first = declarations[0]!;
      const name = first.name!;
      for (let d = 1; d < declarations.length; d++) {
        const dup = declarations[d]!;
        const renamed = uniqueName(name, (n) => index.producers.has(n), NAME_SPECS.artifact.max);
        report({
          message: `Action ${q(dup.action.name)} in stage ${q(dup.action.stageName)} produces artifact ${q(name)}, which action ${q(first.action.name)} already produces.`,
          path: dup.path,
          related: [first.path],
          fix: {
            title: `Rename this output to '${renamed}'`,
            edit: { kind: 'setField', path: dup.path, value: renamed },
          },
        });
      }
    }
  },
};
