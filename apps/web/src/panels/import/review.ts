import { literal, type Pipeline, type Str } from '@pipewright/model';
import type { FidelityReport } from '@pipewright/export';
import type { Diagnostic } from '@pipewright/validator';
import { structureNotes } from '../../canvas/structure/describe.js';
import { accountLabel, accountOfRole, anyAccountByExpression } from '../../model-views/accounts.js';

/*
 * The review shown after an import: what came in (stages, actions, artifact
 * edges), where it runs (accounts and regions), what is wrong with it, and
 * what the import could not hold as plain data.
 */

export interface PlacementRow {
  /** 12-digit account id, `(pipeline account)` when the role gives none, or `… (decided by an expression)`. */
  account: string;
  /** Region, `(pipeline region)` when unset, or `(opaque)`. */
  region: string;
  /** "Stage / Action" of each action running there. */
  actions: string[];
}

export interface ReviewProblem {
  ruleId: string;
  severity: Diagnostic['severity'];
  message: string;
  path: string;
  /** Where in the imported file, when the importer can tell. */
  line?: number;
  column?: number;
}

export interface ImportReview {
  name: string;
  stages: number;
  actions: number;
  /** Producer -> consumer artifact connections. */
  edges: number;
  placements: PlacementRow[];
  /** True when more than one account or region appears. */
  crossAccount: boolean;
  /** True when an action's role ARN leaves its account to an expression (a parameter, a variable). */
  accountByExpression: boolean;
  crossRegion: boolean;
  /** Counts by severity; `list` holds the first REVIEW_PROBLEM_LIMIT (the problems panel has them all). */
  problems: { error: number; warning: number; info: number; list: ReviewProblem[] };
  /** Conditional and dynamic stages and actions, and a repeating resource: what the source decides. */
  structure: { path: string; text: string }[];
  /** The fidelity report, with the (long) list of imported pointers reduced to its count. */
  fidelity: {
    importedCount: number;
    opaqueCount: number;
    unrepresentedCount: number;
    /** The first REVIEW_PROBLEM_LIMIT of each. */
    opaque: FidelityReport['opaque'];
    unrepresented: FidelityReport['unrepresented'];
  };
}

/**
 * Problems listed in the review. The review crosses from the import worker to the page by
 * structured clone: keeping it small keeps the page responsive for a 2,500-action file.
 */
export const REVIEW_PROBLEM_LIMIT = 50;

export const PIPELINE_ACCOUNT = '(pipeline account)';
export const PIPELINE_REGION = '(pipeline region)';
const OPAQUE = '(opaque)';

/** The account of a role ARN as the review shows it; `(opaque)` is never used for one: an expression says so. */
export function accountOf(roleArn: Str | undefined): string | undefined {
  const account = accountOfRole(roleArn);
  return account ? accountLabel(account) : undefined;
}

function regionOf(region: Str | undefined): string {
  if (region === undefined) return PIPELINE_REGION;
  return literal(region) ?? OPAQUE;
}

export function placements(pipeline: Pipeline): PlacementRow[] {
  const pipelineAccount = accountOf(pipeline.roleArn) ?? PIPELINE_ACCOUNT;
  const rows = new Map<string, PlacementRow>();
  pipeline.stages.forEach((stage, s) =>
    stage.actions.forEach((action, a) => {
      const account = accountOf(action.roleArn) ?? pipelineAccount;
      const region = regionOf(action.region);
      const key = `${account}|${region}`;
      const row = rows.get(key) ?? { account, region, actions: [] };
      row.actions.push(`${literal(stage.name) ?? `Stage ${s + 1}`} / ${literal(action.name) ?? `Action ${a + 1}`}`);
      rows.set(key, row);
    }),
  );
  return [...rows.values()];
}

export function artifactEdges(pipeline: Pipeline): number {
  const producers = new Map<string, number>();
  for (const stage of pipeline.stages)
    for (const action of stage.actions)
      for (const out of action.outputArtifacts ?? []) {
        const name = literal(out.name);
        if (name !== undefined) producers.set(name, (producers.get(name) ?? 0) + 1);
      }
  let edges = 0;
  for (const stage of pipeline.stages)
    for (const action of stage.actions)
      for (const input of action.inputArtifacts ?? []) {
        const name = literal(input.name);
        if (name !== undefined) edges += producers.get(name) ?? 0;
      }
  return edges;
}

export function reviewImport(
  pipeline: Pipeline,
  diagnostics: readonly Diagnostic[],
  fidelity: FidelityReport,
  locate: (pointer: string) => { line: number; column: number } | undefined = () => undefined,
): ImportReview {
  const rows = placements(pipeline);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return {
    name: literal(pipeline.name) ?? '(opaque name)',
    stages: pipeline.stages.length,
    actions: pipeline.stages.reduce((n, s) => n + s.actions.length, 0),
    edges: artifactEdges(pipeline),
    placements: rows,
    crossAccount: new Set(rows.map((r) => r.account)).size > 1,
    accountByExpression: anyAccountByExpression(pipeline),
    crossRegion: new Set(rows.map((r) => r.region)).size > 1,
    problems: {
      ...counts,
      list: diagnostics.slice(0, REVIEW_PROBLEM_LIMIT).map((d) => ({
        ruleId: d.ruleId,
        severity: d.severity,
        message: d.message,
        path: d.path,
        ...locate(d.path),
      })),
    },
    structure: structureNotes(pipeline).slice(0, REVIEW_PROBLEM_LIMIT),
    fidelity: {
      importedCount: fidelity.imported.length,
      opaqueCount: fidelity.opaque.length,
      unrepresentedCount: fidelity.unrepresented.length,
      opaque: fidelity.opaque.slice(0, REVIEW_PROBLEM_LIMIT),
      unrepresented: fidelity.unrepresented.slice(0, REVIEW_PROBLEM_LIMIT),
    },
  };
}
