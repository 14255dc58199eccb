import { passed, type RuleCheck } from './rule.js';

export const subjectMinLength: RuleCheck<number> = (message, minimum) => {
  const length = [...message.description].length;
  return length >= minimum
    ? passed
    : {
        ok: false,
        message: `the subject is ${length} characters long; at least ${minimum} are needed to describe a change`,
        hint: 'name the change and the part of the service it touches',
      };
};
