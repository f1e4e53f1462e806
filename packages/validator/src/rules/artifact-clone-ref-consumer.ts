import type { RuleModule } from '../types.js';
import { at, q, text } from '../values.js';

export const artifactCloneRefConsumer: RuleModule = {
  id: 'artifact-clone-ref-consumer',
  severity: 'warning',
  description: 'A CODEBUILD_CLONE_REF source artifact feeds only CodeBuild actions.',
  docs: {
    what:
      'Reports an action other than CodeBuild that consumes the output of a CodeCommit or CodeStarSourceConnection ' +
      'source whose `OutputArtifactFormat` is `CODEBUILD_CLONE_REF`.',
    why: 'Such an artifact holds a reference for a git clone, not the files; AWS: it "can only be used by CodeBuild downstream actions".',
    fix: 'Use OutputArtifactFormat CODE_ZIP, or have a CodeBuild action produce the files the other action needs.',
    rules: ['R48'],
    sources: ['DOC22 action-reference-CodestarConnectionSource.md', 'DOC22 action-reference-CodeCommit.md'],
  },
  check({ index, report }) {
    for (const action of index.actions) {
      if (action.provider === undefined || action.provider === 'CodeBuild') continue;
      for (const ref of action.inputs) {
        const producer = ref.producers?.[0]?.action;
        if (!producer || text(producer.configuration?.OutputArtifactFormat) !== 'CODEBUILD_CLONE_REF') continue;
        report({
          message: `Action ${q(action.name)} (${action.provider}) consumes ${q(ref.name)}, a CODEBUILD_CLONE_REF artifact that only CodeBuild can use.`,
          path: ref.path,
          related: [at(producer.path, 'configuration', 'OutputArtifactFormat')],
        });
      }
    }
  },
};
