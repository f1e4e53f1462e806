export { validate, runRules } from './engine.js';
export { validateChange, type Validation } from './incremental/validate-change.js';
export { rules } from './rules/index.js';
export { buildIndex } from './pipeline-index.js';
export type {
  ActionEntry,
  ConditionRuleEntry,
  NamedRef,
  PipelineIndex,
  StageEntry,
  VariableRef,
} from './pipeline-index.js';
export type { Diagnostic, Fix, Report, RuleContext, RuleDocs, RuleModule, Severity, ValidateOptions } from './types.js';
