import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Pipeline } from '@pipewright/model';
import { corpusPath } from '../../../test-support/corpus.mjs';
import { rules } from '../src/rules/index.js';
import type { ValidateOptions } from '../src/types.js';
import { parseTemplate, pipelineFromCfn, pipelinesOfTemplate } from './cfn.js';

/*
 * The peers' own test suites, run against this validator. Every cfn-lint unit
 * case (E3700-E3703) and every CDK validation scenario that a pipeline
 * declaration can express must get the peer's verdict: the same error (one of
 * the rules that implement the peer's check) or none. The exceptions are named
 * one by one: the peers' known blind spots (we disagree by design) and cases a
 * declaration cannot express (construct-level checks, CloudFormation conditions).
 */

// Loaded by peers.test.ts only when the corpus is there (test-support/corpus.mjs finds it).
const peers = corpusPath('peers');
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(peers, path), 'utf8'));

export interface PeerCase {
  suite: string;
  id: string;
  /** The peer reports an error. */
  peerError: boolean;
  pipelines: Pipeline[];
  options?: ValidateOptions;
  /** Our rules that implement the peer's check: an error from one of them is "the same error". */
  scope: readonly string[];
  /** Why we deliberately give the other verdict (a known blind spot of the peer). */
  byDesign?: string;
}

export interface Unexpressible {
  suite: string;
  id: string;
  reason: string;
}

export const cases: PeerCase[] = [];
export const unexpressible: Unexpressible[] = [];

// ------------------------------------------------------------------ CDK

/*
 * CDK test actions use the provider "Fake" (bounds from the test class) and carry
 * no configuration, so the catalogue checks cannot take part in a CDK verdict.
 */
const CDK_EXCLUDED = new Set(['action-type-known', 'action-config-required']);
const CDK_SCOPE = rules.filter((r) => r.severity === 'error' && !CDK_EXCLUDED.has(r.id)).map((r) => r.id);

/** Our rule for each CDK scenario CDK rejects (or, for byDesign, the rule that disagrees). */
const CDK_RULES: Record<string, string> = {
  G1_no_stages: 'stage-count',
  G2_stage_without_actions: 'action-count',
  G3_one_stage_with_source: 'stage-count',
  G5_source_placement_both_ways: 'source-first-stage-only',
  A2_named_input_not_produced: 'artifact-input-produced',
  A3_artifact_produced_twice: 'artifact-output-unique',
  A5_runorder_violation: 'artifact-input-order',
  'A5b_same_runorder_consumer (extra, not in tests)': 'artifact-input-order',
  'A5c_consumer_in_earlier_stage (extra, not in tests)': 'artifact-input-order',
  B3_empty_action_name: 'name-pattern',
  B4_role_on_non_AWS_owner: 'action-role-owner',
  'B5_duplicate_action_name (source-only, 2.276.0)': 'action-name-unique',
  'B6_duplicate_stage_name (source-only, 2.276.0)': 'stage-name-unique',
  'B7_stage_name_regex (source-only)': 'name-pattern',
  B8_empty_namespace: 'name-pattern',
  'B9_runorder_1000 (extra)': 'run-order-range',
  A7_artifact_files_count: 'compute-fields',
  A8_artifact_name_regex: 'name-pattern',
  P1_source_action_other_region: 'artifact-store-region',
  P4_QUEUED_with_V1: 'v2-only-feature',
  P4b_PARALLEL_with_V1: 'v2-only-feature',
  V1_variables_require_V2: 'v2-only-feature',
  V2_variable_name_regex: 'name-pattern',
  V3_variable_default_length: 'pipeline-variable-valid',
  V4_variable_description_length: 'pipeline-variable-valid',
  T1_tagsExcludes_9: 'trigger-valid',
  T2_branchesIncludes_9_pr: 'trigger-valid',
  T3_pr_without_branches: 'trigger-valid',
  T4_push_4_filters: 'trigger-valid',
  T5_pr_4_filters: 'trigger-valid',
  T7_neither: 'trigger-valid',
  T8_provider_not_codestar: 'trigger-valid',
  T9_triggers_on_V1: 'v2-only-feature',
  T_dup: 'trigger-valid',
};

