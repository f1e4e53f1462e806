import { placeholder } from './placeholders.js';
import { codeBuild, codeCommitSource, pipeline, stage } from './parts.js';
import type { PipelineTemplate } from './types.js';

export const secureScanning: PipelineTemplate = {
  id: 'secure-scanning',
  title: 'Secure pipeline with scanning',
  description:
    'KMS-encrypted artifacts; static analysis and a dependency check run in parallel on the source, then the built container image is scanned.',
  pipeline: pipeline(
    'security-focused-pipeline',
    [
      stage('Source', codeCommitSource('SourceCode', 'source_output')),
      stage(
        'Build',
        codeBuild('BuildApplication', {
          project: placeholder('build-project'),
          inputs: ['source_output'],
          outputs: ['build_output'],
        }),
      ),
      stage(
        'SecurityScans',
        codeBuild('SAST', {
          category: 'Test',
          project: placeholder('sast-project'),
          inputs: ['source_output'],
          runOrder: 1,
        }),
        codeBuild('DependencyCheck', {
          category: 'Test',
          project: placeholder('dependency-scan-project'),
          inputs: ['source_output'],
          runOrder: 1,
        }),
        codeBuild('ContainerScan', {
          category: 'Test',
          project: placeholder('container-scan-project'),
          inputs: ['build_output'],
          runOrder: 2,
        }),
      ),
    ],
    { kms: true },
  ),
};
