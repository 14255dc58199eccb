/**
 * The commits of `parents` (the commits a push adds) made before `adoption`, the commit that
 * adopted stageflow: history the rules never applied to, judged by nobody. A push that brings an
 * existing history to a new remote is not refused over them, and no one is told to rewrite them.
 */
export function beforeAdoption(
  parents: ReadonlyMap<string, readonly string[]>,
  adoption: string | undefined,
): Set<string> {
  const before = new Set<string>();
  const stack = adoption === undefined ? [] : [...(parents.get(adoption) ?? [])];
  while (stack.length > 0) {
    const sha = stack.pop()!;
    if (before.has(sha) || !parents.has(sha)) continue;
    before.add(sha);
    stack.push(...parents.get(sha)!);
  }
  return before;
}

/** `git push . <refspec>`: the special remote "." is this repository, so nothing reaches a server. */
export function staysLocal(remoteUrl: string): boolean {
  return remoteUrl === '.';
}