const CDK_BY_DESIGN: Record<string, string> = {
  'A5c_consumer_in_earlier_stage (extra, not in tests)':
    'CDK blind spot: PipelineLocation.beforeOrEqual compares rhs.stageIndex < rhs.stageIndex, so a consumer in an earlier stage than its producer passes; AWS and cfn-lint reject it.',
  'B9_runorder_1000 (extra)': 'CDK blind spot: it does not bound runOrder; the API allows 1-999 (Terraform agrees).',
};

const CDK_UNEXPRESSIBLE: Record<string, string> = {
  A1_unnamed_input_not_produced:
    'CDK-only concept: an unnamed Artifact object is never rendered, so the declaration has no input at all (A2 is the JSON equivalent).',
  B1_too_many_inputs:
    'the bounds (max 3 inputs) belong to the Fake test action class, not to any provider a declaration can name.',
  B1b_too_many_outputs:
    'the bounds (max 4 outputs) belong to the Fake test action class, not to any provider a declaration can name.',
  B1c_bounds_unit: 'unit test of validateArtifactBounds with made-up category/provider; no pipeline shape.',
  B2_name_regex: 'unit test of the name regex helper; its pipeline-shaped cases are B3, B7, B8 and A8.',
  P3_keyrotation_without_crossaccountkeys:
    'construct property (enableKeyRotation) with no equivalent in the declaration.',
  P5_cross_account_requires_explicit_account: 'CDK stack environment check; no equivalent in the declaration.',
};

interface CdkCase {
  id: string;
  expected?: string[];
  observed?: { errors?: string[] } | null;
  cfn_template?: string;
}

/** G4's valid shape (Fake source -> Fake build) with extra pipeline fields. */
function g4(extra: Record<string, unknown>, buildExtra: Record<string, unknown> = {}): Pipeline {
  const base = pipelinesOfTemplate(readJson('cdk/cfn-templates/G4_minimal_valid.json'))[0]!.pipeline;
  const stages = structuredClone(base.stages);
  Object.assign(stages[1]!.actions[0]!, buildExtra);
  return { ...base, stages, ...extra } as Pipeline;
}

/** Scenarios without a template whose shape the case file gives in words. */
const CDK_BUILT: Record<string, () => Pipeline> = {
  A7_artifact_files_count: () =>
    g4(
      { pipelineType: 'V2' },
      {
        actionTypeId: { category: 'Compute', owner: 'AWS', provider: 'Commands', version: '1' },
        commands: ['make'],
        outputArtifacts: [{ name: 'out', files: Array.from({ length: 11 }, (_, i) => `f${i}`) }],
      },
    ),
  A8_artifact_name_regex: () => g4({}, { outputArtifacts: [{ name: '' }] }),
  P4_QUEUED_with_V1: () => g4(pipelineFromCfn({ PipelineType: 'V1', ExecutionMode: 'QUEUED' })),
  P4b_PARALLEL_with_V1: () => g4(pipelineFromCfn({ PipelineType: 'V1', ExecutionMode: 'PARALLEL' })),
  V2_variable_name_regex: () => g4({ pipelineType: 'V2', variables: [{ name: 'var name', defaultValue: 'x' }] }),
  V3_variable_default_length: () => g4({ pipelineType: 'V2', variables: [{ name: 'var-name-1', defaultValue: '' }] }),
  V4_variable_description_length: () =>
    g4({ pipelineType: 'V2', variables: [{ name: 'var-name-1', defaultValue: 'x', description: 'd'.repeat(201) }] }),
};

