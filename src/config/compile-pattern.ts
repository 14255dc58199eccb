// Loaded only when the config has a pattern: an accepted commit without one never loads re2js.
import { RE2JS } from 're2js';
import type { Pattern } from '../core/message/rules/rule.js';

/**
 * A config pattern on RE2's engine, whose time grows in step with the text: a pattern such as
 * `^(\w+\s?)+:` that makes JavaScript's RegExp backtrack for minutes answers here at once.
 */
export function compilePattern(source: string): Pattern {
  const compiled = RE2JS.compile(source);
  return { source, test: (text) => compiled.test(text) };
}

/** Why `source` cannot be a config pattern, or undefined when it can. */
export function patternProblem(source: string): string | undefined {
  try {
    RE2JS.compile(source);
    return undefined;
  } catch (error) {
    const why = (error as Error).message.replace(/^error parsing regexp: /, '');
    return `not a pattern stageflow can run (${why}): patterns run on RE2, which never backtracks, so no message can hang a commit, and which has no lookaround or backreferences`;
  }
}
