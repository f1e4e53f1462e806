import { beforeAll, describe, expect, it } from 'vitest';
import { exportPipeline } from '../../src/export-pipeline.js';
import { importPipelines } from '../../src/import/import-pipelines.js';
import type { ImportedPipeline } from '../../src/import/types.js';
import { parseHcl } from '../../src/terraform/import/hcl2json.js';
import type { ExportResult, ExportTarget } from '../../src/types.js';
import { botocoreAvailable, validateCreatePipeline } from '../support/botocore.js';
import { synthOnly } from '../support/cdk-harness.js';
import { cfnLint, cfnLintAvailable, type LintMatch } from '../support/cfn-lint.js';
import { fixtureBytes } from './support.js';

/*
 * Issue 17 item 3: Terraform `dynamic "stage"` / `dynamic "action"` blocks and `count` going to
 * CloudFormation, the CDK and the create-pipeline JSON. A boolean choice becomes a condition on
 * a parameter, a literal collection is expanded as Terraform would, anything Terraform decides
 * when it plans is left out with a warning naming the stage or action and its line, and what
 * is left is never an invalid pipeline without an error-level warning. Judged by cfn-lint (the
 * CloudFormation exports and the CDK's synthesized template) and botocore (the JSON).
 */

function importFixture(name: string): ImportedPipeline[] {
  const result = importPipelines(fixtureBytes(name), { fileName: name });
  if (!result.ok) throw new Error(result.error.message);
  return result.pipelines;
}

type Judged = 'cloudformation' | 'cloudformation-json' | 'cdk' | 'json';
const JUDGED: Judged[] = ['cloudformation', 'cloudformation-json', 'cdk', 'json'];

interface Exports {
  results: Record<Judged, ExportResult>;
  /** cfn-lint errors of the CloudFormation YAML, JSON and the CDK synthesis, as `<target> <rule> <path>`. */
  lintErrors: () => string[];
  /** botocore's report on the create-pipeline JSON ('' when it accepts it). */
  botocore: () => string;
}

/**
 * Every judged export of every pipeline of the fixtures, by `<file>#<id>`; all of them linted in
 * one cfn-lint run after one CDK synthesis (cfn-lint takes seconds to start).
 */
function exportsOf(files: string[]): Map<string, Exports> {
  const byId = new Map<string, Record<Judged, ExportResult>>();
  for (const file of files) {
    for (const p of importFixture(file)) {
      const results = Object.fromEntries(
        JUDGED.map((t) => [t, exportPipeline(p.pipeline, t as ExportTarget, { extras: p.extras })]),
      ) as Record<Judged, ExportResult>;
      byId.set(`${file}#${p.id}`, results);
    }
  }
  const safe = (id: string) => id.replace(/[^A-Za-z0-9]/g, '_');
  let matches: LintMatch[] | undefined;
  let reports: Record<string, string> | undefined;
  const lint = (): LintMatch[] => {
    if (matches) return matches;
    const cases = [...byId].map(([id, r]) => ({ name: safe(id), source: r.cdk.text, className: cdkClass(r.cdk.text) }));
    const synth = synthOnly(cases);
    const templates = [...byId].flatMap(([id, r]) => {
      const synthesized = synth.templates.get(safe(id));
      if (!synthesized)
        throw new Error(`CDK synth of ${id} failed: ${synth.synthErrors.get(safe(id)) ?? 'no template'}`);
      return [
        { name: `${safe(id)}.cloudformation.yaml`, text: r.cloudformation.text },
        { name: `${safe(id)}.cloudformation-json.json`, text: r['cloudformation-json'].text },
        { name: `${safe(id)}.cdk.json`, text: JSON.stringify(synthesized) },
      ];
    });
    matches = cfnLint(templates);
    return matches;
  };
  const out = new Map<string, Exports>();
  for (const [id, results] of byId) {
    const prefix = `${safe(id)}.`;
    out.set(id, {
      results,
      lintErrors: () =>
        lint()
          .filter((m) => m.level === 'Error' && m.file.startsWith(prefix))
          .map((m) => `${m.file.slice(prefix.length).replace(/\.(yaml|json)$/, '')} ${m.rule} ${m.path.join('/')}`)
          .sort(),
      botocore: () => {
        reports ??= validateCreatePipeline(Object.fromEntries([...byId].map(([k, r]) => [k, r.json.text])));
        return reports[id] ?? 'no report';
      },
    });
  }
  return out;
}

/** The fixtures of this file, exported once for all its tests. */
let shared: Map<string, Exports> | undefined;
function exported(id: string): Exports {
  shared ??= exportsOf(['dynamic-choice-stage.tf', 'dynamic-literal-actions.tf', 'dynamic-variable-list.tf']);
  const found = shared.get(id);
  if (!found) throw new Error(`no pipeline ${id}`);
  return found;
}

