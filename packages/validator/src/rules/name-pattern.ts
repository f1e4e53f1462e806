import { NAME_SPECS as NAMES, nameProblem, sanitizeName, type NameSpec } from '@pipewright/model';
import { conditionRulesOf } from '../conditions.js';
import type { ActionEntry } from '../pipeline-index.js';
import type { Fix, Report, RuleModule } from '../types.js';
import { at, list, q, record } from '../values.js';

/** "action 'Build' in stage 'CI'" (messages only). */
function whereOf(action: ActionEntry): string {
  return `action ${q(action.raw.name)} in stage ${q(action.stageName)}`;
}

/**
 * The fast test for the common case, on the literal read by the index (undefined when the
 * value is missing, opaque or not a string: `check` then looks at the raw value).
 */
function fine(value: string | undefined, spec: NameSpec): boolean {
  return value !== undefined && value.length <= spec.max && spec.pattern.test(value);
}

export const namePattern: RuleModule = {
  id: 'name-pattern',
  severity: 'error',
  scope: 'stage',
  description:
    'Pipeline, stage, action, artifact, namespace, variable and rule names use allowed characters and lengths.',
  docs: {
    what:
      'Checks every name against the API pattern and length: pipeline, stage, action and rule names 1-100 of ' +
      '`A-Za-z0-9.@-_`; artifact names 1-100 of `A-Za-z0-9-_` (no `.` or `@`); namespaces 1-100 of `A-Za-z0-9@-_`; ' +
      'pipeline variable names 1-128 of `A-Za-z0-9@-_`. Missing and empty names are reported too. Opaque values ' +
      '(CloudFormation intrinsics, Terraform expressions) are skipped.',
    why: 'CodePipeline rejects names outside these patterns (spaces are a common mistake).',
    fix: 'Replace the disallowed characters (the fix replaces them with `-`) and shorten long names.',
    rules: ['R1', 'R2', 'R3', 'R4', 'R5', 'R11', 'R12'],
    sources: [
      'API PipelineName/StageName/ActionName/ArtifactName/ActionNamespace/PipelineVariableName/RuleName',
      'DOC22 limits.md',
      'CDK validateName/validateArtifactName/validateNamespaceName',
      'CFNP action Name pattern',
      'TF StringLenBetween + StringMatch',
    ],
    notes:
      'The API patterns are unanchored; CDK and cfn-lint anchor them and so does this rule (the whole name must match). ' +
      'The API prose says variable names are "alphanumeric and underscore"; the model pattern also allows `@` and `-`, which this rule follows.',
  },
  check({ pipeline, index, report }) {
    /** Reports a bad name; `what` and `fix` are only built for names that fail (the rare case). */
    const check = (value: unknown, spec: NameSpec, path: string, what: () => string, fix?: (clean: string) => Fix) => {
      const problem = nameProblem(value, spec);
      if (!problem) return;
      const d: Report = { message: `${spec.label} of ${what()} ${problem}.`, path };
      if (typeof value === 'string' && fix) {
        const clean = sanitizeName(value, spec);
        if (clean !== undefined && clean !== value) d.fix = fix(clean);
      }
      report(d);
    };
    const p = record(pipeline) ?? {};
    check(
      p.name,
      NAMES.pipeline,
      '/name',
      () => 'the pipeline',
      (name) => ({
        title: `Rename the pipeline to '${name}'`,
        edit: { kind: 'setField', path: '/name', value: name },
      }),
    );
    for (const stage of index.stages) {
      if (!fine(stage.name, NAMES.stage))
        check(
          stage.raw.name,
          NAMES.stage,
          at(stage.path, 'name'),
          () => `stage ${stage.index + 1}`,
          (name) => ({
            title: `Rename the stage to '${name}'`,
            edit: { kind: 'renameStage', stage: stage.index, name },
          }),
        );
      for (const action of stage.actions) {
        if (!fine(action.name, NAMES.action))
          check(
            action.raw.name,
            NAMES.action,
            at(action.path, 'name'),
            () => `action ${action.actionIndex + 1} in stage ${q(stage.name)}`,
            (name) => ({
              title: `Rename the action to '${name}'`,
              edit: { kind: 'renameAction', stage: stage.index, action: action.actionIndex, name },
            }),
          );
        for (const ref of action.inputs)
          if (!fine(ref.name, NAMES.artifact))
            check(ref.raw, NAMES.artifact, ref.path, () => `an input of ${whereOf(action)}`);
        for (const ref of action.outputs)
          if (!fine(ref.name, NAMES.artifact))
            check(
              ref.raw,
              NAMES.artifact,
              ref.path,
              () => `an output of ${whereOf(action)}`,
              (name) => ({
                title: `Rename the artifact to '${name}'`,
                edit: { kind: 'renameArtifact', from: ref.name!, to: name },
              }),
            );
        if (
          action.namespace !== undefined ? !fine(action.namespace, NAMES.namespace) : action.raw.namespace !== undefined
        )
          check(
            action.raw.namespace,
            NAMES.namespace,
            at(action.path, 'namespace'),
            () => whereOf(action),
            (name) => ({
              title: `Rename the namespace to '${name}'`,
              edit: { kind: 'renameNamespace', from: action.namespace!, to: name },
            }),
          );
      }
      for (const rule of conditionRulesOf(stage))
        check(rule.raw.name, NAMES.rule, at(rule.path, 'name'), () => `a ${rule.kind} rule of stage ${q(stage.name)}`);
    }
    list(p.variables).forEach((variable, i) => {
      check(
        record(variable)?.name,
        NAMES.variable,
        at('', 'variables', i, 'name'),
        () => `pipeline variable ${i + 1}`,
        (name) => ({
          title: `Rename the variable to '${name}'`,
          edit: { kind: 'setField', path: at('', 'variables', i, 'name'), value: name },
        }),
      );
    });
  },
};
