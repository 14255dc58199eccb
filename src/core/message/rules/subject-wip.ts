import { excerpt } from '../../excerpt.js';
import { passed, type RuleCheck } from './rule.js';

/** Markers that never start a description of a change, so a leading word is enough. */
const ALWAYS = ['wip', 'dnm'];
/** Markers that can also be plain words ("Draft the...", "Do not merge empty configs"). */
const MARKED = ['tmp', 'temp', 'draft', 'fixme', 'do not merge', "don't merge", 'dont merge'];

const phrase = (marker: string) => marker.replace(/'/g, "['’]?").replace(/ /g, '[\\s_-]+');
const any = [...ALWAYS, ...MARKED].map(phrase).join('|');
/** `[WIP]`, `(wip)`, `WIP:`, `tmp!`, or an always-marker as the first word. */
const MARKER = new RegExp(`^(?:[\\[(]\\s*(?:${any})\\s*[\\])]|(?:${any})\\s*[:!]|(?:${ALWAYS.map(phrase).join('|')})(?![\\p{L}\\p{N}]))`, 'iu');
/** A marker that is also a plain word counts only in capitals: `DO NOT MERGE add ...`, `TMP login`. */
const SHOUTED = new RegExp(`^(?:${MARKED.map(phrase).join('|')})(?![\\p{L}\\p{N}])`, 'iu');

/** The marker a subject starts with, when a description follows it (a lone "wip" is subject-placeholder's). */
function markerAtStart(text: string): string | undefined {
  const shouted = SHOUTED.exec(text)?.[0];
  const marker = MARKER.exec(text)?.[0] ?? (shouted !== undefined && shouted === shouted.toUpperCase() ? shouted : undefined);
  const rest = marker === undefined ? '' : text.slice(marker.length).replace(/^[\s\p{P}]+/u, '');
  return rest === '' ? undefined : marker;
}

/** Fails a subject that starts with a work-in-progress marker: "WIP: add login", "[DNM] ...", "tmp: ...". */
export const subjectWip: RuleCheck<true> = (message) => {
  const marker = markerAtStart(message.subject.trim()) ?? markerAtStart(message.description);
  return marker === undefined
    ? passed
    : {
        ok: false,
        message: `the subject starts with "${excerpt(marker.trim())}", a work-in-progress marker, not a description of the change`,
        hint: 'say what this commit does, even if unfinished, e.g. "Add the login form without validation"',
      };
};
