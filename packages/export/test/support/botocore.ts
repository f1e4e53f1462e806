import { spawnSync } from 'node:child_process';

/*
 * botocore's own parameter validation (what the AWS CLI runs before it sends a request) judges
 * the create-pipeline JSON export: unknown members, missing required ones, wrong types. One
 * python process for all inputs; the CodePipeline model is the one botocore ships.
 */

const SCRIPT = `
import json, sys
import botocore.session
from botocore.validate import ParamValidator
shape = botocore.session.get_session().get_service_model('codepipeline').operation_model('CreatePipeline').input_shape
out = {}
for name, text in json.load(sys.stdin).items():
    report = ParamValidator().validate(json.loads(text), shape)
    out[name] = report.generate_report() if report.has_errors() else ''
print(json.dumps(out))
`;

export function botocoreAvailable(): boolean {
  return spawnSync('python3', ['-c', 'import botocore.validate'], { encoding: 'utf8' }).status === 0;
}

/** The report of each create-pipeline input by name ('' when botocore accepts it). */
export function validateCreatePipeline(inputs: Record<string, string>): Record<string, string> {
  const run = spawnSync('python3', ['-c', SCRIPT], {
    input: JSON.stringify(inputs),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`botocore validation failed to run: ${run.stderr}`);
  return JSON.parse(run.stdout) as Record<string, string>;
}
