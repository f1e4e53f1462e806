import { describe, expect, it } from 'vitest';
import { opaque, type Pipeline } from '@pipewright/model';
import { declarationToSend, pushProblems } from './push-checks.js';

function pipeline(patch: (p: Pipeline) => void = () => {}): Pipeline {
  const p: Pipeline = {
    name: 'demo',
    roleArn: 'arn:aws:iam::123456789012:role/pipeline',
    artifactStore: { type: 'S3', location: 'demo-artifacts' },
    stages: [
      {
        name: 'Source',
        actions: [
          {
            name: 'Source',
            actionTypeId: { category: 'Source', owner: 'AWS', provider: 'S3', version: '1' },
            configuration: { S3Bucket: 'src-bucket', S3ObjectKey: 'app.zip', PollForSourceChanges: 'false' },
            outputArtifacts: [{ name: 'Src' }],
          },
        ],
      },
      {
        name: 'Build',
        actions: [
          {
            name: 'Build',
            actionTypeId: { category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1' },
            configuration: { ProjectName: 'app-build' },
            inputArtifacts: [{ name: 'Src' }],
          },
        ],
      },
    ],
  };
  patch(p);
  return p;
}

const ids = (p: Pipeline) => pushProblems(p).map((problem) => [problem.id, problem.path]);

describe('pushProblems', () => {
  it('finds nothing in a valid pipeline of literal values', () => {
    expect(pushProblems(pipeline())).toEqual([]);
  });

  it('refuses validation errors by rule id and pointer', () => {
    const bad = pipeline((p) => (p.stages[1]!.actions[0]!.inputArtifacts = [{ name: 'Nope' }]));
    expect(ids(bad)).toContainEqual(['artifact-input-produced', '/stages/1/actions/0/inputArtifacts/0/name']);
  });

  it('refuses a masked secret, an expression and a template placeholder', () => {
    const bad = pipeline((p) => {
      p.stages[1]!.actions[0]!.configuration = {
        ProjectName: opaque('terraform', 'aws_codebuild_project.app.name'),
        ApiToken: '****',
        Note: '<your-build-note>',
      };
    });
    const found = ids(bad);
    expect(found.filter(([id]) => ['masked-secret', 'expression'].includes(id as string))).toEqual([
      ['masked-secret', '/stages/1/actions/0/configuration/ApiToken'],
      ['expression', '/stages/1/actions/0/configuration/ProjectName'],
    ]);
    // the placeholder is the validator's error, reported once
    expect(found.filter(([, path]) => path === '/stages/1/actions/0/configuration/Note')).toEqual([
      ['placeholder', '/stages/1/actions/0/configuration/Note'],
    ]);
  });
});

describe('declarationToSend', () => {
  it('sends the file under the given name, without the version AWS keeps', () => {
    const sent = declarationToSend({ ...pipeline(), version: 7 } as Pipeline, 'other-name');
    expect(sent['name']).toBe('other-name');
    expect('version' in sent).toBe(false);
  });
});
