import { ruleCatalogue, type RuleProviderSpec } from '@pipewright/model';
import { ruleKeyHelp } from '../inspector/RuleEditor.js';

/*
 * The JSON view's schema for stage-condition rules: per rule type of the model's rule catalogue,
 * `if ruleTypeId.provider is X then configuration has these keys` (hover shows "Required." and the
 * key's description; enumerated values complete), added to every rule declaration in the schema.
 */

type JsonSchema = Record<string, unknown>;

function ruleTypeRule(spec: RuleProviderSpec): JsonSchema | undefined {
  if (spec.keys.length === 0) return undefined;
  const properties: Record<string, JsonSchema> = {};
  for (const key of spec.keys)
    properties[key.key] = {
      type: 'string',
      description: ruleKeyHelp(key),
      ...(key.values && !key.list ? { enum: [...key.values] } : {}),
    };
  return {
    if: {
      properties: { ruleTypeId: { properties: { provider: { const: spec.provider } }, required: ['provider'] } },
      required: ['ruleTypeId'],
    },
    then: { properties: { configuration: { properties } } },
  };
}

const RULE_TYPE_RULES = ruleCatalogue.map(ruleTypeRule).filter((r) => r !== undefined);

/**
 * Adds the rule-type if/then list to every object schema that declares a `ruleTypeId` (a RuleDeclaration).
 * The list itself is never walked: its `if` clauses declare `ruleTypeId` too, and would get a copy of it.
 */
export function addRuleConfigurationSchemas(schema: unknown, seen = new Set<unknown>([RULE_TYPE_RULES])): void {
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return;
  seen.add(schema);
  if (Array.isArray(schema)) {
    for (const item of schema) addRuleConfigurationSchemas(item, seen);
    return;
  }
  const node = schema as JsonSchema;
  const properties = node['properties'] as Record<string, unknown> | undefined;
  if (properties && 'ruleTypeId' in properties && !node['allOf']) node['allOf'] = RULE_TYPE_RULES;
  for (const value of Object.values(node)) addRuleConfigurationSchemas(value, seen);
}
