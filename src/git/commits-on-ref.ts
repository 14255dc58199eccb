import { runGit } from './run-git.js';

/**
 * For each of `shas`: true when `ref` contains it, false when not; all undefined when `ref` does not
 * exist here. One git process however many shas: git lists what the shas hold beyond `ref`, and a
 * sha listed is not on it.
 */
export async function commitsOnRef(ref: string, shas: readonly string[], cwd: string): Promise<Map<string, boolean | undefined>> {
  const unique = [...new Set(shas)];
  if (unique.length === 0) return new Map();
  const result = await runGit(['rev-list', '--stdin'], { cwd, input: `${[...unique, `^${ref}`].join('\n')}\n` });
  if (result.code !== 0) return new Map(unique.map((sha) => [sha, undefined]));
  const beyond = new Set(result.stdout.split('\n'));
  return new Map(unique.map((sha) => [sha, !beyond.has(sha)]));
}
