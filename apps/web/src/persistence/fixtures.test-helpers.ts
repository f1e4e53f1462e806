import type { Pipeline } from '@pipewright/model';

/** A small valid pipeline for persistence tests. */
export const samplePipeline: Pipeline = {
  name: 'shop',
  roleArn: 'arn:aws:iam::123456789012:role/pipeline',
  artifactStore: { type: 'S3', location: 'shop-artifacts' },
  stages: [
    {
      name: 'Source',
      actions: [
        {
          name: 'Checkout',
          actionTypeId: { category: 'Source', owner: 'AWS', provider: 'CodeStarSourceConnection', version: '1' },
          configuration: { ConnectionArn: 'arn:aws:codeconnections:eu-west-1:123456789012:connection/x' },
          outputArtifacts: [{ name: 'src' }],
        },
      ],
    },
  ],
};

/** In-memory Web Storage; `quota` (in characters) makes setItem throw like a full browser. */
export function memoryStorage(quota = Infinity) {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (value.length > quota) {
        const error = new Error('The quota has been exceeded.');
        error.name = 'QuotaExceededError';
        throw error;
      }
      data.set(key, value);
    },
    removeItem: (key: string) => void data.delete(key),
  };
}
