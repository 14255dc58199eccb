import type { TipRelation } from '../core/start/choose-start.js';
import { runGit } from './run-git.js';

/**
 * Whether `ref` came into `mainRef` by a merge: it is an ancestor of main, yet not on main's own
 * (first-parent) line. A stage merged into main stays an ancestor of it for good ("1 commit behind"
 * forever); a stage freshly cut from main that main has since passed is an ancestor too, but its
 * tip lies on main's line. Three git processes, for status only.
 */
export async function mergedIntoMain(ref: string, mainRef: string, cwd: string): Promise<boolean> {
  const tip = await runGit(['rev-parse', '--verify', '-q', `${ref}^{commit}`], { cwd });
  const sha = tip.stdout.trim();
  if (tip.code !== 0 || sha === '') return false;
  const ancestor = await runGit(['merge-base', '--is-ancestor', sha, mainRef], { cwd });
  if (ancestor.code !== 0) return false;
  const line = await runGit(['rev-list', '--first-parent', '--parents', mainRef, `^${sha}`, '--'], { cwd });
  if (line.code !== 0 || line.stdout.trim() === '') return false;
  return !line.stdout.split('\n').some((entry) => entry.split(' ')[1] === sha);
}

/** How a local tip relates to a remote one; two `merge-base --is-ancestor` at most. */
export async function tipRelation(localSha: string, remoteSha: string, cwd: string): Promise<TipRelation> {
  if (localSha === remoteSha) return 'same';
  const behind = await runGit(['merge-base', '--is-ancestor', localSha, remoteSha], { cwd });
  if (behind.code === 0) return 'local-behind';
  const ahead = await runGit(['merge-base', '--is-ancestor', remoteSha, localSha], { cwd });
  return ahead.code === 0 ? 'local-ahead' : 'diverged';
}

/**
 * For each of `shas`: true when `ref` contains it, false when not; all undefined when `ref` does not
 * exist here. One git process however many shas: git lists what the shas hold beyond `ref`, and a
 * sha listed is not on it.
 */
export async function commitsOnRef(
  ref: string,
  shas: readonly string[],
  cwd: string,
): Promise<Map<string, boolean | undefined>> {
  const unique = [...new Set(shas)];
  if (unique.length === 0) return new Map();
  const result = await runGit(['rev-list', '--stdin'], { cwd, input: `${[...unique, `^${ref}`].join('\n')}\n` });
  if (result.code !== 0) return new Map(unique.map((sha) => [sha, undefined]));
  const beyond = new Set(result.stdout.split('\n'));
  return new Map(unique.map((sha) => [sha, !beyond.has(sha)]));
}
