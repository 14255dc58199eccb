import { wordWeight } from '../subject-words.js';
import { passed, type RuleCheck } from './rule.js';

/**
 * Counts words as a reader does (subject-words.ts): no `type(scope):` prefix, `#` or dashes; each
 * word of a Chinese or Japanese subject; an identifier, path or version counts twice.
 */
export const subjectMinWords: RuleCheck<number> = (message, minimum) => {
  const count = wordWeight(message.words);
  if (count >= minimum) return passed;
  const specific = message.words.some((word) => word.specific)
    ? ' (a name such as an identifier or path counts as two)'
    : '';
  return {
    ok: false,
    message: `the subject has ${count} word${count === 1 ? '' : 's'}${specific}; at least ${minimum} are needed to describe a change`,
    hint: 'say what changed and where, e.g. "Validate the stage name in deploy script"',
  };
};
