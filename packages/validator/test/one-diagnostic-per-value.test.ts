import type { Action, Pipeline } from '@pipewright/model';
import { describe, expect, it } from 'vitest';
import { validate } from '../src/engine.js';
import { build, pipeline, role, source, stage, withStages } from './fixtures.js';

/*
 * One thing wrong with a value, one diagnostic (issue 18): an empty field is "required" once, not
 * also "0 characters" and "not an ARN"; a template placeholder is "replace it", not also "not an
 * IAM role ARN" or "not a bucket name".
 */

const cloudFormation = (configuration: Record<string, string>): Action => ({
  name: 'Deploy',
  actionTypeId: { category: 'Deploy', owner: 'AWS', provider: 'CloudFormation', version: '1' },
  configuration: {
    ActionMode: 'CREATE_UPDATE',
    StackName: 'app',
    TemplatePath: 'SourceOutput::t.yml',
    ...configuration,
  },
  inputArtifacts: [{ name: 'SourceOutput' }],
});

const at = (subject: Pipeline, path: string) =>
  validate(subject)
    .filter((d) => d.path === path)
    .map((d) => d.ruleId);

describe('one diagnostic per value', () => {
  it.each([
    [
      'an empty CloudFormation RoleArn',
      withStages(stage('Source', source()), stage('Deploy', cloudFormation({ RoleArn: '' }))),
      '/stages/1/actions/0/configuration/RoleArn',
      'role-arn-format',
    ],
    ['an empty pipeline roleArn', pipeline({ roleArn: '' }), '/roleArn', 'role-arn-format'],
    [
      'an empty ProjectName',
      withStages(
        stage('Source', source()),
        stage('Build', build('Build', ['SourceOutput'], [], { configuration: { ProjectName: '' } })),
      ),
      '/stages/1/actions/0/configuration/ProjectName',
      'field-bounds',
    ],
    [
      'a placeholder pipeline role',
      pipeline({ roleArn: 'arn:aws:iam::<your-account-id>:role/x' }),
      '/roleArn',
      'placeholder',
    ],
    [
      'a placeholder bucket',
      pipeline({ artifactStore: { type: 'S3', location: '<your-artifact-bucket>' } }),
      '/artifactStore/location',
      'placeholder',
    ],
    [
      'a placeholder deploy role',
      withStages(stage('Source', source()), stage('Deploy', cloudFormation({ RoleArn: `${role()}<your-x>` }))),
      '/stages/1/actions/0/configuration/RoleArn',
      'placeholder',
    ],
  ] as const)('%s', (_name, subject, path, ruleId) => {
    expect(at(subject, path)).toEqual([ruleId]);
  });

  it('without the placeholder rule, the other rules still report the value', () => {
    const subject = pipeline({ roleArn: 'arn:aws:iam::<your-account-id>:role/x' });
    expect(validate(subject, { rules: { placeholder: 'off' } }).map((d) => d.ruleId)).toContain('role-arn-format');
  });
});
