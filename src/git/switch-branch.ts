import { posix } from 'node:path';
import { runGit } from './run-git.js';

export type SwitchOutcome =
  | { ok: true }
  /** `paths` relative to `cwd`, as git status shows them, so that a printed command can use them. */
  | { ok: false; why: 'local-changes'; paths: string[] }
  | { ok: false; why: 'failed'; detail: string };

/**
 * `git switch -c <branch> <start>`: uncommitted changes come along, and when they cannot
 * (a file they touch differs at <start>), git changes nothing, creates no branch, and says which
 * files. --no-track: starting from a remote-tracking ref must not make it the upstream.
 */
export function switchToNewBranch(branch: string, start: string, cwd: string): Promise<SwitchOutcome> {
  return switchWith(['switch', '--no-track', '-c', branch, start], cwd);
}

/** `git switch <branch>`, with the same care for uncommitted changes. */
export function switchToBranch(branch: string, cwd: string): Promise<SwitchOutcome> {
  return switchWith(['switch', branch], cwd);
}

async function switchWith(args: string[], cwd: string): Promise<SwitchOutcome> {
  const result = await runGit(args, { cwd });
  if (result.code === 0) return { ok: true };
  if (/would be overwritten|untracked working tree files would be/.test(result.stderr)) {
    return { ok: false, why: 'local-changes', paths: await fromHere(indentedPaths(result.stderr), cwd) };
  }
  return { ok: false, why: 'failed', detail: result.stderr.trim() };
}

/** git lists the files in the way, one per line, indented by a tab. */
function indentedPaths(stderr: string): string[] {
  return stderr
    .split('\n')
    .filter((line) => line.startsWith('\t'))
    .map((line) => line.trim());
}

/** git names them from the top of the working tree; from a subdirectory they need `../`. */
async function fromHere(paths: string[], cwd: string): Promise<string[]> {
  const prefix = (await runGit(['rev-parse', '--show-prefix'], { cwd })).stdout.trim();
  if (prefix === '') return paths;
  return paths.map((path) => posix.relative(`/${prefix}`, `/${path}`));
}
