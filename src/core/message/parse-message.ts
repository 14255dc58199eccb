import { type SubjectWord, subjectWords } from './subject-words.js';

export interface ParsedMessage {
  /** The whole cleaned message. */
  text: string;
  subject: string;
  /** The line after the subject: empty when the body is separated properly. */
  secondLine: string | undefined;
  /** The subject without a Conventional Commits `type(scope)!: ` prefix. */
  description: string;
  /** The description's words, as a reader counts them (subject-words.ts). */
  words: SubjectWord[];
}

const CONVENTIONAL_PREFIX = /^([a-zA-Z]+)(\([^()\n]*\))?(!)?: /;

/** Reads only the first two lines: a push judges thousands of messages, some with 1 MB bodies. */
export function parseMessage(text: string): ParsedMessage {
  const end = text.indexOf('\n');
  const subject = end === -1 ? text : text.slice(0, end);
  const next = end === -1 ? -1 : text.indexOf('\n', end + 1);
  const secondLine = end === -1 ? undefined : text.slice(end + 1, next === -1 ? undefined : next);
  const description = subject.replace(CONVENTIONAL_PREFIX, '').trim();
  return { text, subject, secondLine, description, words: subjectWords(description) };
}

export function conventionalType(subject: string): string | undefined {
  return CONVENTIONAL_PREFIX.exec(subject)?.[1];
}

/** The `type` and `scope` of a `type(scope)!: ` prefix (scope without its parentheses), if the subject has one. */
export function subjectPrefix(subject: string): { type: string; scope: string | undefined } | undefined {
  const match = CONVENTIONAL_PREFIX.exec(subject);
  return match ? { type: match[1]!, scope: match[2]?.slice(1, -1) } : undefined;
}
