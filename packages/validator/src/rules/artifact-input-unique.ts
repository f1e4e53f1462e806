import type { RuleModule } from '../types.js';
import { at, list, q, record } from '../values.js';

/** The list without later repeats of a name. */
function deduplicated(inputs: unknown): unknown[] {
  const seen = new Set<unknown>();
  return list(inputs).filter((item) => {
    const name = record(item)?.name;
    if (typeof name !== 'string') return true;
    if (seen.has(name)) return false;
    seen.add(name);
    return true;
  });
}

export const artifactInputUnique: RuleModule = {
  id: 'artifact-input-unique',
  severity: 'error',
  scope: 'stage',
  description: 'An action lists each input artifact once.',
  docs: {
    what: "Reports an input artifact that appears twice in one action's `inputArtifacts`.",
    why: 'The CloudFormation schema declares `InputArtifacts` with `uniqueItems: true`; CDK de-duplicates inputs. A repeated input has no meaning.',
    fix: 'Remove the repeated entry.',
    rules: ['R45'],
    sources: ['CFN InputArtifacts uniqueItems', 'CDK Action input de-duplication'],
    notes:
      'Enforced by tools; the AWS API behaviour is not documented. Duplicate outputs are `artifact-output-unique`.',
  },
  check({ index, report }) {
    for (const action of index.actions) {
      const inputs = action.inputs;
      // Input lists are short (at most a handful): a pairwise scan beats building a map per action.
      for (let i = 1; i < inputs.length; i++) {
        const ref = inputs[i]!;
        if (ref.name === undefined) continue;
        let first = -1;
        for (let j = 0; j < i && first < 0; j++) if (inputs[j]!.name === ref.name) first = j;
        if (first < 0) continue;
        const earlier = inputs[first]!.path;
        report({
          message: `Action ${q(action.name)} in stage ${q(action.stageName)} lists input artifact ${q(ref.name)} twice.`,
          path: ref.path,
          related: [earlier],
          fix: {
            title: 'Remove the repeated input',
            edit: {
              kind: 'setField',
              path: at(action.path, 'inputArtifacts'),
              value: deduplicated(action.raw.inputArtifacts),
            },
          },
        });
      }
    }
  },
};
