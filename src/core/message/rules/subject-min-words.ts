import { words } from '../parse-message.js';
import { passed, type RuleCheck } from './rule.js';

export const subjectMinWords: RuleCheck<number> = (message, minimum) => {
  const count = words(message.description).length;
  return count >= minimum
    ? passed
    : {
        ok: false,
        message: `the subject has ${count} word${count === 1 ? '' : 's'}; at least ${minimum} are needed to describe a change`,
        hint: 'say what changed and where, e.g. "Validate the stage name in deploy script"',
      };
};
