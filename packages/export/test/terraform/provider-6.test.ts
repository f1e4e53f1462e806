import { describe, expect, it } from 'vitest';
import { parseHcl } from '../../src/terraform/import/hcl2json.js';
import { importTerraform } from '../../src/terraform/index.js';
import { literalText } from '../../src/terraform/template.js';
import { computePipeline } from './fixtures.js';
import { exportTo, roundTripBatch, type TerraformTarget } from './support.js';

/*
 * What hashicorp/aws 6 has that older providers lack: the Compute action's `commands`,
 * `output_variables` and `output_artifacts_for_compute_action { name, files }`
 * (terraform-provider-aws#42507), the resource-level `region`, and the computed `trigger_all`.
 */

function importOne(text: string) {
  const result = importTerraform(text);
  if (!result.ok) throw new Error(`${result.error.message} at ${result.error.line}:${result.error.column}`);
  expect(result.pipelines).toHaveLength(1);
  return result.pipelines[0]!;
}

const resource = (body: string) => `resource "aws_codepipeline" "app" {
  name     = "app"
  role_arn = "arn:aws:iam::123456789012:role/p"
  artifact_store {
    location = "bucket"
    type     = "S3"
  }
${body}
  stage {
    name = "Source"
    action {
      name             = "Source"
      category         = "Source"
      owner            = "AWS"
      provider         = "S3"
      version          = "1"
      output_artifacts = ["src"]
      configuration = {
        S3Bucket    = "b"
        S3ObjectKey = "k.zip"
      }
    }
  }
  stage {
    name = "Approve"
    action {
      name     = "Ok"
      category = "Approval"
      owner    = "AWS"
      provider = "Manual"
      version  = "1"
    }
  }
}
`;

describe.each(['terraform', 'terraform-json'] as TerraformTarget[])('%s: Compute actions', (target) => {
  it('come back with their commands, output variables and output files', () => {
    const { results, back } = roundTripBatch(target, [computePipeline]);
    expect(back[0]).toEqual(computePipeline);
    expect(results[0]!.warnings.filter((w) => w.code === 'terraform-unsupported-field')).toEqual([]);
  });

  it('say which provider release the Compute fields need', () => {
    const { warnings } = exportTo(target, computePipeline);
    const versions = warnings.filter((w) => w.code === 'terraform-provider-version');
    expect(versions.map((w) => w.path)).toEqual(
      expect.arrayContaining([
        '/stages/1/actions/0/commands',
        '/stages/1/actions/0/outputVariables',
        '/stages/1/actions/0/outputArtifacts',
      ]),
    );
    for (const w of versions.filter((v) => v.path?.startsWith('/stages/1/actions/0/')))
      expect(w.message).toMatch(/#42507.*6\.62\.0/);
  });
});

describe('the HCL export of a Compute action', () => {
  it('writes outputs as output_artifacts_for_compute_action blocks, which HCL reads back as written', () => {
    const { text } = exportTo('terraform', computePipeline);
    const parsed = parseHcl(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    interface HclAction {
      commands: string[];
      output_variables: string[];
      output_artifacts?: unknown;
      output_artifacts_for_compute_action: unknown;
    }
    const hcl = parsed.value as {
      resource: { aws_codepipeline: { compute: { stage: { action: HclAction[] }[] }[] } };
    };
    const action = hcl.resource.aws_codepipeline.compute[0]!.stage[1]!.action[0]!;
    // hcl2json gives template source: `$${` and `%%{` are the escapes of `${` and `%{`.
    expect(action.commands[1]).toBe('echo "tag=$${IMAGE_TAG}" > out.txt');
    expect(action.commands.map(literalText)).toEqual(computePipeline.stages[1]!.actions[0]!.commands);
    expect(action.output_variables).toEqual(['IMAGE_TAG', 'REPORT']);
    expect(action.output_artifacts).toBeUndefined();
    expect(action.output_artifacts_for_compute_action).toEqual([{ name: 'dist', files: ['dist/**/*', 'report.json'] }]);
  });
});

describe('importTerraform (hashicorp/aws 6)', () => {
  it('reads output_artifacts_for_compute_action into the outputs of a Compute action', () => {
    const imported = importOne(
      resource(`  stage {
    name = "Run"
    action {
      name            = "Check"
      category        = "Compute"
      owner           = "AWS"
      provider        = "Commands"
      version         = "1"
      input_artifacts = ["src"]
      commands        = ["npm ci", "npm test -- --reporter=\\"junit\\""]
      output_variables = ["RESULT"]
      output_artifacts_for_compute_action {
        name  = "reports"
        files = ["reports/*.xml"]
      }
    }
  }
`),
    );
    const action = imported.pipeline.stages[0]!.actions[0]!;
    expect(action.commands).toEqual(['npm ci', 'npm test -- --reporter="junit"']);
    expect(action.outputVariables).toEqual(['RESULT']);
    expect(action.outputArtifacts).toEqual([{ name: 'reports', files: ['reports/*.xml'] }]);
    expect(imported.fidelity.unrepresented).toEqual([]);
  });

  it("keeps a Compute action's plain output_artifacts out of the model (the provider ignores them) but writes them back", () => {
    const text = resource(`  stage {
    name = "Run"
    action {
      name             = "Check"
      category         = "Compute"
      owner            = "AWS"
      provider         = "Commands"
      version          = "1"
      commands         = ["make"]
      output_artifacts = ["ignored"]
    }
  }
`);
    const imported = importOne(text);
    expect(imported.pipeline.stages[0]!.actions[0]!.outputArtifacts).toBeUndefined();
    expect(imported.fidelity.unrepresented.map((u) => u.path)).toEqual(['/stages/0/actions/0']);
    const again = exportTo('terraform', imported.pipeline, { extras: imported.extras });
    expect(again.text).toContain('output_artifacts = ["ignored"]');
  });

  it('reads a literal resource region as the pipeline Region, and writes it back', () => {
    const imported = importOne(resource('  region = "eu-west-1"\n'));
    expect(imported.region).toBe('eu-west-1');
    expect(imported.fidelity.unrepresented).toEqual([]);
    const again = exportTo('terraform', imported.pipeline, { extras: imported.extras });
    expect(again.text).toMatch(/^ {2}region += "eu-west-1"$/m);
    expect(again.warnings).toContainEqual(
      expect.objectContaining({ code: 'terraform-provider-version', message: expect.stringMatching(/6\.0\.0/) }),
    );
  });

  it('keeps a region expression for Terraform without guessing a Region', () => {
    const imported = importOne(resource('  region = var.region\n'));
    expect(imported.region).toBeUndefined();
    expect(imported.fidelity.unrepresented).toEqual([]);
    expect(exportTo('terraform', imported.pipeline, { extras: imported.extras }).text).toContain('region');
  });

  it('drops the computed trigger_all instead of keeping it as an unknown argument', () => {
    const imported = importOne(
      resource(`  trigger_all {
    provider_type = "CodeStarSourceConnection"
    git_configuration {
      source_action_name = "Source"
    }
  }
`),
    );
    expect(imported.fidelity.unrepresented).toEqual([]);
    expect(imported.pipeline.triggers).toBeUndefined();
    expect(exportTo('terraform', imported.pipeline, { extras: imported.extras }).text).not.toContain('trigger_all');
  });
});
