import type { Pipeline, PipelineEdit } from '@pipewright/model';
import type { PipelineIndex } from './pipeline-index.js';

export type Severity = 'error' | 'warning' | 'info';

export interface Fix {
  title: string;
  edit: PipelineEdit;
}

export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  /** Names the thing (pipeline, stage, action, artifact...) and what is wrong with it. */
  message: string;
  /** JSON pointer to the most specific field, relative to the pipeline declaration. */
  path: string;
  /** Other places involved, e.g. the first of two duplicates. */
  related?: string[];
  /** An edit that repairs the problem, where the repair is obvious. */
  fix?: Fix;
}

/** What a rule reports; the engine adds `ruleId` and `severity`. */
export type Report = Omit<Diagnostic, 'ruleId' | 'severity'>;

export interface RuleDocs {
  /** What the rule checks. */
  what: string;
  /** Why it matters (AWS rejects it, it fails at run time, it is risky...). */
  why: string;
  /** How to fix it. */
  fix: string;
  /** R-numbers of shared/reference/rules.md this rule implements (e.g. `R18`). */
  rules: string[];
  /** Where the constraint comes from (API model, AWS docs, CDK, cfn-lint, the design). */
  sources: string[];
  /** Where the sources disagree and which way this rule goes. */
  notes?: string;
}

export interface RuleContext {
  readonly pipeline: Pipeline;
  readonly index: PipelineIndex;
  readonly options: ValidateOptions;
  report(diagnostic: Report): void;
}

export interface RuleModule {
  /** Stable kebab-case id. */
  id: string;
  /** Default severity; every diagnostic of the rule has it unless the caller overrides it. */
  severity: Severity;
  /** One line, shown in the docs index. */
  description: string;
  docs: RuleDocs;
  /**
   * How the rule's verdict depends on seeing the whole pipeline, for documents with parts
   * whose content is unknown (`ValidateOptions.incomplete`, e.g. Terraform dynamic blocks):
   * `subtree` drops a diagnostic when its path and an unknown part lie on one branch (a count
   * of stages or actions); `whole` drops it when any part is unknown (something absent may be
   * there, e.g. the producer of an input).
   */
  completeness?: 'subtree' | 'whole';
  /**
   * `stage`: what the rule reports under `/stages/<i>` depends only on stage i and the
   * pipeline's fields other than `stages`, and what it reports elsewhere only on those fields
   * (no names compared across stages, no producers looked up, no "first one in the pipeline").
   * After an edit inside some stages, incremental validation re-runs such a rule on those stages
   * alone and keeps what it said about the others (incremental/validate-change.ts). Omitted: the
   * rule reads the whole pipeline and is re-run whole after every change.
   */
  scope?: 'stage';
  check(context: RuleContext): void;
}

export interface ValidateOptions {
  /** Switch rules off or give them another severity, by rule id. */
  rules?: Record<string, 'off' | Severity>;
  /**
   * The pipeline's own AWS Region, when known (e.g. from the `pipelineArn` of
   * get-pipeline metadata). The declaration does not say it; with it, cross-Region
   * checks are exact instead of inferred.
   */
  region?: string;
  /**
   * Pointers of parts whose content is unknown until deployment (e.g. Terraform `dynamic`
   * blocks generating stages or actions). Rules that need the whole picture do not report
   * what those parts could make right.
   */
  incomplete?: string[];
}
