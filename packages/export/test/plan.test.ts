import { opaque } from '@pipewright/model';
import { describe, expect, it } from 'vitest';
import { exportPipeline } from '../src/export-pipeline.js';
import { isSecretConfigKey, planExport } from '../src/plan/index.js';
import { minimalPipeline } from './support/minimal.js';

describe('planExport', () => {
  it('lifts literal secrets out for IaC targets and never writes them', () => {
    const plan = planExport(minimalPipeline(), { target: 'cloudformation' });
    expect(plan.secrets).toEqual([
      expect.objectContaining({ paramName: 'GitHubOAuthToken', path: '/stages/0/actions/0/configuration/OAuthToken' }),
    ]);
    expect(JSON.stringify(plan.pipeline)).not.toContain('ghp_secret');
    expect(plan.source.stages[0]?.actions[0]?.configuration?.['OAuthToken']).toBe('ghp_secret');
    expect(plan.warnings.map((w) => w.code)).toContain('secret-lifted');
    for (const target of ['cloudformation', 'cloudformation-json', 'cdk'] as const) {
      expect(exportPipeline(minimalPipeline(), target).text).not.toContain('ghp_secret');
    }
  });

  it('keeps secrets in the JSON export (it keeps what it was given)', () => {
    expect(planExport(minimalPipeline(), { target: 'json' }).secrets).toEqual([]);
    expect(exportPipeline(minimalPipeline(), 'json').text).toContain('ghp_secret');
  });

  it('lifts masked (****) values whatever their key, so no IaC export writes ****', () => {
    const masked = minimalPipeline((p) => {
      const config = p.stages[0]?.actions[0]?.configuration;
      if (config) {
        config['OAuthToken'] = '****';
        config['WebhookHeader'] = '****'; // a custom action's secret property: not named like a secret
      }
    });
    for (const target of ['terraform', 'terraform-json', 'cdk', 'cloudformation', 'cloudformation-json'] as const) {
      const plan = planExport(masked, { target });
      expect(
        plan.secrets.map((s) => s.path),
        target,
      ).toEqual(['/stages/0/actions/0/configuration/OAuthToken', '/stages/0/actions/0/configuration/WebhookHeader']);
      const result = exportPipeline(masked, target);
      expect(result.text, target).not.toContain('****');
      expect(
        result.warnings.filter((w) => w.code === 'masked-secret').map((w) => w.path),
        target,
      ).toEqual(['/stages/0/actions/0/configuration/OAuthToken', '/stages/0/actions/0/configuration/WebhookHeader']);
    }
  });

  it('does not lift references or opaque values', () => {
    const plan = planExport(
      minimalPipeline((p) => {
        const config = p.stages[0]?.actions[0]?.configuration;
        if (config) {
          config['OAuthToken'] = '{{resolve:secretsmanager:gh:SecretString:token}}';
          config['SecretToken'] = opaque('cloudformation', { Ref: 'Token' });
        }
      }),
      { target: 'cloudformation' },
    );
    expect(plan.secrets).toEqual([]);
  });

  it('recognizes secret-looking keys', () => {
    for (const key of ['OAuthToken', 'SecretToken', 'WebhookSecret', 'Password', 'ApiKey', 'PrivateKey']) {
      expect(isSecretConfigKey(key), key).toBe(true);
    }
    for (const key of ['SecretArn', 'ProjectName', 'TokenArn', 'BranchName'])
      expect(isSecretConfigKey(key), key).toBe(false);
  });

  it('keeps opaque values of the target format and asks for Terraform expressions as parameters', () => {
    const pipeline = minimalPipeline((p) => {
      const build = p.stages[1]?.actions[0];
      if (build?.configuration) {
        build.configuration['ProjectName'] = opaque('cloudformation', { Ref: 'Project' });
        build.configuration['Other'] = opaque('terraform', '${var.other}');
        build.runOrder = opaque('terraform', '${var.order}');
      }
    });
    const cfn = planExport(pipeline, { target: 'cloudformation' });
    expect(cfn.opaque.map((o) => [o.path, o.handling]).sort()).toEqual([
      ['/stages/1/actions/0/configuration/Other', 'parameter'],
      ['/stages/1/actions/0/configuration/ProjectName', 'kept'],
      ['/stages/1/actions/0/runOrder', 'parameter'],
    ]);
    // An expression alone in an integer field is a number parameter (issue 17 item 8).
    expect(cfn.expressionParams.map((p) => [p.paramName, p.expression, p.numeric ?? false]).sort()).toEqual([
      ['Order', 'var.order', true],
      ['Other', 'var.other', false],
    ]);
    expect(cfn.expressionValues).toContainEqual({
      path: '/stages/1/actions/0/configuration/Other',
      source: 'terraform',
      display: '${var.other}',
      parts: [{ param: 'Other' }],
    });
    expect(cfn.pipeline.stages[1]?.actions[0]?.configuration?.['Other']).toBe('<your-other>');
    expect(cfn.pipeline.stages[1]?.actions[0]?.runOrder).toBe('<your-order>');
    expect(cfn.warnings.map((w) => w.code)).toContain('expression-parameter');
    expect(cfn.warnings.map((w) => w.code)).not.toContain('opaque-removed');
    const json = planExport(pipeline, { target: 'json' });
    expect(json.opaque.every((o) => o.handling !== 'kept')).toBe(true);
  });

  it('derives resource names and plans monitoring', () => {
    const plan = planExport(
      minimalPipeline((p) => (p.name = 'my-app.pipeline')),
      { target: 'cloudformation', monitoring: true },
    );
    expect(plan.resourceName).toBe('MyAppPipeline');
    expect(plan.resourceLabel).toBe('my_app_pipeline');
    expect(plan.monitoring?.eventPattern).toEqual({
      source: ['aws.codepipeline'],
      'detail-type': ['CodePipeline Pipeline Execution State Change'],
      detail: { pipeline: ['my-app.pipeline'] },
    });
    expect(planExport(minimalPipeline(), { target: 'cloudformation', resourceName: 'Custom' }).resourceName).toBe(
      'Custom',
    );
  });
});

