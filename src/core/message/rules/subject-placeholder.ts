import { PLACEHOLDER_WORDS } from '../../config/defaults.js';
import { excerpt } from '../../excerpt.js';
import type { SubjectWord } from '../subject-words.js';
import { FILLERS, GENERIC_ADJECTIVES, isKeyboardRun, LOREM } from '../vague-words.js';
import { passed, type RuleCheck } from './rule.js';

/** Built once per word list, not once per message: a push check judges thousands of messages. */
const placeholderSets = new WeakMap<readonly string[], ReadonlySet<string>>();

function placeholderSet(option: true | string[]): ReadonlySet<string> {
  const list = option === true ? PLACEHOLDER_WORDS : option;
  let set = placeholderSets.get(list);
  if (!set) {
    set = new Set(list.map((w) => w.toLowerCase()));
    placeholderSets.set(list, set);
  }
  return set;
}

/**
 * What makes the subject placeholder text, if it is: only punctuation; only placeholder words
 * (with fillers: `temp commit for testing`); lorem ipsum; keyboard runs (`qwer`, `asdf`); one word
 * repeated; single letters (`a b c d e f g`).
 */
export function placeholderKind(words: readonly SubjectWord[], placeholders: ReadonlySet<string>): string | undefined {
  if (words.length === 0) return 'only punctuation';
  if (isFirstCommit(words)) return undefined;
  let placeholder = 0;
  let lorem = true;
  let runs = true;
  let letters = true;
  let same = true;
  let filler = true;
  for (let index = 0; index < words.length; index++) {
    const { bare } = words[index]!;
    const isPlaceholder = placeholders.has(bare);
    if (isPlaceholder) placeholder++;
    filler &&= isPlaceholder || FILLERS.has(bare) || GENERIC_ADJECTIVES.has(bare);
    lorem &&= LOREM.has(bare);
    letters &&= bare.length === 1;
    runs &&= isPlaceholder || isKeyboardRun(bare);
    same &&= bare === words[0]!.bare;
    if (!filler && !lorem && !runs && !letters && !same) return undefined;
  }
  if (placeholder > 0 && filler) return 'placeholder words';
  if (lorem) return 'lorem ipsum';
  if (runs) return 'keys struck in a row';
  if (words.length > 1 && same) return 'one word repeated';
  if (words.length > 1 && letters) return 'single letters';
  return undefined;
}

/** `Initial commit`, `First commit`: how a repository's history begins, and says so. */
function isFirstCommit(words: readonly SubjectWord[]): boolean {
  return (
    words.length === 2 && (words[0]!.bare === 'initial' || words[0]!.bare === 'first') && words[1]!.bare === 'commit'
  );
}

/** Fails a subject that is placeholder text ("wip", "asdf", "lorem ipsum", "test test test"). */
export const subjectPlaceholder: RuleCheck<true | string[]> = (message, option) => {
  const kind = placeholderKind(message.words, placeholderSet(option));
  return kind === undefined
    ? passed
    : {
        ok: false,
        message: `"${excerpt(message.subject.trim())}" is a placeholder${kind === 'placeholder words' ? '' : ` (${kind})`}, not a description of the change`,
        hint: 'say what the change does, e.g. "Retry the S3 upload when the token expires"',
      };
};
