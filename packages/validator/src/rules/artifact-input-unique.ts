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
      const seen = new Map<string, string>();
      for (const ref of action.inputs) {
        if (ref.name === undefined) continue;
        const earlier = seen.get(ref.name);
        if (earlier === undefined) {
          seen.set(ref.name, ref.path);
          continue;
        }
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
