import pc from 'picocolors';
import { excerpt } from '../core/excerpt.js';
import type { Problem } from '../core/message/lint-message.js';
import { problemLine } from './bad-commit-text.js';
import { renderReport, shellQuote } from './render.js';

const GOOD_SUBJECT_EXAMPLE = 'Add retry with backoff to the S3 upload handler';

export function messageRejectedText(problems: Problem[], subject: string, savedCopy: string | undefined, messageFile: string): string {
  const reuseFrom = savedCopy ?? messageFile;
  return renderReport({
    title: `commit message rejected: ${problems.length === 1 ? 'one rule is' : `${problems.length} rules are`} not met`,
    details: [
      ...(subject ? [`Subject: ${pc.dim(JSON.stringify(excerpt(subject)))}`] : []),
      ...problems.flatMap((problem) => [problemLine(problem), `  ${pc.dim('→')} ${problem.hint}`]),
      `A good subject says what the change does, e.g. "${GOOD_SUBJECT_EXAMPLE}".`,
      `Your message is kept in ${messageFile}${savedCopy ? ` and in ${savedCopy}, which the next commit will not overwrite` : ''}.`,
    ],
    fixes: [{ say: 'Edit it and commit again:', commands: [`git commit -e -F ${shellQuote(reuseFrom)}`] }],
    footnote: 'Bypass once, only if you must: git commit --no-verify',
  });
}

export function noMessageFileText(): string {
  return (
    'stageflow: the commit-msg hook needs the path of the message file, which git passes as $1.\n' +
    '  In .husky/commit-msg, call it as: stageflow hook commit-msg "$1"'
  );
}

export function unreadableMessageFileText(path: string, why: string): string {
  return (
    `stageflow: cannot read the commit message file ${path}: ${why}.\n` +
    '  git passes this file as $1; in .husky/commit-msg call: stageflow hook commit-msg "$1"'
  );
}
