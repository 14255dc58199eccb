import type { CommentCharSetting } from './clean-message.js';

/**
 * The comment character git will strip from this commit's message, or null when it strips none.
 * git runs the commit-msg hook with GIT_EDITOR=":" when no editor was opened (`commit -m`, `-F`);
 * its default cleanup then keeps lines that start with the comment character ("#123 Fix ..."),
 * as do `commit.cleanup` whitespace and verbatim.
 */
export function commentCharFor(setting: string | undefined, cleanup: string | undefined, edited: boolean): CommentCharSetting {
  const mode = (cleanup ?? 'default').toLowerCase();
  if (mode === 'whitespace' || mode === 'verbatim') return null;
  if (mode === 'default' && !edited) return null;
  return setting;
}
