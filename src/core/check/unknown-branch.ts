import { closestWord } from '../closest-word.js';
import type { BranchNames } from '../start/ref-tips.js';

export interface UnknownBranch {
  name: string;
  /** The known branch nearest to it, if one is near enough to be the one meant. */
  closest: string | undefined;
}

/** `name` when it is a branch neither here nor on the remote (as last fetched), with the closest that is. */
export function unknownBranch(name: string, known: BranchNames): UnknownBranch | undefined {
  if (known.local.has(name) || known.remote.has(name)) return undefined;
  return { name, closest: closestWord(name, [...new Set([...known.local, ...known.remote])]) };
}
