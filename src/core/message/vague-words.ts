/**
 * The vocabulary of subjects that describe nothing. A word in none of these lists (a noun such as
 * `login`, a name such as `setToEnv`) is what makes a subject say which behaviour changed, or where.
 * Each word is here for its category (docs/rules.md, "The generic words"), never because one
 * subject used it; measured on blind labels of real commits (calibration/, npm run calibrate).
 */

const set = (words: string) => new Set(words.trim().split(/\s+/));

/**
 * Verbs that say a change was made, not which; base forms, read with their inflections (word-forms.ts:
 * `fixes`, `fixed`, `fixing`). Only the irregular forms are listed.
 */
export const GENERIC_VERBS = set(`
  fix fixup update change address tweak adjust modify edit improve enhance optimize optimise refine
  revise polish clean cleanup tidy refactor rework rewrite restructure reorganize reorganise
  organize organise simplify resolve correct apply implement make made do did done add create
  remove delete drop handle commit push save finish complete continue merge combine move rename
  order reorder increase use include write wrote written bump upgrade revert reapply reword
  rephrase clarify streamline replace
  try attempt start begin skip switch swap
`);

/** Something went wrong, not what: `Fix bug`, `resolve issues`, `Fix crash`, `Remove option added by mistake`. */
export const FAULTS = set('bug bugfix issue problem error mistake failure fail crash regression glitch defect');

/** The review that asked for the change, not what it changed: `Address PR comments`. */
export const REVIEW = set('comment review feedback pr mr suggestion request remark note nit');

/** A change was made to the program as a whole, not which: `Update the code`, `small tweaks`. */
export const WHOLE = set(`
  stuff thing fix tweak cleanup refactor refactoring improvement modification simplification
  change update work commit code codebase logic functionality feature support usage project
  workaround hack everything part
`);

/**
 * Kinds of things every repository has, by category. A kind says what sort of thing changed, never
 * which one nor what about it: `Fix link`, `Rename folder`, `Improve the website`, `Simplify conditional`.
 */
export const KINDS = set(
  [
    // The parts every program is made of.
    'function method class variable var constant field property param parameter argument conditional',
    'condition loop statement expression type interface import module helper util utility lib library',
    'syntax name title option value input output context response body typing log logging warning',
    'case callback declaration definition block structure list array object string item entry',
    'element attribute call require constructor getter setter assignment',
    // Their usual abbreviations: `pkgs`, `props`, `args`.
    'arg fn func msg cfg conf pkg prop obj def mod repo repository info impl desc img',
    // Where code lives.
    'file folder directory dir path',
    // Tests, of any kind.
    'test spec coverage fixture',
    // Documentation and the pages that show the project.
    'docs doc documentation readme changelog example demo sample text content wording message link',
    'url image screenshot section page website site homepage description detail instruction paragraph',
    // The project's plumbing: how it is built, configured and released.
    'config configuration setting setup build ci script release version branch master package',
    'workflow pipeline conflict',
    // Qualities asked of any of the above, without saying what is better.
    'perf performance ux ui clarity readability consistency style complexity reliability stability',
    'robustness maintainability efficiency correctness',
  ].join(' '),
);

/** Words that carry no content in a subject of their own. */
export const FILLERS = set(`
  a an the some few several many all any more most minor small smaller tiny little various misc
  miscellaneous other others in on at to for of from with without and or but before after per as
  by into onto about this that these those it its my our your their they them we is are was were
  be been again also just now still here there where nothing something everything anything quick
  quickly final last latest first another one two up down out please ok okay etc lot lots bit
  bits couple general generic random based according since round re stuff properly correctly
  accordingly instead everywhere too very much well even so then yet when if how what why which
  recent recently
`);

/**
 * Adjectives any of the kinds above can take, which still do not say which one: `Remove unused
 * code`, `Fix broken link`, `fixing unit tests`.
 */
export const GENERIC_ADJECTIVES = set(`
  new old missing useless unused unnecessary obsolete outdated redundant duplicate dead extra
  broken wrong bad incorrect invalid proper better private public default defaults required
  major slight slightly unit deprecated legacy leftover stale additional unneeded needless
  superfluous problematic faulty temporary temporarily micro undefined internal external excess
  excessive inaccurate vague unclear confusing misleading
`);

/** Cosmetic changes a reader understands from one word: `lint`, `Fix typo`, `style: Prettify`. */
export const COSMETIC = set(`
  lint linting linter prettier prettify prettified typo typos spelling grammar grammer whitespace
  whitespaces formatting formating format formatted indentation indent casing
`);

/**
 * A dependency update names what it does: `Update deps`, `chore: bump dependencies`, `update lock
 * file`, `Remove unused dependencies`.
 */
export const DEPENDENCIES = set('deps dep dependencies dependency packages');
export const DEPENDENCY_VERBS = set(`
  update updated updates bump bumped upgrade upgraded regen regenerate refresh remove removed drop
  dropped prune pruned dedupe deduped
`);

/** Placeholder text: the words of lorem ipsum. */
export const LOREM = set(`
  lorem ipsum dolor sit amet consectetur consectetuer adipiscing adipisicing elit sed do eiusmod
  tempor incididunt ut labore et dolore magna aliqua
`);

const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm', '1234567890'];
const KEYBOARD_RUNS = [...KEYBOARD_ROWS, ...KEYBOARD_ROWS.map((row) => [...row].reverse().join(''))];
/** No word is longer than this and still a run of keys someone typed to fill the line. */
const LONGEST_RUN = 40;

/** `qwer`, `asdf`, `lkjh`, `asdasd`, `aaaa`: keys struck in a row, or one run of them repeated. */
export function isKeyboardRun(word: string): boolean {
  if (word.length < 3 || word.length > LONGEST_RUN) return false;
  for (let period = 1; period <= word.length; period++) {
    const unit = word.slice(0, period);
    // The shortest piece that repeats to make the word: the word itself when none does.
    if (isRepeatOf(word, unit)) return period === 1 || (period >= 2 && KEYBOARD_RUNS.some((row) => row.includes(unit)));
  }
  return false;
}

function isRepeatOf(word: string, unit: string): boolean {
  if (word.length % unit.length !== 0) return false;
  for (let i = unit.length; i < word.length; i += unit.length) {
    if (word.slice(i, i + unit.length) !== unit) return false;
  }
  return true;
}
