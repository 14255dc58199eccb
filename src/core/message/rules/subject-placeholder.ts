import { PLACEHOLDER_WORDS } from '../../../config/defaults.js';
import { excerpt } from '../../excerpt.js';
import { words } from '../parse-message.js';
import { passed, type RuleCheck } from './rule.js';

/** Built once per word list, not once per message: a push check judges thousands of messages. */
const placeholderSets = new WeakMap<readonly string[], ReadonlySet<string>>();

function placeholderSet(option: true | string[]): ReadonlySet<string> {
  const list = option === true ? PLACEHOLDER_WORDS : option;
  let set = placeholderSets.get(list);
  if (!set) placeholderSets.set(list, (set = new Set(list.map((w) => w.toLowerCase()))));
  return set;
}

/** Fails a subject made only of placeholder words ("wip", "fix stuff", "..."). */
export const subjectPlaceholder: RuleCheck<true | string[]> = (message, option) => {
  const placeholders = placeholderSet(option);
  // Stops at the first word that is not a placeholder.
  const isPlaceholder = !words(message.description.toLowerCase()).some((word) => {
    const bare = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    return bare !== '' && !placeholders.has(bare);
  });
  return !isPlaceholder
    ? passed
    : {
        ok: false,
        message: `"${excerpt(message.subject.trim())}" is a placeholder, not a description of the change`,
        hint: 'say what the change does, e.g. "Retry the S3 upload when the token expires"',
      };
};
