/**
 * Whether `word`, or the word it is an inflection of, is in `lexicon`: `fixes`, `fixed`, `fixing`
 * → `fix`; `moving` → `move`; `committed` → `commit`; `simplified`, `utilities` → `-y`. The lexicons
 * hold base forms; a few slices and set lookups per word, no pattern.
 */
export function hasForm(lexicon: ReadonlySet<string>, word: string): boolean {
  if (lexicon.has(word)) return true;
  const n = word.length;
  if (n < 4) return false;
  const last = word[n - 1];
  if (last === 's') {
    if (lexicon.has(word.slice(0, -1))) return true;
    if (word.endsWith('es') && lexicon.has(word.slice(0, -2))) return true;
    return word.endsWith('ies') && lexicon.has(`${word.slice(0, -3)}y`);
  }
  if (last === 'd' && word.endsWith('ed')) return stemIn(lexicon, word.slice(0, -2), word.endsWith('ied'));
  if (last === 'g' && word.endsWith('ing')) return stemIn(lexicon, word.slice(0, -3), false);
  return false;
}

/** `fix` (fixed), `mov` + e (moved, moving), `committ` less one t (committed), `simplif` + y (simplified). */
function stemIn(lexicon: ReadonlySet<string>, stem: string, wasIed: boolean): boolean {
  if (stem.length < 2) return false;
  if (lexicon.has(stem) || lexicon.has(`${stem}e`)) return true;
  if (wasIed && lexicon.has(`${stem.slice(0, -1)}y`)) return true;
  const n = stem.length;
  return stem[n - 1] === stem[n - 2] && lexicon.has(stem.slice(0, -1));
}

/** Suffixes that make a noun of a verb, longest first: `clarification`, `optimization`, `adjustment`, `removal`. */
const NOUN_SUFFIXES = ['ification', 'ization', 'isation', 'ation', 'ition', 'ment', 'ion', 'al'] as const;
/** What each suffix replaced: clarif|ication ← clarify, optimiz|ation ← optimize. */
const VERB_ENDINGS: Record<(typeof NOUN_SUFFIXES)[number], readonly string[]> = {
  ification: ['ify'],
  ization: ['ize'],
  isation: ['ise'],
  ation: ['', 'e'],
  ition: [''],
  ment: [''],
  ion: ['', 'e'],
  al: ['e'],
};

/**
 * Whether `word` is a noun made of a verb in `lexicon`: `clarifications` ← clarify, `optimization`
 * ← optimize, `adjustments` ← adjust, `removal` ← remove, `addition` ← add, `deletion` ← delete.
 * A noun of a generic verb says no more than the verb. Slices and set lookups, no pattern.
 */
export function isNounOf(lexicon: ReadonlySet<string>, word: string): boolean {
  const noun = word.length > 5 && word.endsWith('s') ? word.slice(0, -1) : word;
  for (const suffix of NOUN_SUFFIXES) {
    if (!noun.endsWith(suffix)) continue;
    const stem = noun.slice(0, -suffix.length);
    // `add|ition`; any other stem is longer (`don|ation` is no `done`).
    if (stem.length < (suffix === 'ition' ? 3 : 4)) return false;
    return VERB_ENDINGS[suffix].some((ending) => lexicon.has(stem + ending));
  }
  return false;
}
