import { describe, expect, it } from 'vitest';
import { isoTimestampsToEpoch, rewriteLocalAnswer, xmlErrorAsJson } from './local-endpoint.js';

describe('local endpoint answers', () => {
  it('turns ISO timestamps into epoch seconds in metadata and list rows, never in the declaration', () => {
    expect(
      isoTimestampsToEpoch({
        pipelines: [{ name: '2026-01-01T00:00:00Z', created: '2026-01-01T00:00:01.500Z', updated: 1767225600 }],
        metadata: { updated: '2026-01-01T00:00:00+00:00', pipelineArn: 'arn' },
        pipeline: { stages: [{ actions: [{ configuration: { created: '2026-01-01T00:00:00Z' } }] }] },
      }),
    ).toEqual({
      pipelines: [{ name: '2026-01-01T00:00:00Z', created: 1767225601.5, updated: 1767225600 }],
      metadata: { updated: 1767225600, pipelineArn: 'arn' },
      pipeline: { stages: [{ actions: [{ configuration: { created: '2026-01-01T00:00:00Z' } }] }] },
    });
  });

  it('reads an XML error answer as the JSON protocol error it means', () => {
    const xml =
      '<?xml version="1.0"?><ErrorResponse><Errors><Error><Code>AccessDenied</Code><Message>User: a &quot;b&quot; is not authorized</Message></Error></Errors></ErrorResponse>';
    expect(JSON.parse(xmlErrorAsJson(xml) ?? '{}')).toEqual({
      __type: 'AccessDenied',
      message: 'User: a "b" is not authorized',
    });
    expect(xmlErrorAsJson('<html>oops</html>')).toBeUndefined();
  });

  it('rewrites a response body in place and drops its stale length', async () => {
    const response = {
      statusCode: 403,
      headers: { 'content-length': '120', 'content-type': 'text/html' },
      body: new TextEncoder().encode(
        '<ErrorResponse><Error><Code>InvalidClientTokenId</Code><Message>bad</Message></Error></ErrorResponse>',
      ),
    };
    await rewriteLocalAnswer(response);
    expect(JSON.parse(new TextDecoder().decode(response.body))).toEqual({
      __type: 'InvalidClientTokenId',
      message: 'bad',
    });
    expect(response.headers).toEqual({ 'content-type': 'application/x-amz-json-1.1' });
  });
});
