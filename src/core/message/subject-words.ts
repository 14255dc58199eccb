import { COSMETIC } from './vague-words.js';

/** A word of the subject as a reader sees it. */
export interface SubjectWord {
  /** Lower case, without the punctuation around it: `setToEnv,` → `settoenv`. */
  readonly bare: string;
  /** An identifier, path, file, version or kebab-case name: it names exactly what changed. */
  readonly specific: boolean;
  /** In backticks or double quotes, as a name is written: `` `remove` ``, `"construct"`. */
  readonly quoted: boolean;
  /** Written with a capital then small letters (`Module`): a name, where the sentence around it is not in Title Case. */
  readonly capitalized: boolean;
}

/**
 * A pattern compiled when first tested. Unicode property classes cost a hook about 2 ms to build
 * when the module loads, and an ASCII subject (asciiWords) never tests them.
 */
function builtOnUse(build: () => RegExp): { test(text: string): boolean } {
  let pattern: RegExp | undefined;
  return {
    test: (text) => {
      pattern ??= build();
      return pattern.test(text);
    },
  };
}

/** Scripts written without spaces between words; the rest is split at white space. */
const UNSPACED = builtOnUse(
  () =>
    /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u,
);
const LETTER_OR_DIGIT = builtOnUse(() => /[\p{L}\p{N}]/u);
/** `setToEnv`, `s3`, `v3.16.0`, `aws-node-upload`, `src/handler.js`, `snake_case`, `--no-verify`, `.env`. */
const SPECIFIC = builtOnUse(
  () => /\p{Ll}\p{Lu}|\p{L}\p{N}|\p{N}\p{L}|[\p{L}\p{N}][-_./:@][\p{L}\p{N}]|^(?:--?|\.)\p{L}/u,
);
/** `S3`, `SES`, `OS`, `AWS`: a name, unless it is a generic word in capitals (subject-vague reads those first). */
const ACRONYM = builtOnUse(() => /^\p{Lu}{2,6}s?$/u);
/** `&&=`, `=>`, `??`: code a subject names, not punctuation. */
const OPERATOR = /^[-&|=<>!?+*/%^~:]*[&|=<>][-&|=<>!?+*/%^~:]*$/;
/**
 * Intl.Segmenter's cost grows faster than the text (seen in node 20): a long unspaced run is read
 * only this far, which is enough words for any threshold.
 */
const SEGMENTED_MAX = 256;

let segmenter: Intl.Segmenter | undefined;

/**
 * The words of `text` (a subject without its `type(scope):` prefix). `#`, dashes and runs of
 * punctuation are not words; Chinese, Japanese or Thai runs are split into their words.
 */
export function subjectWords(text: string): SubjectWord[] {
  // Most subjects are ASCII: read them without the Unicode property tables, which cost more per word.
  if (ASCII_ONLY.test(text)) return asciiWords(text);
  const words: SubjectWord[] = [];
  for (const token of text.split(/\s+/)) {
    if (token === '') continue;
    if (!LETTER_OR_DIGIT.test(token)) {
      if (token.length <= 4 && OPERATOR.test(token))
        words.push({ bare: token, specific: true, quoted: false, capitalized: false });
      continue;
    }
    if (isEmoticon(token)) continue;
    const trimmed = trimPunctuation(token);
    if (UNSPACED.test(trimmed)) {
      for (const piece of unspacedWords(trimmed))
        words.push({ bare: piece.toLowerCase(), specific: false, quoted: false, capitalized: false });
      continue;
    }
    const bare = trimmed.toLowerCase();
    const quoted = isQuoted(token);
    words.push({
      bare,
      specific: quoted || SPECIFIC.test(withoutSentenceEnd(token)) || ACRONYM.test(trimmed) || COSMETIC.has(bare),
      quoted,
      capitalized: CAPITALIZED.test(trimmed),
    });
  }
  return words;
}

/**
 * `⊂◉‿◉つ`, `¯\_(ツ)_/¯`: a face drawn with symbols and a letter or two, not a word. A word is
 * mostly letters; one with more symbols than letters (brackets and stops aside) is a drawing.
 */
function isEmoticon(token: string): boolean {
  let letters = 0;
  let others = 0;
  for (const char of token) {
    if (LETTER_OR_DIGIT.test(char)) letters++;
    else if (!'.,;:!?\'"`()[]{}'.includes(char)) others++;
  }
  return others > letters;
}

const ASCII_ONLY = /^[\0-\x7F]*$/;
const ASCII_WORD = /[A-Za-z0-9]/;
const ASCII_SPECIFIC = /[a-z][A-Z]|[A-Za-z][0-9]|[0-9][A-Za-z]|[A-Za-z0-9][-_./:@][A-Za-z0-9]|^(?:--?|\.)[A-Za-z]/;
const ASCII_ACRONYM = /^[A-Z]{2,6}s?$/;

