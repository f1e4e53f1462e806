import { NAME_SPECS, RESERVED_NAMESPACES as RESERVED, uniqueName } from '@pipewright/model';
import type { RuleModule } from '../types.js';
import { at, q } from '../values.js';

export const namespaceUnique: RuleModule = {
  id: 'namespace-unique',
  severity: 'error',
  description: 'Action namespaces are unique, differ from artifact names and are not reserved.',
  docs: {
    what:
      'Reports a namespace that an earlier action already uses, a namespace equal to an artifact name, and the reserved ' +
      'namespaces `variables` (pipeline variables) and `codepipeline` (execution variables).',
    why:
      'AWS: "Namespaces must be unique across the pipeline definition and cannot conflict with any artifact names"; ' +
      'an action using `variables` must choose another namespace.',
    fix: 'Rename the namespace (the fix picks a free name); references to it must follow.',
    rules: ['R47', 'R50'],
    sources: ['DOC reference-variables', 'DOC pipeline-level variables'],
    notes: 'Rejecting `codepipeline` is an inference of rules.md R50: it is the namespace of the execution variables.',
  },
  check({ index, report }) {
    // Artifact names: every output, plus the inputs nothing produces (the rare dangling ones).
    const dangling = new Set<string>();
    for (const action of index.actions)
      for (const ref of action.inputs) if (ref.name !== undefined && !ref.producers) dangling.add(ref.name);
    const isArtifact = (n: string) => index.producers.has(n) || dangling.has(n);
    const taken = (n: string) => index.namespaces.has(n) || isArtifact(n) || RESERVED.includes(n);
    index.namespaces.forEach((actions, namespace) => {
      const clash = isArtifact(namespace);
      const reserved = RESERVED.includes(namespace);
      if (actions.length === 1 && !clash && !reserved) return; // the common case: nothing to report
      actions.forEach((action, i) => {
        const path = at(action.path, 'namespace');
        const renamed = uniqueName(`${namespace}Vars`, taken, NAME_SPECS.namespace.max);
        const fix = {
          title: `Rename the namespace to '${renamed}'`,
          edit: { kind: 'setField' as const, path, value: renamed },
        };
        const what = `Namespace ${q(namespace)} of action ${q(action.name)} in stage ${q(action.stageName)}`;
        if (i > 0)
          report({
            message: `${what} is already used by action ${q(actions[0]!.name)}.`,
            path,
            related: [at(actions[0]!.path, 'namespace')],
            fix,
          });
        if (clash) report({ message: `${what} is also an artifact name.`, path, fix });
        if (reserved) report({ message: `${what} is reserved by CodePipeline.`, path, fix });
      });
    });
  },
};
