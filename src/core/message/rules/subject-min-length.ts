import { displayWidth } from '../subject-words.js';
import { passed, type RuleCheck } from './rule.js';

/** In terminal columns: a Chinese or Japanese character takes two, and says as much as two letters. */
export const subjectMinLength: RuleCheck<number> = (message, minimum) => {
  const length = displayWidth(message.description);
  return length >= minimum
    ? passed
    : {
        ok: false,
        message: `the subject is ${length} characters long; at least ${minimum} are needed to describe a change`,
        hint: 'name the change and the part of the service it touches',
      };
};
