import { displayValue } from '@pipewright/model';
import { cloneData, isPlainObject, ownEntries, setOwn } from '../plan/own.js';
import { plannedConditionExpression } from '../plan/structure.js';
import type { CloudFormationExtras, ExportPlan, ExportWarning } from '../types.js';
import { applyPatches } from './patches.js';
import { PIPELINE_RESOURCE_TYPE } from './shapes.js';
import { toCfnProperties } from './to-cfn.js';

export interface CfnTemplate {
  template: Record<string, unknown>;
  /** The pipeline resource's logical id in `template`. */
  logicalId: string;
  warnings: ExportWarning[];
}

function cloudFormationExtras(plan: ExportPlan): CloudFormationExtras | undefined {
  return plan.extras?.kind === 'cloudformation' ? plan.extras : undefined;
}

/** The EventBridge rule for this pipeline's execution state changes (design: "Monitoring"). */
function monitoringRule(logicalId: string): Record<string, unknown> {
  return {
    Type: 'AWS::Events::Rule',
    Properties: {
      Description: 'CodePipeline Pipeline Execution State Change events of this pipeline',
      EventPattern: {
        source: ['aws.codepipeline'],
        'detail-type': ['CodePipeline Pipeline Execution State Change'],
        detail: { pipeline: [{ Ref: logicalId }] },
      },
      State: 'ENABLED',
    },
  };
}

/** Inserts `entries` into `record` right after `afterKey` (keeps the template's order readable). */
function insertAfter(
  record: Record<string, unknown>,
  afterKey: string,
  entries: [string, unknown][],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of ownEntries(record)) {
    setOwn(out, k, v);
    if (k === afterKey) for (const [nk, nv] of entries) setOwn(out, nk, nv);
  }
  return out;
}

/**
 * The whole template for the plan: a fresh one, or the imported source template with its
 * pipeline resource re-emitted, NoEcho parameters for lifted secrets, and the monitoring rule.
 */
export function buildTemplate(plan: ExportPlan): CfnTemplate {
  const { properties, parameters, warnings } = toCfnProperties(plan);
  const extras = cloudFormationExtras(plan);
  const logicalId = extras?.logicalId ?? plan.resourceName;
  if (extras) applyPatches(properties, extras.patches);

  const template: Record<string, unknown> = extras
    ? cloneData(extras.template)
    : {
        AWSTemplateFormatVersion: '2010-09-09',
        Description: `CodePipeline pipeline ${displayValue(plan.source.name)} (exported by Pipewright)`,
        Resources: {},
      };
  const resources = isPlainObject(template['Resources']) ? template['Resources'] : {};
  setOwn(template, 'Resources', resources);

  // A Terraform `count = var.x ? 1 : 0` gives a designed pipeline's resource a Condition.
  const designed = {
    Type: PIPELINE_RESOURCE_TYPE,
    ...(plan.resourceCondition ? { Condition: plan.resourceCondition } : {}),
  };
  const original = isPlainObject(resources[logicalId]) ? resources[logicalId] : designed;
  const resource: Record<string, unknown> = {};
  for (const [k, v] of ownEntries(original)) setOwn(resource, k, k === 'Properties' ? properties : v);
  if (!Object.hasOwn(resource, 'Properties')) setOwn(resource, 'Properties', properties);
  setOwn(resources, logicalId, resource);

  const parameterEntries = ownEntries(parameters);
  const existing = isPlainObject(template['Parameters']) ? template['Parameters'] : undefined;
  for (const [name] of parameterEntries) {
    if (existing && Object.hasOwn(existing, name)) {
      warnings.push({
        code: 'cfn-parameter-replaced',
        message: `The template already has a parameter ${name}: the NoEcho parameter of the lifted secret replaces it.`,
      });
    }
  }
  let result = template;
  if (parameterEntries.length > 0) {
    const merged: Record<string, unknown> = existing ? { ...existing } : {};
    for (const [name, value] of parameterEntries) setOwn(merged, name, value);
    result = withSection(template, 'Parameters', merged);
  }
  if (plan.conditions && plan.conditions.length > 0) {
    const given = isPlainObject(result['Conditions']) ? { ...result['Conditions'] } : {};
    for (const c of plan.conditions) setOwn(given, c.name, plannedConditionExpression(c));
    result = withSection(result, 'Conditions', given);
  }
  if (plan.monitoring) {
    const ruleId = `${logicalId}ExecutionStateChangeRule`;
    const rule = monitoringRule(logicalId);
    // A conditional pipeline gets a rule with the same condition: its !Ref must resolve.
    if (resource['Condition'] !== undefined) rule['Condition'] = resource['Condition'];
    setOwn(result, 'Resources', insertAfter(resources, logicalId, [[ruleId, rule]]));
  }
  return { template: result, logicalId, warnings };
}

/** Sets a top-level section, placing a new one after the format version and description. */
function withSection(template: Record<string, unknown>, section: string, value: unknown): Record<string, unknown> {
  if (Object.hasOwn(template, section)) {
    setOwn(template, section, value);
    return template;
  }
  const out: Record<string, unknown> = {};
  const head = ['AWSTemplateFormatVersion', 'Description'].filter((k) => Object.hasOwn(template, k));
  for (const k of head) setOwn(out, k, template[k]);
  setOwn(out, section, value);
  for (const [k, v] of ownEntries(template)) if (!head.includes(k)) setOwn(out, k, v);
  return out;
}
