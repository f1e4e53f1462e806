import { describe, expect, it } from 'vitest';
import { opaque } from '@pipewright/model';
import { importTerraform, isTerraformExtras } from '../../src/terraform/index.js';
import { exportTo } from './support.js';
import { everyArgument } from './fixtures.js';

function importOne(text: string) {
  const result = importTerraform(text);
  if (!result.ok) throw new Error(`${result.error.message} at ${result.error.line}:${result.error.column}`);
  expect(result.pipelines).toHaveLength(1);
  return result.pipelines[0]!;
}

const minimal = (body: string) => `resource "aws_codepipeline" "app" {
  name     = "app"
  role_arn = "arn:aws:iam::123456789012:role/p"
${body}
}
`;

describe('importTerraform', () => {
  it('reports a syntax error with its line and column', () => {
    const result = importTerraform('resource "aws_codepipeline" "x" {\n  name = \n}\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.format).toBe('terraform');
    // Column 10: where the value should start, just after `name = ` (HCL's own position).
    expect(result.error).toMatchObject({ line: 2, column: 10 });
    expect(result.error.message).toMatch(/Invalid expression/);
  });

  it('reports broken .tf.json with its line and column', () => {
    const result = importTerraform('{\n  "resource": {\n    "aws_codepipeline": ,\n  }\n}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ line: 3, column: 25 });
  });

  it('refuses a resource that lacks a required argument, at the block that lacks it', () => {
    const noName = importTerraform(
      'resource "aws_codepipeline" "p" {\n  role_arn = "arn:aws:iam::123456789012:role/r"\n}\n',
    );
    expect(noName.ok).toBe(false);
    if (!noName.ok) {
      expect(noName.error).toMatchObject({ line: 1, column: 1 });
      expect(noName.error.message).toBe(
        'resource "aws_codepipeline" "p": Missing required argument: name is required, but no definition was found',
      );
    }
    const noVersion = importTerraform(
      minimal(
        '  stage {\n    name = "S"\n    action {\n      name     = "A"\n      category = "Source"\n      owner    = "AWS"\n      provider = "S3"\n    }\n  }',
      ),
    );
    expect(noVersion.ok).toBe(false);
    if (!noVersion.ok) {
      expect(noVersion.error.message).toMatch(/Missing required argument: stage\[0\]\.action\[0\]\.version/);
      expect(noVersion.error).toMatchObject({ line: 6, column: 5 });
    }
    const badMode = importTerraform(minimal('  execution_mode = "SOMETIMES"'));
    expect(!badMode.ok && badMode.error.message).toMatch(/Invalid value for execution_mode/);
  });

  it('says so when the file has no pipeline', () => {
    const result = importTerraform('resource "aws_s3_bucket" "b" {\n  bucket = "x"\n}\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/No resource "aws_codepipeline"/);
  });

  it('maps every argument and keeps expressions as opaque values', () => {
    const { text } = exportTo('terraform', everyArgument);
    const imported = importOne(text);
    expect(imported.pipeline).toEqual(everyArgument);
    expect(imported.fidelity.opaque).toContainEqual({ path: '/roleArn', display: '${aws_iam_role.pipeline.arn}' });
    expect(imported.fidelity.opaque).toContainEqual({
      path: '/stages/0/actions/0/configuration/FullRepositoryId',
      display: '${var.owner}/${var.repository}',
    });
    expect(imported.fidelity.unrepresented).toEqual([]);
  });

  it('reads old HCL: unquoted labels, interpolation-only strings, blocks written as attributes', () => {
    const imported = importOne(`resource aws_codepipeline legacy {
  name     = "\${var.name}"
  role_arn = "\${aws_iam_role.p.arn}"
  artifact_store = {
    location = "\${aws_s3_bucket.a.bucket}"
    type     = "S3"
  }
  stage = [
    { name = "Source", action = [{ name = "S", category = "Source", owner = "AWS", provider = "S3", version = "1", run_order = "2", output_artifacts = ["out"] }] },
  ]
}
`);
    expect(imported.id).toBe('legacy');
    expect(imported.pipeline).toEqual({
      name: opaque('terraform', '${var.name}'),
      roleArn: opaque('terraform', '${aws_iam_role.p.arn}'),
      artifactStore: { location: opaque('terraform', '${aws_s3_bucket.a.bucket}'), type: 'S3' },
      stages: [
        {
          name: 'Source',
          actions: [
            {
              name: 'S',
              actionTypeId: { category: 'Source', owner: 'AWS', provider: 'S3', version: '1' },
              runOrder: 2,
              outputArtifacts: [{ name: 'out' }],
            },
          ],
        },
      ],
    });
  });

  it('keeps dynamic blocks, meta-arguments and tags, and writes them back', () => {
    const source = minimal(`  count = var.enabled ? 1 : 0

  artifact_store {
    location = "bucket"
    type     = "S3"

    dynamic "encryption_key" {
      for_each = var.kms_key == "" ? [] : [1]
      content {
        id   = var.kms_key
        type = "KMS"
      }
    }
  }

  stage {
    name = "Source"
    action {
      name     = "Source"
      category = "Source"
      owner    = "AWS"
      provider = "CodeStarSourceConnection"
      version  = "1"
      configuration = lookup(var.source, "configuration", null)
    }
  }

  dynamic "stage" {
    for_each = var.stages
    content {
      name = stage.value.name
      action {
        name     = stage.value.name
        category = "Build"
        owner    = "AWS"
        provider = "CodeBuild"
        version  = "1"
      }
    }
  }

  tags = { Team = "platform" }
  lifecycle {
    ignore_changes = [stage[0].action[0].configuration]
  }`);
    const imported = importOne(source);
    // `count` and the dynamic stage are in the model (drawn and checked); the rest is kept aside.
    expect(imported.fidelity.unrepresented.map((u) => u.path).sort()).toEqual(
      ['', '', '/artifactStore', '/stages/0/actions/0'].sort(),
    );
    expect(imported.pipeline['$repeat']).toEqual({ count: '${var.enabled ? 1 : 0}' });
    expect(imported.pipeline.stages[1]?.['$dynamic']).toEqual({ forEach: '${var.stages}', iterator: 'stage' });
    expect(imported.pipeline.stages[1]?.name).toEqual({ $opaque: 'terraform', expr: '${stage.value.name}' });
    expect(isTerraformExtras(imported.extras)).toBe(true);
    const { text } = exportTo('terraform', imported.pipeline, { extras: imported.extras });
    expect(text).toContain('  count    = var.enabled ? 1 : 0\n  name     = "app"\n');
    expect(text).toContain('dynamic "encryption_key" {\n      for_each = var.kms_key == "" ? [] : [1]\n');
    expect(text).toContain('configuration = lookup(var.source, "configuration", null)');
    expect(text).toContain('dynamic "stage" {\n    for_each = var.stages\n\n    content {');
    expect(text).toContain('ignore_changes = [stage[0].action[0].configuration]');
    // And the JSON syntax writes the bare references its meta-arguments need.
    const json = JSON.parse(exportTo('terraform-json', imported.pipeline, { extras: imported.extras }).text);
    expect(json.resource.aws_codepipeline.app.lifecycle.ignore_changes).toEqual(['stage[0].action[0].configuration']);
    expect(json.resource.aws_codepipeline.app.count).toBe('${var.enabled ? 1 : 0}');
  });

  it('carries dynamic blocks through .tf.json and back to HCL (content and iterator as the JSON syntax writes them)', () => {
    const source = minimal(`  stage {
    name = "S"
    dynamic "action" {
      for_each = var.actions
      iterator = a
      content {
        name     = a.value.name
        category = "Build"
        owner    = "AWS"
        provider = "CodeBuild"
        version  = "1"
      }
    }
  }`);
    const first = importOne(source);
    const json = exportTo('terraform-json', first.pipeline, { extras: first.extras }).text;
    expect(JSON.parse(json).resource.aws_codepipeline.app.stage[0].dynamic.action[0]).toMatchObject({
      iterator: 'a',
      content: { name: '${a.value.name}' },
    });
    const second = importOne(json);
    const hcl = exportTo('terraform', second.pipeline, { extras: second.extras }).text;
    expect(hcl).toContain(
      '      for_each = var.actions\n      iterator = a\n\n      content {\n        name     = a.value.name\n        category = "Build"',
    );
    expect(importOne(hcl).pipeline).toEqual(first.pipeline);
  });

  it('keeps a dynamic stage where it was, between static ones (HCL), and says so where .tf.json cannot', () => {
    const imported = importOne(
      minimal(`  stage {
    name = "First"
  }
  dynamic "stage" {
    for_each = var.checks
    content {
      name = stage.value
    }
  }
  stage {
    name = "Later"
  }`),
    );
    expect(imported.pipeline.stages.map((s) => s.name)).toEqual([
      'First',
      { $opaque: 'terraform', expr: '${stage.value}' },
      'Later',
    ]);
    const hcl = exportTo('terraform', imported.pipeline, { extras: imported.extras }).text;
    const again = importOne(hcl);
    expect(again.pipeline).toEqual(imported.pipeline);
    expect(hcl.indexOf('dynamic "stage"')).toBeGreaterThan(hcl.indexOf('"First"'));
    expect(hcl.indexOf('dynamic "stage"')).toBeLessThan(hcl.indexOf('"Later"'));
    const json = exportTo('terraform-json', imported.pipeline, { extras: imported.extras });
    expect(json.warnings).toContainEqual(expect.objectContaining({ code: 'terraform-json-order', path: '/stages/1' }));
  });

  it('locates pointers in the source (nearest ancestor when the exact place is not in the file)', () => {
    const text = exportTo('terraform', everyArgument).text;
    const imported = importOne(text);
    const lines = text.split('\n');
    const at = (pointer: string) => {
      const position = imported.locate(pointer);
      return position && lines[position.line - 1]!.slice(position.column - 1);
    };
    expect(at('')).toMatch(/^resource "aws_codepipeline"/);
    expect(at('/stages/1/actions/1/region')).toMatch(/^region +=  ?"eu-west-1"$/);
    expect(at('/stages/1/actions/0/actionTypeId/provider')).toMatch(/^provider +=/);
    expect(at('/stages/1/onSuccess/conditions/0/rules/0/ruleTypeId')).toBe('rule_type_id {');
    expect(at('/artifactStores/eu-west-1/location')).toMatch(/^location = aws_s3_bucket.euw1.bucket/);
    expect(at('/triggers/0/gitConfiguration/pullRequest/0/events')).toMatch(/^events/);
    expect(at('/stages/2/actions/0/configuration/CustomData')).toMatch(/^configuration = \{/);
    expect(at('/stages/9/name')).toMatch(/^resource/);
  });

  it('locates pointers in .tf.json too', () => {
    const text = exportTo('terraform-json', everyArgument).text;
    const imported = importOne(text);
    const lines = text.split('\n');
    const at = (pointer: string) => {
      const position = imported.locate(pointer);
      return position && lines[position.line - 1]!.slice(position.column - 1);
    };
    expect(at('/stages/1/actions/1/region')).toBe('"region": "eu-west-1",');
    expect(at('/stages/1/onFailure/retryConfiguration/retryMode')).toBe('"retry_mode": "FAILED_ACTIONS"');
    expect(at('/artifactStores/eu-west-1/location')).toBe('"location": "${aws_s3_bucket.euw1.bucket}",');
    expect(at('/stages/2/actions/0')).toMatch(/^\{/);
    expect(at('')).toBe('"release_pipeline": {');
  });

  it('keeps artifact stores the provider rejects as written, saying why (tf-acc unit cases)', () => {
    const store = (region?: string) =>
      `  artifact_store {\n    location = "b"\n    type     = "S3"\n${region ? `    region   = "${region}"\n` : ''}  }\n`;
    const reason = (stores: string) => importOne(minimal(stores)).fidelity.unrepresented.map((u) => u.reason);
    expect(reason(store('us-east-1') + store())).toEqual([expect.stringContaining('region must be set')]);
    expect(reason(store('us-east-1') + store('us-east-1'))).toEqual([
      expect.stringContaining('only one Artifact Store'),
    ]);
    const single = importOne(minimal(store('us-east-1')));
    expect(single.pipeline.artifactStores).toEqual({ 'us-east-1': { location: 'b', type: 'S3' } });
    const { warnings } = exportTo('terraform', single.pipeline, { extras: single.extras });
    expect(warnings).toContainEqual(
      expect.objectContaining({ code: 'terraform-provider-rejects', path: '/artifactStores' }),
    );
  });

  it('lists the pipelines in file order', () => {
    const text = [minimal('').replace('"app"', '"zeta"'), minimal('').replace('"app"', '"alpha"')].join('\n');
    const result = importTerraform(text);
    expect(result.ok && result.pipelines.map((p) => p.id)).toEqual(['zeta', 'alpha']);
  });

  it('reads .tf.json, several resources, a BOM and CRLF line ends', () => {
    const json = JSON.parse(exportTo('terraform-json', everyArgument).text);
    json.resource.aws_codepipeline.second = json.resource.aws_codepipeline.release_pipeline;
    const result = importTerraform('\uFEFF' + JSON.stringify(json, null, 2).replace(/\n/g, '\r\n'));
    expect(result.ok && result.pipelines.map((p) => [p.id, p.pipeline])).toEqual([
      ['release_pipeline', everyArgument],
      ['second', everyArgument],
    ]);
    const hcl = exportTo('terraform', everyArgument).text.replace(/\n/g, '\r\n');
    expect(importOne('\uFEFF' + hcl).pipeline).toEqual(everyArgument);
  });
});
