import { gitOutput } from './run-git.js';

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
