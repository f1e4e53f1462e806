import { lookupProvider, type Pipeline } from '../../src/index.js';

/*
 * An independent check of the AWS rules the generator promises to respect, so
 * the generator's tests do not depend on the validator package (model comes first).
 * Returns human-readable problems; an empty list means the pipeline passes.
 */

const REFERENCE = /#\{([^}.]+)\.([^}]+)\}/g;

export function collectStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) collectStrings(v, out);
  else if (typeof value === 'object' && value !== null) for (const v of Object.values(value)) collectStrings(v, out);
  return out;
}

export function referencesIn(value: unknown): { namespace: string; key: string }[] {
  return collectStrings(value).flatMap((s) =>
    [...s.matchAll(REFERENCE)].map((m) => ({ namespace: m[1] as string, key: m[2] as string })),
  );
}

export function awsRuleProblems(pipeline: Pipeline): string[] {
  const problems: string[] = [];
  const stageNames = new Set<string>();
  const outputs = new Map<string, { stage: number; runOrder: number }>();
  const namespaces = new Map<string, { stage: number; runOrder: number; keys: Set<string> }>();
  const variables = new Set((pipeline.variables ?? []).map((v) => v.name as string));
  if (!pipeline.artifactStore?.encryptionKey) problems.push('artifactStore has no encryptionKey');

  // First pass: producers.
  pipeline.stages.forEach((stage, s) => {
    stage.actions.forEach((action) => {
      const runOrder = (action.runOrder as number | undefined) ?? 1;
      for (const out of action.outputArtifacts ?? []) {
        const name = out.name as string;
        if (outputs.has(name)) problems.push(`artifact ${name} produced twice`);
        outputs.set(name, { stage: s, runOrder });
      }
      if (action.namespace !== undefined) {
        const ns = action.namespace as string;
        if (namespaces.has(ns)) problems.push(`namespace ${ns} declared twice`);
        const spec = lookupProvider(action.actionTypeId);
        const keys = new Set([...(spec?.outputVariables ?? []), ...((action.outputVariables as string[]) ?? [])]);
        namespaces.set(ns, { stage: s, runOrder, keys });
      }
    });
  });
  for (const ns of namespaces.keys()) if (outputs.has(ns)) problems.push(`namespace ${ns} collides with an artifact`);

  pipeline.stages.forEach((stage, s) => {
    const where = `stage ${s} (${stage.name as string})`;
    if (stageNames.has(stage.name as string)) problems.push(`${where}: duplicate stage name`);
    stageNames.add(stage.name as string);
    if (stage.actions.length < 1 || stage.actions.length > 50)
      problems.push(`${where}: ${stage.actions.length} actions`);
    const actionNames = new Set<string>();
    stage.actions.forEach((action, a) => {
      const at = `${where} action ${a} (${action.name as string})`;
      if (actionNames.has(action.name as string)) problems.push(`${at}: duplicate action name`);
      actionNames.add(action.name as string);
      const category = action.actionTypeId.category;
      if ((s === 0) !== (category === 'Source')) problems.push(`${at}: category ${String(category)} in stage ${s}`);
      const spec = lookupProvider(action.actionTypeId);
      if (!spec) {
        problems.push(`${at}: provider not in catalogue`);
        return;
      }
      const runOrder = (action.runOrder as number | undefined) ?? 1;
      if (!Number.isInteger(runOrder) || runOrder < 1 || runOrder > 999) problems.push(`${at}: runOrder ${runOrder}`);
      const inputs = (action.inputArtifacts ?? []).map((i) => i.name as string);
      const outs = action.outputArtifacts ?? [];
      if (inputs.length < spec.inputArtifacts.min || inputs.length > spec.inputArtifacts.max)
        problems.push(`${at}: ${inputs.length} inputs`);
      if (outs.length < spec.outputArtifacts.min || outs.length > spec.outputArtifacts.max)
        problems.push(`${at}: ${outs.length} outputs`);
      if (s === 0 && outs.length !== 1) problems.push(`${at}: source without exactly one output`);
      const config = (action.configuration ?? {}) as Record<string, string>;
      for (const key of spec.requiredConfig) if (!(key in config)) problems.push(`${at}: missing ${key}`);
      if (category === 'Source' && spec.provider !== 'CodeStarSourceConnection' && spec.provider !== 'ECR') {
        if (config['PollForSourceChanges'] !== 'false') problems.push(`${at}: polls for source changes`);
      }
      if (inputs.length > 1 && spec.provider === 'CodeBuild' && !inputs.includes(config['PrimarySource'] ?? ''))
        problems.push(`${at}: PrimarySource not an input`);
      for (const key of ['TemplatePath', 'TemplateConfiguration']) {
        const prefix = config[key]?.split('::')[0];
        if (prefix !== undefined && !inputs.includes(prefix)) problems.push(`${at}: ${key} names ${prefix}`);
      }
      for (const input of inputs) {
        const producer = outputs.get(input);
        if (!producer || producer.stage > s || (producer.stage === s && producer.runOrder >= runOrder))
          problems.push(`${at}: input ${input} not produced earlier`);
      }
      for (const { namespace, key } of referencesIn(action)) {
        if (namespace === 'codepipeline') continue;
        if (namespace === 'variables') {
          if (!variables.has(key)) problems.push(`${at}: unknown pipeline variable ${key}`);
          continue;
        }
        const producer = namespaces.get(namespace);
        if (!producer || producer.stage > s || (producer.stage === s && producer.runOrder >= runOrder))
          problems.push(`${at}: #{${namespace}.${key}} not produced earlier`);
        else if (!producer.keys.has(key)) problems.push(`${at}: ${namespace} does not emit ${key}`);
      }
    });
  });
  for (const trigger of pipeline.triggers ?? []) {
    const name = trigger.gitConfiguration.sourceActionName;
    const source = pipeline.stages[0]?.actions.find((a) => a.name === name);
    if (!source || source.actionTypeId.provider !== 'CodeStarSourceConnection')
      problems.push(`trigger names ${String(name)}, not a connection source`);
  }
  return problems;
}
