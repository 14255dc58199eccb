import { PLACEHOLDER_WORDS } from '../../../config/defaults.js';
import { excerpt } from '../../excerpt.js';
import { words } from '../parse-message.js';
import { passed, type RuleCheck } from './rule.js';

/** Fails a subject made only of placeholder words ("wip", "fix stuff", "..."). */
export const subjectPlaceholder: RuleCheck<true | string[]> = (message, option) => {
  const placeholders = new Set((option === true ? PLACEHOLDER_WORDS : option).map((w) => w.toLowerCase()));
  const normalized = words(message.description.toLowerCase())
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
  const isPlaceholder = normalized.every((word) => placeholders.has(word));
  return !isPlaceholder
    ? passed
    : {
        ok: false,
        message: `"${excerpt(message.subject.trim())}" is a placeholder, not a description of the change`,
        hint: 'say what the change does, e.g. "Retry the S3 upload when the token expires"',
      };
};
