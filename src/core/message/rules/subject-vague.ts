import { PLACEHOLDER_WORDS } from '../../config/defaults.js';
import { excerpt } from '../../excerpt.js';
import { DEPENDENCIES, DEPENDENCY_VERBS, FILLERS, GENERIC_OBJECTS, GENERIC_VERBS } from '../vague-words.js';
import { passed, type RuleCheck } from './rule.js';

const PLACEHOLDERS = new Set(PLACEHOLDER_WORDS);
const SHOWN = 4;

const HINTS = {
  bug: 'say which bug: what went wrong, and in which handler, file or function, e.g. "Stop the login redirect loop when the session expires"',
  review: 'say what the review changed, e.g. "Validate the e-mail before the sign-up handler calls the API"',
  change:
    'say what behaves differently now, and in which part of the service, e.g. "Raise the upload handler\'s timeout to 30 s"',
} as const;

/**
 * Fails a subject made only of generic verbs (fix, update, change, address), generic objects (bug,
 * code, stuff, comments) and fillers: it says a change was made, not which behaviour nor where.
 * One word repeated is subject-placeholder's; a dependency update (`Update deps`) says what it does.
 */
export const subjectVague: RuleCheck<true> = (message) => {
  const { words } = message;
  let generic = 0;
  let same = words.length > 1;
  let dependencies = false;
  let dependencyVerb = false;
  for (const { bare } of words) {
    same &&= bare === words[0]!.bare;
    dependencies ||= DEPENDENCIES.has(bare);
    dependencyVerb ||= DEPENDENCY_VERBS.has(bare);
    // Placeholder words ("temp commit") are subject-placeholder's to report.
    if (PLACEHOLDERS.has(bare) || FILLERS.has(bare) || /^\d+$/.test(bare)) continue;
    // A generic word in capitals (README, CI) is still generic; any other name is specific.
    if (GENERIC_VERBS.has(bare) || GENERIC_OBJECTS.has(bare)) generic++;
    else if (!DEPENDENCIES.has(bare)) return passed;
  }
  if (generic === 0 || same || (dependencies && dependencyVerb)) return passed;
  const shown = [
    ...new Set(
      words
        .map((word) => word.bare)
        .filter((bare) => !PLACEHOLDERS.has(bare) && (GENERIC_VERBS.has(bare) || GENERIC_OBJECTS.has(bare))),
    ),
  ];
  const named = shown.slice(0, SHOWN).join(', ') + (shown.length > SHOWN ? ', ...' : '');
  return {
    ok: false,
    message: `"${excerpt(message.subject.trim())}" has only generic words (${named}): it does not say which behaviour changed, nor where`,
    hint: HINTS[hintFor(shown)],
  };
};

function hintFor(words: readonly string[]): keyof typeof HINTS {
  if (words.some((word) => /^(?:review|reviews|comment|comments|feedback|suggestions?|pr|mr|remarks)$/.test(word)))
    return 'review';
  if (
    words.some((word) =>
      /^(?:fix|fixed|fixes|fixing|bugs?|bugfix(?:es)?|issues?|errors?|problems?|resolved?)$/.test(word),
    )
  )
    return 'bug';
  return 'change';
}
