import { passed, type RuleCheck } from './rule.js';

export const subjectEmpty: RuleCheck<true> = (message) =>
  message.subject.trim() !== ''
    ? passed
    : {
        ok: false,
        message: 'the message is empty: every commit needs a description of the change',
        hint: 'write one line that says what the commit changes and why',
      };
