import { excerpt } from '../../excerpt.js';
import { passed, type RuleCheck } from './rule.js';

/** Markers that never start a description of a change, so a leading phrase is enough. */
const ALWAYS = ['wip', 'dnm', 'work in progress', 'temp commit', 'temporary commit', 'tmp commit', 'wip commit'];
/** Markers that can also be plain words ("Draft the...", "Do not merge empty configs"). */
const MARKED = [
  'tmp',
  'temp',
  'draft',
  'fixme',
  'in progress',
  'not ready',
  'do not merge',
  "don't merge",
  'dont merge',
];

const phrase = (marker: string) => marker.replace(/'/g, "['’]?").replace(/ /g, '[\\s_-]+');
const any = [...ALWAYS, ...MARKED].map(phrase).join('|');
/** `[WIP]`, `(wip)`, `WIP:`, `tmp!`, or an always-marker as the first words. */
const MARKER = new RegExp(
  `^(?:[\\[(]\\s*(?:${any})\\s*[\\])]|(?:${any})\\s*[:!]|(?:${ALWAYS.map(phrase).join('|')})(?![\\p{L}\\p{N}]))`,
  'iu',
);
/** A marker that is also a plain word counts only in capitals: `DO NOT MERGE add ...`, `TMP login`. */
const SHOUTED = new RegExp(`^(?:${MARKED.map(phrase).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
/** At the end: `... (wip)`, `... [do not merge]`, `... - wip`, `... WIP`. */
const TRAILING = new RegExp(
  `(?:[\\[(]\\s*(?:${any})\\s*[\\])]|[-–—:,;|]\\s*(?:${ALWAYS.map(phrase).join('|')})|\\sWIP)\\s*[.!]*$`,
  'u',
);
const TRAILING_ANY_CASE = new RegExp(TRAILING.source.replace('|\\sWIP)', ')'), 'iu');
/** `W.I.P.`, `w-i-p`, `W I P` read as `WIP`. */
const SPELLED_OUT = /^[Ww][.\- ][Ii][.\- ][Pp]\.?(?![\p{L}\p{N}])/u;
/** Every marker holds one of these: a subject without any is passed at once. */
const ANY_MARKER = /wip|w[.\- ]i[.\- ]p|dnm|progress|te?mp|draft|fixme|ready|merge/i;
/** Markers sit in the first or last few words: the rest of a long subject is never searched. */
const EDGE = 80;

/** The marker a subject starts with, when a description follows it (a lone "wip" is subject-placeholder's). */
function markerAtStart(text: string): string | undefined {
  const head = text.slice(0, EDGE);
  const spelled = SPELLED_OUT.exec(head)?.[0];
  const read = spelled === undefined ? head : `WIP${head.slice(spelled.length)}`;
  const shouted = SHOUTED.exec(read)?.[0];
  const found =
    MARKER.exec(read)?.[0] ?? (shouted !== undefined && shouted === shouted.toUpperCase() ? shouted : undefined);
  if (found === undefined) return undefined;
  const rest = read.slice(found.length).replace(/^[\s\p{P}]+/u, '');
  if (rest === '' && text.length <= EDGE) return undefined;
  return spelled === undefined ? found : spelled + found.slice(3);
}

function markerAtEnd(text: string): string | undefined {
  const tail = text.slice(-EDGE);
  const found = (TRAILING_ANY_CASE.exec(tail) ?? TRAILING.exec(tail))?.[0];
  if (found === undefined || found.length === tail.length) return undefined;
  return found.replace(/^[\s\-–—:,;|]+/u, '').trim();
}

/** Fails a subject marked as work in progress: "WIP: add login", "[DNM] ...", "W.I.P. add ...", "add login (wip)". */
export const subjectWip: RuleCheck<true> = (message) => {
  const subject = message.subject.trim();
  if (!ANY_MARKER.test(subject.length > 2 * EDGE ? subject.slice(0, EDGE) + subject.slice(-EDGE) : subject))
    return passed;
  const start = markerAtStart(subject) ?? markerAtStart(message.description);
  const marker = start ?? markerAtEnd(message.description);
  return marker === undefined
    ? passed
    : {
        ok: false,
        message: `the subject ${start === undefined ? 'ends' : 'starts'} with "${excerpt(marker.trim())}", a work-in-progress marker, not a description of the change`,
        hint: 'say what this commit does, even if unfinished, e.g. "Add the login form without validation"',
      };
};
