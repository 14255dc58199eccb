import { CONVENTIONAL_TYPES, PLACEHOLDER_WORDS } from '../config/defaults.js';
import { subjectPrefix } from './parse-message.js';
import { subjectWords } from './subject-words.js';
import {
  COSMETIC,
  DEPENDENCIES,
  FAULTS,
  FILLERS,
  GENERIC_ADJECTIVES,
  GENERIC_VERBS,
  KINDS,
  REVIEW,
  WHOLE,
} from './vague-words.js';
import { hasForm } from './word-forms.js';

const TYPES = new Set(CONVENTIONAL_TYPES);
const PLACEHOLDERS = new Set(PLACEHOLDER_WORDS);
const GENERIC = [GENERIC_VERBS, FAULTS, REVIEW, WHOLE, KINDS];

/**
 * The part of the service a subject's prefix names, if it names one: the scope of
 * `refactor(Variables): ...`, `test(AWS IOT): ...`, or a prefix that is no Conventional Commits type
 * (`ResourcesDeploy: ...`, `logo: ...`). A type (`fix:`) or a generic kind (`readme:`, `docs(deps):`,
 * `ci(release):`) names no place. Read only for a subject about to be refused, not for every message.
 */
export function prefixPlace(subject: string): string | undefined {
  const prefix = subjectPrefix(subject);
  if (prefix === undefined) return undefined;
  const place = prefix.scope ?? (TYPES.has(prefix.type.toLowerCase()) ? undefined : prefix.type);
  if (place === undefined) return undefined;
  // A scope is a section's name: one with a capital (`(Variables)`, `(Config Schema)`) is that section's.
  for (const word of subjectWords(place))
    if ((prefix.scope !== undefined && word.capitalized) || namesSomething(word.bare)) return place.trim();
  return undefined;
}

/** A scope in capitals (`CI`, `README`) is still a generic kind; an identifier or any other word names a part. */
function namesSomething(bare: string): boolean {
  if (COSMETIC.has(bare) || FILLERS.has(bare) || GENERIC_ADJECTIVES.has(bare)) return false;
  if (DEPENDENCIES.has(bare) || PLACEHOLDERS.has(bare)) return false;
  return !GENERIC.some((lexicon) => hasForm(lexicon, bare));
}