const cdkClass = (text: string): string => /export class (\w+) extends cdk\.Stack/.exec(text)?.[1] ?? '';

interface CfnPipeline {
  Type: string;
  Condition?: string;
  Properties: { Stages: unknown[] };
}

/** The CloudFormation JSON export (the YAML one is the same template, cfn-lint judges both). */
function template(result: ExportResult): {
  Parameters?: Record<string, unknown>;
  Conditions?: Record<string, unknown>;
  pipeline: CfnPipeline;
} {
  const parsed = JSON.parse(result.text) as {
    Parameters?: Record<string, unknown>;
    Conditions?: Record<string, unknown>;
    Resources: Record<string, CfnPipeline>;
  };
  const pipeline = Object.values(parsed.Resources).find((r) => r.Type === 'AWS::CodePipeline::Pipeline');
  if (!pipeline) throw new Error('no pipeline resource');
  return { ...parsed, pipeline };
}

const stageNames = (stages: unknown[]): unknown[] =>
  stages.map((s) => {
    const stage = s as Record<string, unknown>;
    const branch = stage['Fn::If'] as unknown[] | undefined;
    return branch ? `If ${String(branch[0])}: ${String((branch[1] as { Name: string }).Name)}` : stage['Name'];
  });

const messages = (result: ExportResult, code: string) =>
  result.warnings.filter((w) => w.code === code).map((w) => w.message);
const errorsOf = (result: ExportResult) =>
  result.warnings.filter((w) => w.severity === 'error').map((w) => `${w.code} ${w.path ?? ''}`);

describe('a boolean-choice dynamic stage and count on the resource', () => {
  let release: Exports;
  beforeAll(() => {
    release = exported('dynamic-choice-stage.tf#release');
  });

  it('CloudFormation: Fn::If on a parameter-backed condition, in place, and a Condition on the pipeline resource', () => {
    const { Parameters, Conditions, pipeline } = template(release.results['cloudformation-json']);
    expect(stageNames(pipeline.Properties.Stages)).toEqual(['Source', 'If RequireApprovalIsTrue: Approve', 'Deploy']);
    expect(pipeline.Condition).toBe('EnabledIsTrue');
    expect(Conditions).toEqual({
      RequireApprovalIsTrue: { 'Fn::Equals': [{ Ref: 'RequireApproval' }, 'true'] },
      EnabledIsTrue: { 'Fn::Equals': [{ Ref: 'Enabled' }, 'true'] },
    });
    expect(Object.keys(Parameters ?? {}).sort()).toEqual(['Enabled', 'RequireApproval']);
  });

  it('the warnings name the stage and the line of its dynamic block', () => {
    for (const target of JUDGED) {
      const [message] = [
        ...messages(release.results[target], 'dynamic-as-condition'),
        ...messages(release.results[target], 'dynamic-flattened'),
      ];
      expect(message, target).toContain('stage "Approve"');
      expect(message, target).toContain('line 43');
    }
    expect(messages(release.results.cdk, 'repeat-as-condition')).toHaveLength(1);
    expect(messages(release.results.json, 'resource-repeat-dropped')[0]).toContain('var.enabled');
  });

  it('the JSON holds the stage as if the choice were true, named in its warning', () => {
    const stages = (JSON.parse(release.results.json.text) as { pipeline: { stages: { name: string }[] } }).pipeline
      .stages;
    expect(stages.map((s) => s.name)).toEqual(['Source', 'Approve', 'Deploy']);
    expect(messages(release.results.json, 'dynamic-flattened')[0]).toContain('as if var.require_approval were true');
  });

  it.skipIf(!cfnLintAvailable())(
    'cfn-lint finds no error in the CloudFormation exports and the CDK synthesis',
    { timeout: 180_000 },
    () => {
      expect(release.lintErrors()).toEqual([]);
    },
  );

  it.skipIf(!botocoreAvailable())('botocore accepts the create-pipeline JSON', () => {
    expect(release.botocore()).toBe('');
  });
});

