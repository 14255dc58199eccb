import { passed, type RuleCheck } from './rule.js';

export const subjectMaxLength: RuleCheck<number> = (message, maximum) => {
  const length = [...message.subject].length;
  return length <= maximum
    ? passed
    : {
        ok: false,
        message: `the subject is ${length} characters long; at most ${maximum} fit in git log and pull request titles`,
        hint: 'keep the first line short and put the details in the body, after a blank line',
      };
};
