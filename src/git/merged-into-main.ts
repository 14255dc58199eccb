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