/**
 * subjectWords for ASCII text: the same words, found with ASCII classes. A push judges thousands
 * of messages, most before V8 has optimized this code, and their subjects share most of their
 * words (`the`, `handler`, `Fix`): each token is read once, then found in `known`. Indexed loops
 * here and in the rules, as unoptimized, a `for...of` pays for an iterator on every word.
 */
function asciiWords(text: string): SubjectWord[] {
  const words: SubjectWord[] = [];
  const tokens = text.split(/\s+/);
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    let word = known.get(token);
    if (word === undefined) {
      word = readAsciiToken(token);
      if (known.size >= KNOWN_MAX) known.clear();
      known.set(token, word);
    }
    if (word !== null) words.push(word);
  }
  return words;
}

/** Tokens already read: the word each makes, or null for none (punctuation). Bounded, as a push is not. */
const known = new Map<string, SubjectWord | null>();
const KNOWN_MAX = 4096;

function readAsciiToken(token: string): SubjectWord | null {
  if (!ASCII_WORD.test(token)) {
    return token !== '' && token.length <= 4 && OPERATOR.test(token)
      ? { bare: token, specific: true, quoted: false, capitalized: false }
      : null;
  }
  const trimmed = trimAscii(token);
  const bare = trimmed.toLowerCase();
  const quoted = isQuoted(token);
  return {
    bare,
    specific:
      quoted || ASCII_SPECIFIC.test(withoutSentenceEnd(token)) || ASCII_ACRONYM.test(trimmed) || COSMETIC.has(bare),
    quoted,
    capitalized: isAsciiCapitalized(trimmed),
  };
}

const CAPITALIZED = builtOnUse(() => /^\p{Lu}\p{Ll}/u);

function isAsciiCapitalized(word: string): boolean {
  const first = word.charCodeAt(0);
  const second = word.charCodeAt(1);
  return first >= 65 && first <= 90 && second >= 97 && second <= 122;
}

/** Quote marks and the mark that closes each. */
const CLOSING: Record<string, string> = { '`': '`', '"': '"', '\u201C': '\u201D' };

/**
 * `` `remove` ``, `"construct",`: one word between quote marks, as a name is written. A quoted
 * phrase (`"Fix some bugs"`) is judged by its words.
 */
function isQuoted(token: string): boolean {
  const closing = CLOSING[token.charAt(0)];
  if (closing === undefined) return false;
  const end = withoutSentenceEnd(token);
  return end.length > 2 && end.endsWith(closing);
}

function trimAscii(token: string): string {
  let start = 0;
  let end = token.length;
  while (start < end && !isAsciiWordCode(token.charCodeAt(start))) start++;
  while (end > start && !isAsciiWordCode(token.charCodeAt(end - 1))) end--;
  return start === 0 && end === token.length ? token : token.slice(start, end);
}

function isAsciiWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** How many words the subject is worth: a specific word counts twice, for it names the what or the where. */
export function wordWeight(words: readonly SubjectWord[]): number {
  let weight = 0;
  for (let index = 0; index < words.length; index++) weight += words[index]!.specific ? 2 : 1;
  return weight;
}

function unspacedWords(text: string): string[] {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  const pieces: string[] = [];
  for (const segment of segmenter.segment(text.slice(0, SEGMENTED_MAX))) {
    if (segment.isWordLike) pieces.push(segment.segment);
  }
  return pieces;
}

/** The token without the punctuation before and after it, in one pass from each end (never a regex ending in `+$`, which backtracks). */
function trimPunctuation(token: string): string {
  let start = 0;
  let end = token.length;
  while (start < end && !isWordUnit(token[start]!)) start++;
  while (end > start && !isWordUnit(token[end - 1]!)) end--;
  return token.slice(start, end);
}

/** `v3.16.0.` → `v3.16.0`: the full stop or comma after a word is not part of a name. */
function withoutSentenceEnd(token: string): string {
  let end = token.length;
  while (end > 0 && '.,;:!?'.includes(token[end - 1]!)) end--;
  return token.slice(0, end);
}

/** A letter or digit, or half of a surrogate pair (kept whole: the token was already seen to hold a letter or digit). */
function isWordUnit(unit: string): boolean {
  return (unit >= '\uD800' && unit <= '\uDFFF') || LETTER_OR_DIGIT.test(unit);
}

/** Columns in a terminal: East Asian wide and full-width characters take two. */
export function displayWidth(text: string): number {
  if (NARROW_ONLY.test(text)) return text.length;
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

const NARROW_ONLY = /^[\0-\u10FF]*$/;
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}]/u;
