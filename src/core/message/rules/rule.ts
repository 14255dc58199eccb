import type { ParsedMessage } from '../parse-message.js';

export interface RuleOutcome {
  ok: boolean;
  /** What is wrong and why, one sentence. */
  message: string;
  /** How to write it instead. */
  hint: string;
}

export const passed: RuleOutcome = { ok: true, message: '', hint: '' };

export type RuleCheck<Option> = (message: ParsedMessage, option: Option) => RuleOutcome;

/** A config pattern, compiled by the config layer on a linear-time engine (config/compile-pattern.ts). */
export interface Pattern {
  source: string;
  test(text: string): boolean;
}
