import type { Action, Pipeline } from '@pipewright/model';

/* TEMPORARY stand-in for `generatePipeline` from @pipewright/model; delete when it lands. */
export function generatePipelineFallback(options: { stages: number; actionsPerStage: number }): Pipeline {
  const stages = Array.from({ length: options.stages }, (_, s) => ({
    name: s === 0 ? 'Source' : `Stage${s}`,
    actions: Array.from({ length: options.actionsPerStage }, (_, a): Action =>
      s === 0
        ? {
            name: `Source${a}`,
            actionTypeId: { category: 'Source' as const, owner: 'AWS' as const, provider: 'S3', version: '1' },
            runOrder: 1,
            configuration: { S3Bucket: 'bucket', S3ObjectKey: `key${a}.zip` },
            outputArtifacts: [{ name: `S${a}` }],
          }
        : {
            name: `Build${s}_${a}`,
            actionTypeId: { category: 'Build' as const, owner: 'AWS' as const, provider: 'CodeBuild', version: '1' },
            runOrder: 1 + (a % 5),
            configuration: { ProjectName: `project${a}` },
            inputArtifacts: [{ name: s === 1 ? `S${a}` : `B${s - 1}_${a}` }],
            outputArtifacts: [{ name: `B${s}_${a}` }],
          },
    ),
  }));
  return {
    name: `bench-${options.stages}x${options.actionsPerStage}`,
    roleArn: 'arn:aws:iam::123456789012:role/x',
    stages,
  };
}
