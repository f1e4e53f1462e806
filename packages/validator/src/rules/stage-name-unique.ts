import { NAME_SPECS, uniqueName } from '@pipewright/model';
import type { RuleModule } from '../types.js';
import { at, q } from '../values.js';

export const stageNameUnique: RuleModule = {
  id: 'stage-name-unique',
  severity: 'error',
  description: 'Stage names are unique within a pipeline.',
  docs: {
    what: 'Reports a stage whose name an earlier stage already uses (names compare case-sensitively).',
    why: 'CodePipeline rejects it: "All stage names in a pipeline must be unique."',
    fix: 'Rename one of the stages.',
    rules: ['R2', 'R32'],
    sources: ['DOC pipeline-requirements', 'DOC22 limits.md', 'CFNP Stages.uniqueKeys', 'CDK StageDuplicateNameAdded'],
  },
  check({ index, report }) {
    const first = new Map<string, string>();
    const taken = new Set(index.stages.map((s) => s.name).filter((n): n is string => n !== undefined));
    for (const stage of index.stages) {
      if (stage.name === undefined) continue;
      const earlier = first.get(stage.name);
      if (earlier === undefined) {
        first.set(stage.name, at(stage.path, 'name'));
        continue;
      }
      const name = uniqueName(stage.name, (n) => taken.has(n), NAME_SPECS.stage.max);
      taken.add(name);
      report({
        message: `Stage name ${q(stage.name)} is used by an earlier stage.`,
        path: at(stage.path, 'name'),
        related: [earlier],
        fix: { title: `Rename the stage to '${name}'`, edit: { kind: 'renameStage', stage: stage.index, name } },
      });
    }
  },
};
