import { PLACEHOLDER_WORDS } from '../../config/defaults.js';
import { excerpt } from '../../excerpt.js';
import { prefixPlace } from '../subject-place.js';
import type { SubjectWord } from '../subject-words.js';
import {
  COSMETIC,
  DEPENDENCIES,
  DEPENDENCY_VERBS,
  FAULTS,
  FILLERS,
  GENERIC_ADJECTIVES,
  GENERIC_VERBS,
  KINDS,
  REVIEW,
  WHOLE,
} from '../vague-words.js';
import { hasForm, isNounOf } from '../word-forms.js';
import { passed, type RuleCheck } from './rule.js';

const PLACEHOLDERS = new Set(PLACEHOLDER_WORDS);
const SHOWN = 4;
/** A place named by the prefix (`refactor(Variables): ...`) says where; the description still needs a verb and an object. */
const PLACED_MIN_WORDS = 2;
const NUMBER = /^\d+$/;
/** A bare number this long is a value (`404`, `2017`), not a count. */
const VALUE_DIGITS = 3;

const HINTS = {
  bug: 'say which bug: what went wrong, and in which handler, file or function, e.g. "Stop the login redirect loop when the session expires"',
  review: 'say what the review changed, e.g. "Validate the e-mail before the sign-up handler calls the API"',
  change:
    'say what behaves differently now, and in which part of the service, e.g. "Raise the upload handler\'s timeout to 30 s"',
} as const;

type WordKind = 'verb' | 'fault' | 'review' | 'whole' | 'kind';
/** A generic word, and the word after it (`error` before `messages`). */
interface GenericWord {
  bare: string;
  kind: WordKind;
  before: string | undefined;
}

/** A review, or a fault that is the object (`Fix bug`), not a kind's modifier (`error messages`, `bug template`). */
function isTheFault(word: GenericWord): boolean {
  if (word.kind === 'review') return true;
  return word.kind === 'fault' && !(word.before !== undefined && hasForm(KINDS, word.before));
}

/** What a generic word is, or undefined for a word that names something. */
function genericKind(bare: string): WordKind | undefined {
  // `casing`, `formatting`: a cosmetic change says what it is, whatever word it is a form of.
  if (COSMETIC.has(bare)) return undefined;
  if (hasForm(FAULTS, bare)) return 'fault';
  if (hasForm(REVIEW, bare)) return 'review';
  if (hasForm(WHOLE, bare)) return 'whole';
  if (hasForm(KINDS, bare)) return 'kind';
  if (hasForm(GENERIC_VERBS, bare)) return 'verb';
  // `clarifications`, `optimizations`, `adjustment`: a change was made, as with the verb.
  if (isNounOf(GENERIC_VERBS, bare)) return 'whole';
  return undefined;
}

/**
 * Fails a subject made only of generic verbs (fix, update, change, address, rename), generic
 * objects (bug, code, stuff, comments; kinds every repository has: link, folder, test, readme) and
 * fillers or generic adjectives (some, minor, unused, unit): it says a change was made, not which
 * behaviour nor where. One word repeated is subject-placeholder's; a dependency update
 * (`Update deps`) says what it does.
 */
export const subjectVague: RuleCheck<true> = (message) => {
  const { words } = message;
  let same = words.length > 1;
  let dependencies = false;
  let dependencyVerb = false;
  const generic: GenericWord[] = [];
  const names = capitalsAreNames(words);
  let renaming = false;
  let newName = false;
  // Indexed: see asciiWords in subject-words.ts.
  for (let index = 0; index < words.length; index++) {
    const { bare, quoted, capitalized } = words[index]!;
    same &&= bare === words[0]!.bare;
    // `Rename the folder to handlers`: what follows "to" is the new name, whatever the word.
    if (newName && !FILLERS.has(bare)) return passed;
    newName = renaming && bare === 'to';
    renaming ||= hasForm(RENAME, bare);
    dependencies ||= DEPENDENCIES.has(bare);
    dependencyVerb ||= DEPENDENCY_VERBS.has(bare);
    // Placeholder words ("temp commit", `Revert "wip"`) are subject-placeholder's to report.
    if (PLACEHOLDERS.has(bare)) continue;
    // A name in quotes or backticks (`remove`, "construct") says which, whatever the word.
    if (quoted) return passed;
    // `for the Module and Function classes`: a capital inside a sentence starts a name.
    if (names && index > 0 && capitalized) return passed;
    // A generic word in capitals (README, CI) is still generic; any other name is specific.
    const kind = genericKind(bare);
    if (kind) generic.push({ bare, kind, before: words[index + 1]?.bare });
    else if (
      !(FILLERS.has(bare) || GENERIC_ADJECTIVES.has(bare) || isRef(bare, message.description) || DEPENDENCIES.has(bare))
    )
      return passed;
  }
  if (generic.length === 0 || same || (dependencies && dependencyVerb)) return passed;
  // `refactor(Scheduler): Improve error messages`: the scope says where, the kind then says which one.
  // A fault or a review still lacks what went wrong (`fix(cli): fix bug`).
  if (words.length >= PLACED_MIN_WORDS && !generic.some(isTheFault) && prefixPlace(message.subject) !== undefined)
    return passed;
  const shown = [...new Set(generic.map((word) => word.bare))];
  const named = shown.slice(0, SHOWN).join(', ') + (shown.length > SHOWN ? ', ...' : '');
  return {
    ok: false,
    message: `"${excerpt(message.subject.trim())}" has only generic words (${named}): it does not say which behaviour changed, nor where`,
    hint: hintFor(generic),
  };
};

/**
 * A count (`2 bugs`) or a reference (`#77`) says nothing of the change; a value of three digits
 * or more written bare (`404`, `2017`, `8080`) names one: a status, a year, a port.
 */
function isRef(bare: string, description: string): boolean {
  if (!NUMBER.test(bare)) return false;
  return bare.length < VALUE_DIGITS || description.includes(`#${bare}`);
}

/** Whether a capital inside the subject marks a name: not when most words have one (`Fix Broken Link`). */
function capitalsAreNames(words: readonly SubjectWord[]): boolean {
  let capitals = 0;
  for (let index = 1; index < words.length; index++) if (words[index]!.capitalized) capitals++;
  return capitals > 0 && capitals * 2 < words.length - 1;
}

function hintFor(generic: readonly GenericWord[]): string {
  const has = (kind: WordKind) => generic.find((word) => word.kind === kind);
  if (has('review')) return HINTS.review;
  if (has('fault')) return HINTS.bug;
  const kind = has('kind');
  if (kind)
    return `say which ${kind.bare} (its name, or where it is) and what about it changed, e.g. "Rename the upload folder to handlers"`;
  if (generic.some((word) => word.kind === 'verb' && hasForm(FIX_VERBS, word.bare))) return HINTS.bug;
  return HINTS.change;
}

const FIX_VERBS = new Set(['fix', 'resolve']);
const RENAME = new Set(['rename']);
