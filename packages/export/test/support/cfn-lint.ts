import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface LintMatch {
  file: string;
  rule: string;
  level: string;
  message: string;
  /** Where in the template (`['Resources', 'Pipeline', 'Properties', ...]`). */
  path: (string | number)[];
}

export function cfnLintAvailable(): boolean {
  const probe = spawnSync('cfn-lint', ['--version'], { encoding: 'utf8' });
  return probe.status === 0;
}

/** Runs cfn-lint ONCE over all templates (it takes seconds to start); returns its matches by file name. */
export function cfnLint(templates: { name: string; text: string }[]): LintMatch[] {
  const dir = mkdtempSync(join(tmpdir(), 'pipewright-cfnlint-'));
  try {
    const files = templates.map((t) => {
      const file = join(dir, t.name);
      writeFileSync(file, t.text);
      return file;
    });
    const run = spawnSync('cfn-lint', ['--format', 'json', '--', ...files], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.error) throw run.error;
    const matches = JSON.parse(run.stdout || '[]') as {
      Filename: string;
      Rule: { Id: string };
      Level: string;
      Message: string;
      Location?: { Path?: (string | number)[] };
    }[];
    return matches.map((m) => ({
      file: m.Filename.slice(dir.length + 1),
      rule: m.Rule.Id,
      level: m.Level,
      message: m.Message,
      path: m.Location?.Path ?? [],
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