/** The pipeline Region of scenarios whose CDK stack had one (see the case notes). */
const CDK_OPTIONS: Record<string, ValidateOptions> = { P1_source_action_other_region: { region: 'us-west-1' } };

for (const c of (readJson('cdk/cdk-validation-cases.json') as { cases: CdkCase[] }).cases) {
  if (CDK_UNEXPRESSIBLE[c.id]) {
    unexpressible.push({ suite: 'CDK', id: c.id, reason: CDK_UNEXPRESSIBLE[c.id]! });
    continue;
  }
  const observed = c.observed?.errors;
  const peerError = (observed ?? c.expected ?? []).length > 0;
  const pipeline = c.cfn_template ? pipelinesOfTemplate(readJson(c.cfn_template))[0]!.pipeline : CDK_BUILT[c.id]?.();
  if (!pipeline) throw new Error(`CDK case ${c.id}: no template and no hand-built shape; classify it`);
  const byDesign = CDK_BY_DESIGN[c.id];
  cases.push({
    suite: 'CDK',
    id: c.id,
    peerError,
    pipelines: [pipeline],
    ...(CDK_OPTIONS[c.id] && { options: CDK_OPTIONS[c.id] }),
    scope: peerError || byDesign ? [CDK_RULES[c.id] ?? 'missing-mapping'] : CDK_SCOPE,
    ...(byDesign && { byDesign }),
  });
}

// ------------------------------------------------------------------ cfn-lint unit cases

const unit = readJson('cfnlint/unit_cases.json') as Record<string, { cases: unknown[] }>;
const ROLE = 'arn:aws:iam::123456789012:role/pipeline';
const STORE = { type: 'S3' as const, location: 'bucket' };
const fakeSource = (name = 'Src', output = 'Src') => ({
  name,
  actionTypeId: { category: 'Source', owner: 'AWS', provider: 'S3', version: '1' },
  configuration: { S3Bucket: 'b', S3ObjectKey: 'k', PollForSourceChanges: 'false' },
  outputArtifacts: [{ name: output }],
});
const wrap = (stages: unknown[], name = 'TestPipeline'): Pipeline =>
  ({ name, roleArn: ROLE, artifactStore: STORE, stages }) as Pipeline;

// E3700: an action of the given category at the stage of the given path.
(unit['E3700_PipelineFirstStageHasSource']!.cases as { category: unknown; path: string; errors: string[] }[]).forEach(
  (c, i) => {
    const id = `E3700 #${i + 1} ${JSON.stringify(c.category)} at ${c.path.replace('Resources/TestPipeline/Properties/', '')}`;
    const stageIndex = /Stages\/(?:Fn::If\/\d\/)?(\d+)\/Actions/.exec(c.path)?.[1];
    if (typeof c.category !== 'string' || stageIndex === undefined) {
      unexpressible.push({
        suite: 'cfn-lint E3700',
        id,
        reason: 'the category is not a string or the path names no action',
      });
      return;
    }
    const tested = {
      name: 'Tested',
      actionTypeId: { category: c.category, owner: 'Custom', provider: 'X', version: '1' },
    };
    const filler = (s: number) =>
      s === 0
        ? fakeSource()
        : {
            ...fakeSource(`B${s}`, `o${s}`),
            actionTypeId: { category: 'Build', owner: 'Custom', provider: 'X', version: '1' },
          };
    const n = Number(stageIndex);
    const stages = Array.from({ length: Math.max(2, n + 1) }, (_, s) => ({
      name: `S${s}`,
      actions: s === n ? [tested] : [filler(s)],
    }));
    cases.push({
      suite: 'cfn-lint E3700',
      id,
      peerError: c.errors.length > 0,
      pipelines: [wrap(stages)],
      scope: ['source-first-stage-only', 'source-required'],
    });
  },
);

