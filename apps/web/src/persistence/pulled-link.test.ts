import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodePulledFragment, pulledAwsArguments, rememberPulledOrigin } from './pulled-link.js';
import { toBase64Url } from './share-link.js';

const text = JSON.stringify({ pipeline: { name: 'release', stages: [] }, metadata: { pipelineArn: 'arn' } }, null, 2);

describe('pulled pipeline links', () => {
  it('reads the get-pipeline text, its file name and the AWS options from the fragment', () => {
    const data = toBase64Url(deflateSync(strToU8(text)));
    const result = decodePulledFragment(`#pulled=${data}&file=release.json&aws=--region+eu-west-1+--profile+prod`);
    expect(result).toEqual({
      ok: true,
      pulled: { text, fileName: 'release.json', awsArguments: '--region eu-west-1 --profile prod' },
    });
  });

  it('is null for other fragments and says a damaged link is damaged', () => {
    expect(decodePulledFragment('#pipeline=abc')).toBeNull();
    expect(decodePulledFragment('')).toBeNull();
    const damaged = decodePulledFragment('#pulled=!!!');
    expect(damaged?.ok).toBe(false);
  });

  it('remembers the AWS options for the pipeline that was opened only', () => {
    rememberPulledOrigin('release', '--region eu-west-1');
    expect(pulledAwsArguments('release')).toBe('--region eu-west-1');
    expect(pulledAwsArguments('other')).toBe('');
  });
});
