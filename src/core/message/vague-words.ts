/**
 * The vocabulary of subjects that describe nothing. A word in none of these lists (a noun such as
 * `login`, a name such as `setToEnv`) is what makes a subject say which behaviour changed, or where.
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
  bump bumped upgrade upgraded polish polished
`);

/** Objects that name no behaviour and no place. */
export const GENERIC_OBJECTS = set(`
  bug bugs bugfix bugfixes code codes codebase stuff stuffs thing things comment comments change
  changes issue issues problem problems error errors file files style styles typo typos review
  reviews feedback pr prs mr mrs suggestion suggestions test tests update updates fix fixes tweak
  tweaks cleanup refactor refactoring work commit commits improvement improvements modification
  modifications logic functionality feature features content contents text docs doc documentation
  version versions requested request requests remarks notes note
`);

/** Words that carry no content in a subject of their own. */
export const FILLERS = set(`
  a an the some few several many all any more most minor small smaller tiny little various misc
  miscellaneous other others in on at to for of from with without and or but before after per as
  by into onto this that these those it its my our your their again also just now still here there
  nothing something everything anything quick quickly final last first another one two up down out
  please ok okay etc lot lots bit bits couple general generic random based according some stuff
  minor major slight slightly code-review re
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