// E3701: sequences of artifact names fed to one rule instance.
const E3701 = unit['E3701_PipelineArtifactNames']!.cases as { desc: string; errors: string[] }[];
const E3701_SHAPES: Record<string, { pipelines: Pipeline[]; byDesign?: string } | string> = {
  'non-string names ignored':
    'non-string artifact names are malformed declarations (name-pattern reports them), not a flow case',
  'issue #4584: same Fn::If branch visited twice is not a duplicate':
    'CloudFormation condition branches have no equivalent in a declaration',
  'outputs Foo,Bar then inputs Foo,Bar': {
    pipelines: [
      wrap([
        {
          name: 'S0',
          actions: [
            { ...fakeSource('A', 'Foo'), outputArtifacts: [{ name: 'Foo' }, { name: 'Bar' }] },
            { ...fakeSource('B', 'X'), inputArtifacts: [{ name: 'Foo' }, { name: 'Bar' }] },
          ],
        },
        {
          name: 'S1',
          actions: [{ name: 'C', actionTypeId: { category: 'Build', owner: 'Custom', provider: 'X', version: '1' } }],
        },
      ]),
    ],
    byDesign:
      'cfn-lint blind spot: E3701 follows document order and ignores runOrder; both actions run at run order 1 (in parallel), so the input does not exist yet.',
  },
  'non-string resource name (path[1]==1) skipped':
    'a template with a non-string resource name has no declaration equivalent',
  'same output name in two different pipelines is fine': {
    pipelines: [
      wrap([{ name: 'S0', actions: [fakeSource('A', 'Foo')] }]),
      wrap([{ name: 'S0', actions: [fakeSource('A', 'Foo')] }], 'AnotherPipeline'),
    ],
  },
  'duplicate output in same action': {
    pipelines: [
      wrap([
        { name: 'S0', actions: [{ ...fakeSource('A', 'Foo'), outputArtifacts: [{ name: 'Foo' }, { name: 'Foo' }] }] },
      ]),
    ],
  },
  'duplicate outputs under mutually exclusive conditions are OK':
    'CloudFormation conditions have no equivalent in a declaration',
  'duplicate under same condition + input under the opposite condition':
    'CloudFormation conditions have no equivalent in a declaration',
};
for (const c of E3701) {
  const shape = E3701_SHAPES[c.desc];
  const id = `E3701 ${c.desc}`;
  if (shape === undefined) throw new Error(`unclassified cfn-lint case ${id}`);
  if (typeof shape === 'string') unexpressible.push({ suite: 'cfn-lint E3701', id, reason: shape });
  else
    cases.push({
      suite: 'cfn-lint E3701',
      id,
      peerError: c.errors.length > 0,
      pipelines: shape.pipelines,
      scope: ['artifact-output-unique', 'artifact-input-produced', 'artifact-input-order'],
      ...(shape.byDesign && { byDesign: shape.byDesign }),
    });
}

/** One action (CloudFormation property names) placed in a minimal pipeline: sources in stage 1, others in stage 2. */
function around(action: Record<string, unknown>): Pipeline {
  const converted = pipelineFromCfn({ Stages: [{ Name: 'X', Actions: [action] }] }).stages[0]!.actions[0]!;
  const isSource = (converted.actionTypeId as { category?: unknown } | undefined)?.category === 'Source';
  return wrap(
    isSource
      ? [
          { name: 'S0', actions: [converted] },
          {
            name: 'S1',
            actions: [
              {
                ...fakeSource('Next', 'n'),
                actionTypeId: { category: 'Build', owner: 'Custom', provider: 'X', version: '1' },
              },
            ],
          },
        ]
      : [
          { name: 'S0', actions: [fakeSource()] },
          { name: 'S1', actions: [converted] },
        ],
  );
}

