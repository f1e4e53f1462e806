import { isIntrinsic } from '../cloudformation/intrinsics.js';
import { SHAPES, type ShapeName } from '../cloudformation/shapes.js';
import { isPlainObject, ownEntries } from '../plan/own.js';
import type { ExportWarning } from '../types.js';
import { lowerFirst, missingRequired } from './cfn-to-ts.js';

/*
 * What the CDK export must tell about the CfnPipeline properties, found in ONE walk over
 * them: recent props older aws-cdk-lib releases lack, objects missing a property
 * CloudFormation requires, and `__proto__` configuration keys synthesis drops.
 */

/** The aws-cdk-lib version every CDK export is compiled and synthesized with in the tests. */
export const VERIFIED_CDK_VERSION = '2.276.0';

/** CfnPipeline props that older aws-cdk-lib releases do not have (added with the CodePipeline V2 features). */
const RECENT_PROPS: [path: RegExp, what: string][] = [
  [
    /^\/(PipelineType|Variables|Triggers|ExecutionMode)$/,
    'pipeline type V2 features (pipelineType, variables, triggers, executionMode)',
  ],
  [/^\/Stages\/\d+\/(BeforeEntry|OnSuccess|OnFailure)$/, 'stage conditions (beforeEntry, onSuccess, onFailure)'],
  [
    /^\/Stages\/\d+\/Actions\/\d+\/(Commands|OutputVariables|EnvironmentVariables)$/,
    'action commands, outputVariables and environmentVariables',
  ],
];

/** `/Stages/0/Actions/1/Configuration/Key` -> `/stages/0/actions/1/configuration/Key` (warnings point into the pipeline). */
export function apiPath(cfnPath: string): string {
  const segments = cfnPath.split('/').slice(1);
  return segments
    .map((s, i) => (segments[i - 1] === 'Configuration' || /^\d+$/.test(s) ? `/${s}` : `/${lowerFirst(s)}`))
    .join('');
}

/** What the shapes table says the value under `key` of a `name` object is. */
type Expect = { as: 'object' | 'list'; shape: ShapeName } | { as: 'stores' } | undefined;

function childExpect(name: ShapeName, key: string): Expect {
  const spec = SHAPES[name].find((s) => s.cfn === key);
  if (spec?.type.kind === 'object') return { as: 'object', shape: spec.type.shape };
  if (spec?.type.kind === 'list') return { as: 'list', shape: spec.type.shape };
  if (spec?.type.kind === 'artifactStores') return { as: 'stores' };
  return undefined;
}

export function pipelineWarnings(properties: Record<string, unknown>): ExportWarning[] {
  const recent = new Map<string, string>();
  const incomplete: ExportWarning[] = [];
  const protoKeys: ExportWarning[] = [];

  const visit = (node: unknown, path: string, expect: Expect): void => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        const here = `${path}/${i}`;
        if (expect?.as === 'list') visit(item, here, { as: 'object', shape: expect.shape });
        else if (expect?.as === 'stores' && isPlainObject(item) && !isIntrinsic(item)) {
          // `{ Region, ArtifactStore }`: the store inside is the shaped object.
          for (const [k, v] of ownEntries(item))
            visit(v, `${here}/${k}`, k === 'ArtifactStore' ? { as: 'object', shape: 'ArtifactStore' } : undefined);
        } else visit(item, here, undefined);
      });
      return;
    }
    if (!isPlainObject(node) || isIntrinsic(node)) return;
    const shape = expect?.as === 'object' ? expect.shape : undefined;
    if (shape !== undefined) {
      const missing = missingRequired(shape, node);
      if (missing.length > 0) {
        incomplete.push({
          code: 'cdk-incomplete',
          message: `${missing.join(', ')} missing: the stack compiles, but CloudFormation will reject the pipeline until it is set.`,
          path: apiPath(path) || '/',
        });
      }
    }
    for (const [k, v] of ownEntries(node)) {
      const here = `${path}/${k}`;
      const feature = RECENT_PROPS.find(([pattern]) => pattern.test(here))?.[1];
      if (feature && !recent.has(feature)) recent.set(feature, here);
      if (k !== 'Configuration') {
        visit(v, here, shape === undefined ? undefined : childExpect(shape, k));
      } else if (isPlainObject(v) && Object.hasOwn(v, '__proto__')) {
        protoKeys.push({
          code: 'cdk-proto-key',
          message:
            'aws-cdk-lib drops a configuration key named __proto__ when it synthesizes; it is in the code but not in the template.',
          path: apiPath(`${here}/__proto__`),
        });
      }
    }
  };
  visit(properties, '', { as: 'object', shape: 'Pipeline' });

  const versions = [...recent].map(([feature, path]) => ({
    code: 'cdk-min-version',
    message: `CfnPipeline takes ${feature} only in recent aws-cdk-lib releases; this export is verified with aws-cdk-lib ${VERIFIED_CDK_VERSION}: use it or a newer one.`,
    path: apiPath(path),
  }));
  return [...versions, ...incomplete, ...protoKeys];
}
