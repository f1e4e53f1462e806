import { execFile } from 'node:child_process';
import { basename, dirname, resolve } from 'node:path';

/*
 * The old side of `pipewright diff --git REV`: a file as it is in a git revision,
 * read with `git show` (how a reviewer gets it in CI). `REV` alone means the
 * same file at that revision (`HEAD~1`); `REV:path` is git's own spelling, with
 * the path from the repository root (`main:infra/pipeline.tf`).
 */

export type GitShowResult =
  { ok: true; bytes: Uint8Array; label: string; fileName: string } | { ok: false; message: string };

function git(args: string[], cwd: string): Promise<{ ok: true; stdout: Buffer } | { ok: false; message: string }> {
  return new Promise((done) => {
    execFile('git', args, { cwd, encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (!error) return done({ ok: true, stdout });
      const code = (error as { code?: unknown }).code;
      if (code === 'ENOENT') return done({ ok: false, message: 'git is not installed (or not on PATH)' });
      const said = Buffer.from(stderr).toString('utf8').trim().split('\n')[0];
      done({ ok: false, message: said || error.message });
    });
  });
}

/** `rev` for `file` (relative to `cwd`): `git show rev:./file` from the file's folder, or `git show rev:path` as given. */
export async function showGitVersion(rev: string, file: string | undefined, cwd: string): Promise<GitShowResult> {
  if (rev.startsWith('-')) return { ok: false, message: `"${rev}" is not a revision` };
  if (rev.includes(':')) {
    const shown = await git(['show', '--end-of-options', rev], cwd);
    if (!shown.ok) return { ok: false, message: `git show ${rev}: ${shown.message}` };
    return { ok: true, bytes: shown.stdout, label: rev, fileName: rev.slice(rev.indexOf(':') + 1) };
  }
  if (file === undefined) return { ok: false, message: `--git ${rev} needs the file to compare (or REV:path)` };
  const absolute = resolve(cwd, file);
  const spec = `${rev}:./${basename(absolute)}`;
  const shown = await git(['show', '--end-of-options', spec], dirname(absolute));
  if (!shown.ok) return { ok: false, message: `git show ${rev}:${file}: ${shown.message}` };
  return { ok: true, bytes: shown.stdout, label: `${rev}:${file}`, fileName: absolute };
}
