import { describe, expect, it } from 'vitest';
import { exportPipeline } from '../src/export-pipeline.js';
import { importPipelines } from '../src/import/import-pipelines.js';
import { detect, detectFormat } from '../src/import/detect.js';
import { loadPipelines } from '../src/read.js';
import { readFileSync } from 'node:fs';

const template = `AWSTemplateFormatVersion: "2010-09-09"
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Parameters:
  Env: { Type: String }
  Token: { Type: String, NoEcho: true }
Resources:
  Bucket:
    Type: AWS::S3::Bucket
  Pipeline:
    Type: AWS::CodePipeline::Pipeline
    DependsOn: Bucket
    Condition: IsProd
    Properties:
      RoleArn: !Sub arn:aws:iam::\${AWS::AccountId}:role/pipeline
      ArtifactStore:
        Type: S3
        Location: !Ref Bucket
      RestartExecutionOnUpdate: true
      Tags:
        - Key: team
          Value: platform
      Stages:
        - Name: Source
          Actions:
            - Name: GitHub
              ActionTypeId: { Category: Source, Owner: ThirdParty, Provider: GitHub, Version: 1 }
              Configuration:
                Owner: me
                Repo: app
                Branch: main
                OAuthToken: !Ref Token
                PollForSourceChanges: false
              OutputArtifacts: [{ Name: Src }]
              RunOrder: "1"
        - !If
          - IsProd
          - Name: Approve
            Actions:
              - Name: Ok
                ActionTypeId: { Category: Approval, Owner: AWS, Provider: Manual, Version: "1" }
          - !Ref AWS::NoValue
        - Name: Build
          Actions:
            - Name: Build
              ActionTypeId: { Category: Build, Owner: AWS, Provider: CodeBuild, Version: "1" }
              Configuration: { ProjectName: !GetAtt Project.Name }
              InputArtifacts: [{ Name: Src }]
  Second:
    Type: AWS::CodePipeline::Pipeline
    Properties:
      Name: second
      RoleArn: arn:aws:iam::123456789012:role/p
      ArtifactStore: { Type: S3, Location: b }
      Stages: !If [IsProd, [], []]
`;

describe('importPipelines: CloudFormation', () => {
  const result = importPipelines(template);

  it('finds every pipeline of the template, in order, by logical id', () => {
    expect(result.ok && result.format).toBe('cloudformation');
    expect(result.ok && result.pipelines.map((p) => p.id)).toEqual(['Pipeline', 'Second']);
  });

  it('turns intrinsics into opaque values and reports them', () => {
    if (!result.ok) throw new Error(result.error.message);
    const p = result.pipelines[0];
    expect(p?.pipeline.roleArn).toEqual({
      $opaque: 'cloudformation',
      expr: { 'Fn::Sub': 'arn:aws:iam::${AWS::AccountId}:role/pipeline' },
    });
    expect(p?.pipeline.stages.map((s) => s.name)).toEqual(['Source', 'Approve', 'Build']);
    // the !If stage is in the model, as the branch that is present, with its condition
    expect(p?.pipeline.stages[1]?.['$if']).toEqual({
      source: 'cloudformation',
      condition: 'IsProd',
      branch: 'then',
      other: null,
    });
    expect(p?.fidelity.opaque.map((o) => o.path)).toEqual(
      expect.arrayContaining([
        '/roleArn',
        '/artifactStore/location',
        '/stages/0/actions/0/configuration/OAuthToken',
        '/stages/2/actions/0/configuration/ProjectName',
      ]),
    );
  });

  it('reports and keeps what the model cannot hold', () => {
    if (!result.ok) throw new Error(result.error.message);
    const p = result.pipelines[0];
    const paths = p?.fidelity.unrepresented.map((u) => u.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/Properties/RestartExecutionOnUpdate',
        '/Properties/Tags',
        '/Properties/Name',
        '/DependsOn',
        '/Condition',
      ]),
    );
    expect(p?.fidelity.unrepresented.map((u) => u.path)).not.toContain('/Properties/Stages/1');
    expect(result.pipelines[1]?.pipeline['$ifFields']).toEqual({
      stages: { source: 'cloudformation', condition: 'IsProd', branch: 'then', other: [] },
    });
    // ...and writes it back
    const text = exportPipeline(p!.pipeline, 'cloudformation', { extras: p!.extras }).text;
    const again = importPipelines(text);
    if (!again.ok) throw new Error(again.error.message);
    const resource = (x: typeof p) =>
      x?.extras?.kind === 'cloudformation'
        ? (x.extras.template['Resources'] as Record<string, unknown>)['Pipeline']
        : undefined;
    expect(resource(again.pipelines[0])).toEqual(resource(p));
    expect(text).toContain('RunOrder: "1"');
    expect(text).toContain('PollForSourceChanges: false');
    expect(text).not.toMatch(/^\s+Name: Pipeline$/m);
    // the monitoring rule of a conditional pipeline carries the same condition
    const monitored = exportPipeline(p!.pipeline, 'cloudformation-json', { extras: p!.extras, monitoring: true }).text;
    expect(JSON.parse(monitored).Resources.PipelineExecutionStateChangeRule.Condition).toBe('IsProd');
  });

  it('locates pointers in the source text', () => {
    if (!result.ok) throw new Error(result.error.message);
    expect(result.pipelines[0]?.locate('/stages/2/actions/0/name')).toEqual({ line: 45, column: 15 });
    expect(result.pipelines[0]?.locate('/stages/1/actions/0/name')).toEqual({ line: 40, column: 17 });
    expect(result.pipelines[0]?.locate('/roleArn')).toEqual({ line: 15, column: 7 });
  });

  it('keeps __proto__ configuration keys as data', () => {
    const r = importPipelines(template.replace('Repo: app', '__proto__: app'));
    if (!r.ok) throw new Error(r.error.message);
    const config = r.pipelines[0]?.pipeline.stages[0]?.actions[0]?.configuration ?? {};
    expect(Object.keys(config)).toContain('__proto__');
    expect(Object.getPrototypeOf(config)).toBe(Object.prototype);
  });
});

