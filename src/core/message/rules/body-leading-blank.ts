import { passed, type RuleCheck } from './rule.js';

export const bodyLeadingBlank: RuleCheck<true> = (message) =>
  message.secondLine === undefined || message.secondLine === ''
    ? passed
    : {
        ok: false,
        message: 'the second line is not blank: git takes every line up to the first blank one as the subject',
        hint: 'leave a blank line between the subject and the body',
      };
