import type { Pipeline } from '@pipewright/model';
import { describe, expect, it } from 'vitest';
import { locationLabel } from './locationLabel.js';
import { selectionForPointer } from '../common/diagnostics.js';

const pipeline: Pipeline = {
  name: 'p',
  roleArn: 'r',
  stages: [
    {
      name: 'Build',
      actions: [
        { name: 'Compile', actionTypeId: { category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1' } },
      ],
    },
  ],
};

describe('problem locations', () => {
  it('names stages and actions', () => {
    expect(locationLabel(pipeline, '/stages/0/actions/0/configuration/ProjectName')).toBe(
      'Build › Compile › configuration/ProjectName',
    );
    expect(locationLabel(pipeline, '/stages/0')).toBe('Build');
    expect(locationLabel(pipeline, '/roleArn')).toBe('Pipeline › roleArn');
    expect(locationLabel(pipeline, '/stages/4/actions/2')).toBe('Stage 5 › Action 3');
  });

  it('selects the node a pointer is inside', () => {
    expect(selectionForPointer('/stages/0/actions/3/name')).toEqual({ kind: 'action', stage: 0, action: 3 });
    expect(selectionForPointer('/stages/2/onFailure')).toEqual({ kind: 'stage', stage: 2 });
    expect(selectionForPointer('/stages/12')).toEqual({ kind: 'stage', stage: 12 });
    expect(selectionForPointer('/artifactStore/location')).toEqual({ kind: 'pipeline' });
  });
});
