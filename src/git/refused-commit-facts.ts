import { runGit } from './run-git.js';

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
