import { isOpaque, lookupRuleProvider, type RuleProviderSpec } from '@pipewright/model';
import { conditionRulesOf } from './conditions.js';
import type { ConditionRuleEntry, PipelineIndex } from './pipeline-index.js';
import { q, record } from './values.js';

/** A condition rule whose type the rule catalogue knows, with its literal configuration map. */
export interface KnownConditionRule {
  entry: ConditionRuleEntry;
  spec: RuleProviderSpec;
  /** The configuration map; undefined when absent. Opaque maps are left out (nothing to check). */
  configuration: Record<string, unknown> | undefined;
  /** "Rule 'Gate' of stage 'Deploy'", for messages. */
  what: string;
}

/** Every condition rule of a known type, for the rule-config-* rules. */
export function knownConditionRules(index: PipelineIndex): KnownConditionRule[] {
  const out: KnownConditionRule[] = [];
  for (const stage of index.stages) {
    for (const entry of conditionRulesOf(stage)) {
      const spec = lookupRuleProvider(record(entry.raw.ruleTypeId));
      if (!spec || isOpaque(entry.raw.configuration)) continue;
      out.push({
        entry,
        spec,
        configuration: record(entry.raw.configuration),
        what: `Rule ${q(entry.raw.name)} (${spec.provider}) of stage ${q(stage.raw.name)} ${entry.kind}`,
      });
    }
  }
  return out;
}
