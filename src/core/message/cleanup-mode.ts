import type { CommentCharSetting } from './clean-message.js';

export interface Cleanup {
  /** The comment character in play, or null when git cuts and strips nothing. */
  commentChar: CommentCharSetting;
  /** false for `commit.cleanup=scissors`: the message is cut at the scissors line, comment lines stay. */
  stripComments: boolean;
}

/**
 * How git will clean this commit's message. git runs the commit-msg hook with GIT_EDITOR=":" when
 * no editor was opened (`commit -m`, `-F`); its default cleanup then keeps lines that start with the
 * comment character ("#123 Fix ..."), as do `commit.cleanup` whitespace and verbatim.
 */
export function cleanupFor(setting: string | undefined, cleanup: string | undefined, edited: boolean): Cleanup {
  const mode = (cleanup ?? 'default').toLowerCase();
  if (mode === 'whitespace' || mode === 'verbatim') return { commentChar: null, stripComments: false };
  if (mode === 'scissors') return edited ? { commentChar: setting, stripComments: false } : { commentChar: null, stripComments: false };
  if (mode === 'default' && !edited) return { commentChar: null, stripComments: false };
  return { commentChar: setting, stripComments: true };
}
