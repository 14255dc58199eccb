/**
 * The branch a merge in progress brings in, as the user named it, with a `<remote>/` or
 * `refs/remotes/<remote>/` prefix taken off (origin/stage/x is the stage stage/x). From git's
 * GITHEAD_<sha> variables (set while `git merge` runs its hooks) or, after a conflict, the first
 * line of MERGE_MSG. undefined when it is not one branch.
 */
export function mergedBranch(
  githeadNames: readonly string[],
  mergeMessage: string | undefined,
  remote: string,
): string | undefined {
  const named =
    githeadNames.length === 1 ? githeadNames[0] : githeadNames.length === 0 ? fromMessage(mergeMessage) : undefined;
  if (!named) return undefined;
  for (const prefix of [`refs/remotes/${remote}/`, `${remote}/`, 'refs/heads/']) {
    if (named.startsWith(prefix)) return named.slice(prefix.length);
  }
  return named;
}

function fromMessage(message: string | undefined): string | undefined {
  const first = message?.split('\n', 1)[0] ?? '';
  return /^Merge (?:remote-tracking )?branch '([^']+)'(?: into .*)?$/.exec(first)?.[1];
}
