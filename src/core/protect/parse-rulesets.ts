import type { Ruleset } from './github-types.js';
import { isObject, parseJsonSequence } from './json-sequence.js';

export type ParsedRulesets =
  | { ok: true; rulesets: Ruleset[] }
  | { ok: false; problem: 'not-json'; detail: string }
  | { ok: false; problem: 'not-rulesets'; detail: string }
  /** The list endpoint's answer: names and ids, no rules to compare. */
  | { ok: false; problem: 'summaries'; names: string[] };

/**
 * Reads what gh printed: one JSON array or object, or several in a row (one `gh api` call per
 * ruleset, piped in). Checks the fields the comparison reads; the rest is GitHub's business.
 */
export function parseRulesets(text: string): ParsedRulesets {
  const values = parseJsonSequence(text);
  if (!values.ok) return { ok: false, problem: 'not-json', detail: values.detail };
  const items = values.values.flatMap((value) => (Array.isArray(value) ? (value as unknown[]) : [value]));
  const rulesets: Ruleset[] = [];
  for (const [index, item] of items.entries()) {
    if (isObject(item) && item.name === undefined && typeof item.message === 'string') {
      return { ok: false, problem: 'not-rulesets', detail: `GitHub answered with an error: ${item.message}` };
    }
    if (!isObject(item) || typeof item.name !== 'string' || typeof item.enforcement !== 'string') {
      return {
        ok: false,
        problem: 'not-rulesets',
        detail: `item ${index + 1} has no "name" and "enforcement": ${JSON.stringify(item)?.slice(0, 80)}`,
      };
    }
    if (item.rules !== undefined && !Array.isArray(item.rules))
      return { ok: false, problem: 'not-rulesets', detail: `"${item.name}" has "rules" that is not a list` };
    rulesets.push(item as unknown as Ruleset);
  }
  // GitHub leaves "rules" out of the list endpoint's items; a ruleset fetched by id always has it.
  if (rulesets.length > 0 && rulesets.every((ruleset) => ruleset.rules === undefined)) {
    return { ok: false, problem: 'summaries', names: rulesets.map((ruleset) => ruleset.name) };
  }
  return { ok: true, rulesets };
}