describe('importPipelines: errors carry a line and a column', () => {
  it('YAML syntax', () => {
    const r = importPipelines('Resources:\n  P:\n    Type: [unclosed\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.line).toBeGreaterThanOrEqual(3);
  });

  it('a template without a pipeline', () => {
    const r = importPipelines('Resources:\n  B:\n    Type: AWS::S3::Bucket\n');
    expect(r.ok || r.error).toEqual({
      message: 'the template has no AWS::CodePipeline::Pipeline resource',
      line: 1,
      column: 1,
    });
  });

  it('a pipeline whose Properties are not an object', () => {
    const r = importPipelines('Resources:\n  P:\n    Type: AWS::CodePipeline::Pipeline\n    Properties: 5\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect([r.error.line, r.error.column]).toEqual([4, 5]);
  });

  it('JSON syntax', () => {
    const r = importPipelines('{\n  "pipeline": {\n    "name": \n}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.line).toBe(4);
  });

  it('never throws on garbage', () => {
    for (const input of ['', '\u0000\u0001', ']]]', 'a: b: c', new Uint8Array([0xff, 0xfe, 0x41, 0x00]), '- - -']) {
      expect(() => importPipelines(input)).not.toThrow();
    }
  });
});

describe('format detection', () => {
  it('decides from the content', () => {
    expect(detectFormat('{"pipeline": {}}')).toBe('json');
    expect(detectFormat('{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {}}')).toBe('cloudformation-json');
    expect(detectFormat('{\n "Resources": {"P": {}}}')).toBe('cloudformation-json');
    expect(detectFormat('Resources:\n  P: {}\n')).toBe('cloudformation');
    expect(detectFormat('resource "aws_codepipeline" "p" {\n}\n')).toBe('terraform');
    expect(detectFormat('"pipeline": {')).toBe('json');
    expect(detectFormat('{"resource": {"aws_codepipeline": {"p": {}}}}')).toBe('terraform');
    expect(detectFormat('{"resource": {', 'main.tf.json')).toBe('terraform');
    expect(detectFormat('{"name": "x", "stages": []}')).toBe('json');
  });

  it("takes Terraform's `//` comment property beside the blocks for .tf.json, not for API JSON", () => {
    const file = { '//': 'generated', resource: { aws_codepipeline: { p: {} } } };
    expect(detectFormat(JSON.stringify(file))).toBe('terraform');
    expect(detectFormat(JSON.stringify({ '//': 'a note' }))).toBe('json');
    const result = importPipelines(JSON.stringify(file), { fileName: 'main.tf.json' });
    expect(result.format).toBe('terraform');
  });

  it('hands the parsed value of API JSON on, only when JSON white space alone precedes it', () => {
    const text = '{"pipeline": {"name": "p", "stages": []}}';
    expect(detect(`\n  ${text}`)).toEqual({ format: 'json', json: JSON.parse(text) });
    expect(detect(`\u00a0${text}`)).toEqual({ format: 'json' }); // JSON.parse would refuse the text itself
    expect(detect('{"Resources": {}}')).toEqual({ format: 'cloudformation-json' });
  });

  it('reads UTF-16 with a byte order mark', () => {
    const text =
      'Resources:\n  P:\n    Type: AWS::CodePipeline::Pipeline\n    Properties: { RoleArn: r, Stages: [] }\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    for (let i = 0; i < text.length; i++) bytes[2 + 2 * i] = text.charCodeAt(i);
    const r = importPipelines(bytes);
    expect(r.ok && r.pipelines[0]?.id).toBe('P');
  });
});

describe('loadPipelines (readers loaded on demand)', () => {
  const golden = (name: string) => readFileSync(new URL(`./golden/standard-cicd/${name}`, import.meta.url));
  const strip = (result: ReturnType<typeof importPipelines>) => JSON.parse(JSON.stringify(result)) as unknown;

  it.each([
    ['create-pipeline.json', golden('create-pipeline.json')],
    ['cloudformation.yaml', golden('cloudformation.yaml')],
    ['cloudformation.json', golden('cloudformation.json')],
    ['terraform.tf', golden('terraform.tf')],
    ['terraform.tf.json', golden('terraform.tf.json')],
    ['broken.yaml', 'Resources: [a'],
    ['huge.json', new Uint8Array(5 * 1024 * 1024 + 1)],
    ['bad-utf8.json', Uint8Array.from([0x7b, 0xff, 0x7d])],
  ])('reads %s as importPipelines does', async (fileName, input) => {
    const [now, later] = [importPipelines(input, { fileName }), await loadPipelines(input, { fileName })];
    expect(strip(later)).toEqual(strip(now));
    if (now.ok && later.ok)
      expect(later.pipelines[0]?.locate('/stages/0')).toEqual(now.pipelines[0]?.locate('/stages/0'));
  });
});
