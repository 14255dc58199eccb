import { optionSpec, readOptions } from './parse-options.js';

export interface MergeOptions {
  /** `--cleanup=<mode>`, when given: git merge reads it as git commit does. */
  cleanup: string | undefined;
}

/** builtin/merge.c's options (git 2.39 to 2.5x): enough to consume every value as git does. */
const MERGE_OPTIONS = [
  ['', 'n', 'flag'],
  ['stat', '', 'flag'],
  ['summary', '', 'flag'],
  ['compact-summary', '', 'flag'],
  ['log', '', 'optional-value'],
  ['squash', '', 'flag'],
  ['commit', '', 'flag'],
  ['edit', 'e', 'flag'],
  ['cleanup', '', 'value'],
  ['ff', '', 'flag'],
  ['ff-only', '', 'flag!'],
  ['rerere-autoupdate', '', 'flag'],
  ['verify-signatures', '', 'flag'],
  ['strategy', 's', 'value'],
  ['strategy-option', 'X', 'value'],
  ['message', 'm', 'value'],
  ['file', 'F', 'value!'],
  ['into-name', '', 'value'],
  ['verbose', 'v', 'count'],
  ['quiet', 'q', 'count'],
  ['abort', '', 'flag'],
  ['quit', '', 'flag'],
  ['continue', '', 'flag'],
  ['allow-unrelated-histories', '', 'flag'],
  ['progress', '', 'flag'],
  ['gpg-sign', 'S', 'optional-value'],
  ['autostash', '', 'flag'],
  ['overwrite-ignore', '', 'flag'],
  ['signoff', '', 'flag'],
  ['no-verify', '', 'flag'],
].map(optionSpec);

/** `git merge`'s arguments as builtin/merge.c reads them; undefined for one git would refuse or that this cannot place. */
export function parseMergeOptions(args: readonly string[]): MergeOptions | undefined {
  const state = readOptions(MERGE_OPTIONS, args);
  return state && { cleanup: state.values.get('cleanup') };
}
