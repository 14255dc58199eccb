import { gitOutput, runGit } from './run-git.js';

export interface WorkTreeState {
  /** HEAD's branch; undefined when detached. */
  branch: string | undefined;
  head: string | undefined;
  /** Tracked files with changes not committed, staged or not; untracked files do not count. */
  changedFiles: string[];
}

/** One `git status`: HEAD and the tracked files that differ from it. */
export async function readWorkTreeState(cwd: string): Promise<WorkTreeState> {
  // --no-optional-locks: a deploy must not take the index lock from a git the user runs meanwhile.
  const result = await runGit(
    ['--no-optional-locks', 'status', '--porcelain=v2', '--branch', '--untracked-files=no', '-z'],
    { cwd },
  );
  if (result.code !== 0) throw new Error(`git status failed: ${result.stderr.trim()}`);
  let branch: string | undefined;
  let head: string | undefined;
  const changedFiles: string[] = [];
  const entries = result.stdout.split('\0');
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] ?? '';
    if (entry.startsWith('# branch.head ')) branch = entry.slice('# branch.head '.length);
    else if (entry.startsWith('# branch.oid ')) head = entry.slice('# branch.oid '.length);
    else if (entry.startsWith('1 ')) changedFiles.push(entry.split(' ').slice(8).join(' '));
    else if (entry.startsWith('2 ')) {
      changedFiles.push(entry.split(' ').slice(9).join(' '));
      i++; // a rename's original path follows as an entry of its own
    } else if (entry.startsWith('u ')) changedFiles.push(entry.split(' ').slice(10).join(' '));
  }
  return {
    branch: branch === '(detached)' ? undefined : branch,
    head: head === '(initial)' ? undefined : head,
    changedFiles,
  };
}

/**
 * The paths with uncommitted changes, untracked files included, as git status shows them: ignored
 * files not at all, an untracked directory as one path ending in `/`.
 */
export async function listChangedPaths(cwd: string): Promise<string[]> {
  const entries = (await gitOutput(['status', '--porcelain', '-z', '--untracked-files=normal'], { cwd })).split('\0');
  const paths: string[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (!/^[ MADRCUT?!]{2} /.test(entry)) continue;
    paths.push(entry.slice(3));
    // A rename or copy is followed by the path it came from, with no status of its own.
    if (entry[0] === 'R' || entry[0] === 'C') i++;
  }
  return paths;
}

/**
 * How many paths have uncommitted changes, untracked files included, counted as git status shows
 * them: ignored files (node_modules/) not at all, an untracked directory as one path, whatever the
 * user's status.showUntrackedFiles says.
 */
export async function countChangedPaths(cwd: string): Promise<number> {
  const output = await gitOutput(['status', '--porcelain', '-z', '--untracked-files=normal'], { cwd });
  return output.split('\0').filter((entry) => /^[ MADRCU?!]{2} /.test(entry)).length;
}

/**
 * Whether the temporary index of a refused `git commit -a`/`-p`/`--include` held every tracked change
 * in the working tree (then `-a` makes the same commit again). Run inside the commit-msg hook, so git
 * reads the index git named in GIT_INDEX_FILE. Only on the refusal path: one git process.
 */
export async function stagedAllTracked(cwd: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  const result = await runGit(['diff', '--quiet', '--no-ext-diff'], { cwd, env });
  return result.code === 0;
}

/** The paths a refused `git commit <paths>` put in its temporary index, relative to the top. */
export async function pathsInTemporaryIndex(cwd: string, env: NodeJS.ProcessEnv): Promise<string[]> {
  const result = await runGit(['diff', '--cached', '--name-only', '--no-renames', '-z'], { cwd, env });
  return result.code === 0 ? result.stdout.split('\0').filter(Boolean) : [];
}
