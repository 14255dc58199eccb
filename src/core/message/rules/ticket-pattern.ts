import { type Pattern, passed, type RuleCheck } from './rule.js';

/** The pattern runs on a linear-time engine (config/compile-pattern.ts): no message can make it hang. */
export const ticketPattern: RuleCheck<Pattern> = (message, pattern) =>
  pattern.test(message.text)
    ? passed
    : {
        ok: false,
        message: `the message names no ticket (pattern ${pattern.source}): the team links every change to one`,
        hint: 'add the ticket id to the subject or the body, e.g. "PAY-142 Retry failed refunds"',
      };
