import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));

/** Runs an npm script as a user would (`npm run ingest -- …`) and returns its exit code and output. */
export function npmRun(script: string, args: string[], env: Record<string, string> = {}): { code: number; stdout: string; stderr: string } {
  const r = spawnSync('npm', ['run', '--silent', script, '--', ...args], { cwd: REPO, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, maxBuffer: 256 << 20 });
  return { code: r.status ?? 1, stdout: r.stdout, stderr: r.stderr };
}
