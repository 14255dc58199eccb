import { passed, type RuleCheck } from './rule.js';

export const ticketPattern: RuleCheck<string> = (message, pattern) =>
  new RegExp(pattern, 'u').test(message.text)
    ? passed
    : {
        ok: false,
        message: `the message names no ticket (pattern ${pattern}): the team links every change to one`,
        hint: 'add the ticket id to the subject or the body, e.g. "PAY-142 Retry failed refunds"',
      };
