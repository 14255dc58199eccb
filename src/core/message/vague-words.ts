/**
 * The vocabulary of subjects that describe nothing. A word in none of these lists (a noun such as
 * `login`, a name such as `setToEnv`) is what makes a subject say which behaviour changed, or where.
 * Tuned on blind labels of real commits (calibration/labels.tsv, npm run calibrate).
 */

const set = (words: string) => new Set(words.trim().split(/\s+/));

/** Verbs that say a change was made, not which. */
export const GENERIC_VERBS = set(`
  fix fixed fixes fixing fixup update updated updates updating change changed changes changing
  address addressed addresses addressing tweak tweaked tweaks tweaking adjust adjusted adjusts
  modify modified modifies edit edited edits editing improve improved improves improving
  clean cleaned cleanup cleanups refactor refactored refactoring resolve resolved resolves
  correct corrected apply applied applies implement implemented make made do did done
  add added adds adding remove removed removes delete deleted rework reworked handle handled
  commit committed push pushed save saved finish finished continue continued merge merged
  polish polished rename renamed renaming restructure restructured simplify simplified order
  ordered reorder reordered complete completed increase increased use used include included
  write wrote written bump bumped upgrade upgraded revert reverted reapply
`);

/** Objects that name no behaviour and no place. */
export const GENERIC_OBJECTS = set(`
  bug bugs bugfix bugfixes code codes codebase stuff stuffs thing things comment comments change
  changes issue issues problem problems error errors file files style styles review reviews
  feedback pr prs mr mrs suggestion suggestions test tests update updates fix fixes tweak tweaks
  cleanup refactor refactoring work commit commits improvement improvements modification
  modifications logic functionality feature features content contents text docs doc
  documentation version versions request requests remarks note notes build builds type types
  readme example examples config configs configuration variable variables var vars name names
  method methods field fields function functions option options lib libs util utils syntax perf
  nit nits title titles coverage changelog output context simplification ci response body
  dependencies dependency deps dep
`);

/** Words that carry no content in a subject of their own. */
export const FILLERS = set(`
  a an the some few several many all any more most minor small smaller tiny little various misc
  miscellaneous other others in on at to for of from with without and or but before after per as
  by into onto this that these those it its my our your their they them we is are was were be
  been again also just now still here there where nothing something everything anything quick
  quickly final last latest first another one two up down out please ok okay etc lot lots bit
  bits couple general generic random based according since round missing new useless stuff
  unnecessary private public default defaults required major slight slightly re
`);

/** Cosmetic changes a reader understands from one word: `lint`, `Fix typo`, `style: Prettify`. */
export const COSMETIC = set(`
  lint linting linter prettier prettify prettified typo typos spelling grammar grammer whitespace
  whitespaces formatting formating format formatted indentation indent
`);

/** A dependency update names what it does: `Update deps`, `chore: bump dependencies`, `update lock file`. */
export const DEPENDENCIES = set('deps dep dependencies dependency packages');
export const DEPENDENCY_VERBS = set('update updated updates bump bumped upgrade upgraded regen regenerate refresh');

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