describe('dynamic blocks over literal collections are expanded as Terraform makes them', () => {
  let shop: Exports;
  beforeAll(() => {
    shop = exported('dynamic-literal-actions.tf#shop');
  });

  it('CloudFormation: one action per list element, one stage per map key (lexical order), the fields substituted', () => {
    const { Parameters, pipeline } = template(shop.results['cloudformation-json']);
    const stages = pipeline.Properties.Stages as {
      Name: string;
      Actions: { Name: string; RunOrder?: number; Configuration: Record<string, string> }[];
    }[];
    expect(stages.map((s) => s.Name)).toEqual(['Source', 'Test', 'Deploy-prod', 'Deploy-staging']);
    expect(stages[1]!.Actions.map((a) => [a.Name, a.RunOrder, a.Configuration['ProjectName']])).toEqual([
      ['Test-unit', 1, 'shop-unit-tests'],
      ['Test-integration', 2, 'shop-integration-tests'],
    ]);
    expect(stages.slice(2).map((s) => s.Actions[0]!.Configuration['BucketName'])).toEqual([
      'shop-site-prod-111122223333',
      'shop-site-staging-111122223333',
    ]);
    // Nothing of the iterator is left for a parameter to stand for.
    expect(Parameters).toBeUndefined();
  });

  it('each expansion is named in a warning, with its line', () => {
    for (const target of JUDGED) {
      expect(messages(shop.results[target], 'dynamic-expanded'), target).toEqual([
        expect.stringMatching(
          /action "Test-\$\{action\.value\}" of stage "Test" .*line 33.*"Test-unit", "Test-integration"/,
        ),
        expect.stringMatching(/stage "Deploy-\$\{env\.key\}" .*line 50.*"Deploy-prod", "Deploy-staging"/),
      ]);
      expect(errorsOf(shop.results[target]), target).toEqual([]);
    }
  });

  it('the JSON holds the same stages and actions', () => {
    const pipeline = (
      JSON.parse(shop.results.json.text) as {
        pipeline: { stages: { name: string; actions: { name: string; runOrder?: number }[] }[] };
      }
    ).pipeline;
    expect(
      pipeline.stages.map((s) => `${s.name}: ${s.actions.map((a) => `${a.name}@${a.runOrder ?? 1}`).join(', ')}`),
    ).toEqual([
      'Source: Fetch@1',
      'Test: Test-unit@1, Test-integration@2',
      'Deploy-prod: Publish@1',
      'Deploy-staging: Publish@1',
    ]);
  });

  it('Terraform keeps the dynamic blocks, with the literal for_each, which hcl2json reads back', () => {
    const pipelines = importFixture('dynamic-literal-actions.tf');
    const { text } = exportPipeline(pipelines[0]!.pipeline, 'terraform', { extras: pipelines[0]!.extras });
    expect(text).toContain('for_each = ["unit", "integration"]');
    expect(parseHcl(text).ok).toBe(true);
  });

  it.skipIf(!cfnLintAvailable())(
    'cfn-lint finds no error in the CloudFormation exports and the CDK synthesis',
    { timeout: 180_000 },
    () => {
      expect(shop.lintErrors()).toEqual([]);
    },
  );

  it.skipIf(!botocoreAvailable())('botocore accepts the create-pipeline JSON', () => {
    expect(shop.botocore()).toBe('');
  });
});

describe('dynamic blocks over a variable are left out, named, and an invalid rest is an error', () => {
  let fanout: Exports;
  let suites: Exports;
  beforeAll(() => {
    fanout = exported('dynamic-variable-list.tf#fanout');
    suites = exported('dynamic-variable-list.tf#suites');
  });

  it('a dynamic stage over var.environments: left out, named with its line and what it held; the rest is valid', () => {
    for (const target of JUDGED) {
      const [message, ...more] = messages(fanout.results[target], 'dynamic-dropped');
      expect(more, target).toEqual([]);
      expect(message, target).toContain('stage "Deploy-${env.value.name}"');
      expect(message, target).toContain('line 55');
      expect(message, target).toContain('var.environments');
      expect(message, target).toContain('action "Upload"');
      expect(errorsOf(fanout.results[target]), target).toEqual([]);
    }
    expect(stageNames(template(fanout.results['cloudformation-json']).pipeline.Properties.Stages)).toEqual([
      'Source',
      'Build',
    ]);
  });

  it('a stage whose only action is a dynamic block over var.suites: the export says it is no valid pipeline', () => {
    for (const target of JUDGED) {
      expect(messages(suites.results[target], 'dynamic-dropped')[0], target).toMatch(
        /action "Run-\$\{action\.value\}" of stage "Test" .*line 103.*var\.suites/,
      );
      expect(errorsOf(suites.results[target]), target).toEqual(['structure-invalid /stages/1/actions']);
      expect(messages(suites.results[target], 'structure-invalid')[0], target).toContain(
        'stage "Test" has no action left',
      );
    }
  });

  it.skipIf(!cfnLintAvailable())(
    'cfn-lint agrees: the first is valid, the second has the stage without actions (E3032)',
    { timeout: 180_000 },
    () => {
      expect(fanout.lintErrors()).toEqual([]);
      expect(suites.lintErrors()).toEqual([
        'cdk E3032 Resources/Suites/Properties/Stages/1/Actions',
        'cloudformation E3032 Resources/Suites/Properties/Stages/1/Actions',
        'cloudformation-json E3032 Resources/Suites/Properties/Stages/1/Actions',
      ]);
    },
  );

  it.skipIf(!botocoreAvailable())('botocore accepts the JSON of the valid one', () => {
    expect(fanout.botocore()).toBe('');
  });
});