// E3702: artifact counts of one action.
(unit['E3702_PipelineArtifactCounts']!.cases as { action: unknown; errors: unknown[] }[]).forEach((c, i) => {
  const id = `E3702 #${i + 1} ${JSON.stringify((c.action as { ActionTypeId?: unknown }).ActionTypeId ?? c.action)}`;
  if (Array.isArray(c.action)) {
    unexpressible.push({ suite: 'cfn-lint E3702', id, reason: 'the action is not an object' });
    return;
  }
  cases.push({
    suite: 'cfn-lint E3702',
    id,
    peerError: c.errors.length > 0,
    pipelines: [around(c.action as Record<string, unknown>)],
    scope: ['artifact-count'],
  });
});

// E3703: CloudFormation action configuration (TemplatePath prefix, RoleArn format).
const ROLE_PLACEHOLDERS: Record<string, string> = {
  '<value passing format (test stubs format with truthiness)>': 'arn:aws:iam::123456789012:role/cfn-deploy',
  '<value failing AWS::IAM::Role.Arn format>': 'arn:aws:iam:::role/missing-account',
};
(unit['E3703_PipelineActionConfiguration']!.cases as { action: unknown; errors: unknown[] }[]).forEach((c, i) => {
  const id = `E3703 #${i + 1} ${JSON.stringify((c.action as { Configuration?: unknown }).Configuration ?? c.action)}`;
  if (Array.isArray(c.action)) {
    unexpressible.push({ suite: 'cfn-lint E3703', id, reason: 'the action is not an object' });
    return;
  }
  const action = structuredClone(c.action) as { Configuration?: Record<string, string> };
  const config = action.Configuration ?? {};
  if (config.RoleArn) config.RoleArn = ROLE_PLACEHOLDERS[config.RoleArn] ?? config.RoleArn;
  const full = {
    Name: 'Deploy',
    ActionTypeId: { Category: 'Deploy', Owner: 'AWS', Provider: 'CloudFormation', Version: '1' },
    ...action,
    Configuration: { ActionMode: 'CREATE_UPDATE', StackName: 's', ...config },
  };
  cases.push({
    suite: 'cfn-lint E3703',
    id,
    peerError: c.errors.length > 0,
    pipelines: [around(full)],
    scope: ['action-config-artifact-ref', 'role-arn-format'],
  });
});

// ------------------------------------------------------------------ cfn-lint template fixtures

/* Our rules for each cfn-lint rule its template tests expect (current and pre-2025 rules). */
const CFNLINT_SCOPES: Record<string, readonly string[]> = {
  E2540: ['stage-count', 'source-required', 'source-first-stage-only', 'stage-name-unique'],
  E2541: [
    'action-name-unique',
    'action-type-known',
    'artifact-count',
    'artifact-input-produced',
    'artifact-input-order',
    'artifact-output-unique',
  ],
  E3700: ['source-first-stage-only', 'source-required'],
};
const CFNLINT_ALL = [...new Set(Object.values(CFNLINT_SCOPES).flat())];

interface TemplateEntry {
  file: string;
  expected: 'good' | 'bad' | 'unknown';
  rules: string[];
  observed?: { rules?: string[] };
}
for (const t of readJson('cfnlint/manifest.json') as TemplateEntry[]) {
  const id = t.file.replace(/^templates\//, '');
  const pipelines = pipelinesOfTemplate(parseTemplate(readFileSync(join(peers, 'cfnlint', t.file), 'utf8'))).map(
    (p) => p.pipeline,
  );
  // "unknown": no test references the template any more; cfn-lint 1.51.0's own run gives the verdict.
  const peerRules = t.expected === 'unknown' ? (t.observed?.rules ?? []).filter((r) => r in CFNLINT_SCOPES) : t.rules;
  const peerError = t.expected === 'bad' || peerRules.length > 0;
  cases.push({
    suite: 'cfn-lint templates',
    id,
    peerError,
    pipelines,
    scope: peerError ? peerRules.flatMap((r) => CFNLINT_SCOPES[r] ?? []) : CFNLINT_ALL,
  });
}
