import { literal } from '../schema/opaque.js';
import type { Action, Pipeline, Stage } from '../schema/pipeline.js';
import { withKey } from '../util/own.js';
import { badAction, badName, mapActions, nameOf, ok, refuse, updateAction } from './access.js';
import type { EditResult } from './types.js';
import { artifactProducers } from '../semantics/artifacts.js';

/** Every output artifact name in the pipeline. */
export function outputNames(pipeline: Pipeline): Set<string> {
  return new Set(artifactProducers(pipeline).keys());
}

export function namespaces(pipeline: Pipeline): Set<string> {
  const names = new Set<string>();
  for (const stage of pipeline.stages) {
    for (const action of stage.actions) {
      const ns = literal(action.namespace);
      if (ns !== undefined) names.add(ns);
    }
  }
  return names;
}

type ArtifactList = 'inputArtifacts' | 'outputArtifacts';

function addArtifact(pipeline: Pipeline, stage: number, action: number, name: string, list: ArtifactList): EditResult {
  const problem = badAction(pipeline, stage, action) ?? badName(name, 'artifact');
  if (problem) return refuse(problem);
  const target = (pipeline.stages[stage] as Stage).actions[action] as Action;
  if ((target[list] ?? []).some((a) => nameOf(a) === name)) {
    return refuse(`action "${String(target.name)}" already lists "${name}" in ${list}`);
  }
  if (list === 'outputArtifacts') {
    if (outputNames(pipeline).has(name)) return refuse(`an output artifact named "${name}" already exists`);
    if (namespaces(pipeline).has(name))
      return refuse(`"${name}" is already a namespace; artifacts and namespaces must differ`);
  }
  return ok(updateAction(pipeline, stage, action, (a) => ({ ...a, [list]: [...(a[list] ?? []), { name }] })));
}

function removeArtifact(
  pipeline: Pipeline,
  stage: number,
  action: number,
  name: string,
  list: ArtifactList,
): EditResult {
  const problem = badAction(pipeline, stage, action);
  if (problem) return refuse(problem);
  const target = (pipeline.stages[stage] as Stage).actions[action] as Action;
  const current = target[list] ?? [];
  if (!current.some((a) => nameOf(a) === name)) {
    return refuse(`action "${String(target.name)}" has no ${list} entry "${name}"`);
  }
  const remaining = current.filter((a) => nameOf(a) !== name);
  // An empty list is not allowed by CloudFormation; drop the field instead.
  return ok(updateAction(pipeline, stage, action, (a) => withKey(a, list, remaining.length ? remaining : undefined)));
}

export const addInputArtifact = (p: Pipeline, s: number, a: number, name: string) =>
  addArtifact(p, s, a, name, 'inputArtifacts');
export const addOutputArtifact = (p: Pipeline, s: number, a: number, name: string) =>
  addArtifact(p, s, a, name, 'outputArtifacts');
export const removeInputArtifact = (p: Pipeline, s: number, a: number, name: string) =>
  removeArtifact(p, s, a, name, 'inputArtifacts');
export const removeOutputArtifact = (p: Pipeline, s: number, a: number, name: string) =>
  removeArtifact(p, s, a, name, 'outputArtifacts');

/**
 * Configuration keys that name an input artifact, per provider: `exact` keys
 * hold the name itself, `prefixed` keys hold `ArtifactName::path`.
 */
const ARTIFACT_CONFIG: Record<string, { exact?: string[]; prefixed?: string[] }> = {
  CodeBuild: { exact: ['PrimarySource'] },
  CloudFormation: { prefixed: ['TemplatePath', 'TemplateConfiguration'] },
  CloudFormationStackSet: { prefixed: ['TemplatePath', 'Parameters', 'DeploymentTargets'] },
  CloudFormationStackInstances: { prefixed: ['ParameterOverrides', 'DeploymentTargets'] },
  CodeDeployToECS: {
    exact: [
      'TaskDefinitionTemplateArtifact',
      'AppSpecTemplateArtifact',
      'Image1ArtifactName',
      'Image2ArtifactName',
      'Image3ArtifactName',
      'Image4ArtifactName',
    ],
  },
};

function renameInConfiguration(action: Action, from: string, to: string): Action {
  const keys = ARTIFACT_CONFIG[literal(action.actionTypeId.provider) ?? ''];
  const configuration = action.configuration;
  if (!keys || !configuration) return action;
  let next = configuration;
  for (const key of keys.exact ?? []) {
    if (configuration[key] === from) next = withKey(next, key, to);
  }
  for (const key of keys.prefixed ?? []) {
    const value = configuration[key];
    if (typeof value === 'string' && value.startsWith(`${from}::`)) {
      next = withKey(next, key, `${to}${value.slice(from.length)}`);
    }
  }
  return next === configuration ? action : { ...action, configuration: next };
}

function renameInList<T extends { name: unknown }>(list: T[] | undefined, from: string, to: string): T[] | undefined {
  if (!list?.some((a) => a.name === from)) return list;
  return list.map((a) => (a.name === from ? { ...a, name: to } : a));
}

/** Renames an artifact: its producer's output, every consumer's input and the configuration values that name it. */
export function renameArtifact(pipeline: Pipeline, from: string, to: string): EditResult {
  const problem = badName(to, 'artifact');
  if (problem) return refuse(problem);
  if (from === to) return ok(pipeline);
  const outputs = outputNames(pipeline);
  const consumed = pipeline.stages.some((stage) =>
    stage.actions.some((action) => action.inputArtifacts?.some((input) => input.name === from)),
  );
  if (!outputs.has(from) && !consumed) {
    return refuse(`no artifact named "${from}"`);
  }
  if (outputs.has(to)) return refuse(`an artifact named "${to}" already exists`);
  if (namespaces(pipeline).has(to))
    return refuse(`"${to}" is already a namespace; artifacts and namespaces must differ`);

  const renamed = mapActions(pipeline, (action) => {
    let next = renameInConfiguration(action, from, to);
    const inputs = renameInList(next.inputArtifacts, from, to);
    const outs = renameInList(next.outputArtifacts, from, to);
    if (inputs !== next.inputArtifacts || outs !== next.outputArtifacts) {
      next = { ...next, inputArtifacts: inputs, outputArtifacts: outs };
      if (inputs === undefined) delete next.inputArtifacts;
      if (outs === undefined) delete next.outputArtifacts;
    }
    return next;
  });
  return ok(renameInRules(renamed, from, to));
}

/** Stage condition rules also take input artifacts. */
function renameInRules(pipeline: Pipeline, from: string, to: string): Pipeline {
  let changed = false;
  const stages = pipeline.stages.map((stage) => {
    let stageChanged = false;
    const next: Record<string, unknown> = { ...stage };
    for (const key of ['beforeEntry', 'onSuccess', 'onFailure'] as const) {
      const block = stage[key];
      if (!block?.conditions) continue;
      const conditions = block.conditions.map((condition) => {
        const rules = condition.rules?.map((rule) => {
          const inputs = renameInList(rule.inputArtifacts, from, to);
          return inputs === rule.inputArtifacts ? rule : { ...rule, inputArtifacts: inputs };
        });
        return rules && rules.some((r, i) => r !== condition.rules?.[i]) ? { ...condition, rules } : condition;
      });
      if (conditions.some((c, i) => c !== block.conditions?.[i])) {
        next[key] = { ...block, conditions };
        stageChanged = true;
      }
    }
    if (!stageChanged) return stage;
    changed = true;
    return next as Stage;
  });
  return changed ? { ...pipeline, stages } : pipeline;
}