describe('capability warnings', () => {
  it('lists what CloudFormation cannot hold instead of dropping it silently', () => {
    const pipeline = minimalPipeline((p) => {
      p.version = 3;
      (p as Record<string, unknown>)['futureField'] = true;
      const stage = p.stages[1];
      if (stage) {
        stage.onFailure = {
          result: 'FAIL',
          conditions: [
            {
              rules: [
                { name: 'R', ruleTypeId: { category: 'Rule', provider: 'DeploymentWindow' }, timeoutInMinutes: 5 },
              ],
            },
          ],
        };
      }
    });
    const { text, warnings } = exportPipeline(pipeline, 'cloudformation');
    const byCode = warnings.map((w) => `${w.code} ${w.path}`);
    expect(byCode).toEqual(
      expect.arrayContaining([
        'cfn-field-unsupported /version',
        'cfn-field-unsupported /futureField',
        'cfn-field-unsupported /stages/1/onFailure/conditions/0/rules/0/timeoutInMinutes',
        'cfn-value-unsupported /stages/1/onFailure/result',
      ]),
    );
    expect(text).not.toContain('futureField');
  });

  it('warns when CDK needs a recent aws-cdk-lib, and when monitoring cannot go into JSON', () => {
    const v2 = minimalPipeline((p) => (p.pipelineType = 'V2'));
    expect(exportPipeline(v2, 'cdk').warnings.map((w) => `${w.code} ${w.path}`)).toContain(
      'cdk-min-version /pipelineType',
    );
    expect(exportPipeline(v2, 'json', { monitoring: true }).warnings.map((w) => w.code)).toContain(
      'monitoring-unsupported',
    );
  });

  it('warns when extras of another format cannot be written', () => {
    const extras = { kind: 'cloudformation' as const, logicalId: 'P', patches: [], template: {} };
    expect(exportPipeline(minimalPipeline(), 'json', { extras }).warnings.map((w) => w.code)).toContain(
      'import-extras-dropped',
    );
    expect(exportPipeline(minimalPipeline(), 'cloudformation', { extras }).warnings.map((w) => w.code)).not.toContain(
      'import-extras-dropped',
    );
  });
});
