import pc from './colors.js';
import { excerpt } from '../core/excerpt.js';
import type { Problem } from '../core/message/lint-message.js';
import type { ReuseAdvice } from '../core/message/reuse-advice.js';
import { problemLine } from './bad-commit-text.js';
import { COMMIT_BYPASS } from './bypass-text.js';
import { type Fix, renderReport, shellQuote } from './render.js';

const GOOD_SUBJECT_EXAMPLE = 'Add retry with backoff to the S3 upload handler';

export function messageRejectedText(
  problems: Problem[],
  subject: string,
  savedCopy: string | undefined,
  messageFile: string,
  advice: ReuseAdvice = { kind: 'plain' },
): string {
  const reuseFrom = savedCopy ?? messageFile;
  return renderReport({
    title: `commit message rejected: ${problems.length === 1 ? 'one rule is' : `${problems.length} rules are`} not met`,
    details: [
      ...(subject ? [`Subject: ${pc.dim(JSON.stringify(excerpt(subject)))}`] : []),
      ...problems.flatMap((problem) => [problemLine(problem), `  ${pc.dim('→')} ${problem.hint}`]),
      `A good subject says what the change does, e.g. "${GOOD_SUBJECT_EXAMPLE}".`,
      `Your message is kept in ${messageFile}${savedCopy ? ` and in ${savedCopy}, which the next commit will not overwrite` : ''}.`,
    ],
    fixes: reuseFixes(advice, `-e -F ${shellQuote(reuseFrom)}`),
    footnote: COMMIT_BYPASS,
  });
}

/** The command that makes the refused commit again with the saved message, and the amend variant. */
function reuseFixes(advice: ReuseAdvice, fromFile: string): Fix[] {
  const amending = (flags: string, paths = '') => ({
    say: 'If you were amending (git commit --amend), amend instead:',
    commands: [`git commit --amend ${flags}${fromFile}${paths}`],
  });
  switch (advice.kind) {
    case 'reword':
      return [{ say: 'Edit it, then reword the commit with it and let the rebase go on:', commands: [`git commit --amend ${fromFile} && git rebase --continue`] }];
    case 'all':
      return [
        { say: 'git dropped what -a staged for the refused commit; edit the message and commit with -a again:', commands: [`git commit -a ${fromFile}`] },
        amending('-a '),
      ];
    case 'restage':
      return [
        { say: 'git dropped what -p or --include staged for the refused commit; stage it again (git add -p, or git add <files>), edit the message, then:', commands: [`git commit ${fromFile}`] },
        amending(''),
      ];
    case 'paths': {
      const paths = ` -- ${advice.paths.map(shellQuote).join(' ')}`;
      return [{ say: 'Edit it and commit the same paths again:', commands: [`git commit ${fromFile}${paths}`] }, amending('', paths)];
    }
    case 'amend-only':
      return [{ say: 'Edit it and amend the message of the last commit again:', commands: [`git commit --amend --only ${fromFile}`] }];
    case 'plain':
      return [{ say: 'Edit it and commit again:', commands: [`git commit ${fromFile}`] }, amending('')];
  }
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
