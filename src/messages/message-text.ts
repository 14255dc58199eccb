import { excerpt } from '../core/excerpt.js';
import type { Problem } from '../core/message/lint-message.js';
import type { ReuseAdvice } from '../core/message/reuse-advice.js';
import { problemLine } from './bad-commit-text.js';
import { COMMIT_BYPASS } from './bypass-text.js';
import pc from './colors.js';
import { type Fix, renderReport, shellQuote } from './render.js';

/**
 * The refusal of a commit message, short enough to read at a glance (about 8 lines): one broken
 * rule is the title, with the subject and the hint below; several are listed under the subject.
 * The saved copy's path is printed once, in the command that reuses it.
 */
export function messageRejectedText(
  problems: Problem[],
  subject: string,
  savedCopy: string | undefined,
  messageFile: string,
  advice: ReuseAdvice = { kind: 'plain' },
): string {
  const hint = (problem: Problem) => `  ${pc.dim('→')} ${problem.hint}`;
  const shown = subject ? [`Subject: ${pc.dim(JSON.stringify(excerpt(subject)))}`] : [];
  const [only] = problems;
  const single = problems.length === 1 && only !== undefined;
  const listed =
    problems.length === 2
      ? problems.flatMap((problem) => [problemLine(problem), hint(problem)])
      : manyProblems(problems, hint);
  return renderReport({
    title: single
      ? `commit message rejected: ${only.message} ${pc.dim(`[${only.rule}]`)}`
      : `commit message rejected: ${problems.length} rules are not met`,
    details: [...shown, ...(single ? [hint(only).trimStart()] : listed)],
    fixes: reuseFixes(advice, `-e -F ${shellQuote(savedCopy ?? messageFile)}`, savedCopy === undefined),
    footnote: COMMIT_BYPASS,
  });
}

/** A commit made, with notes on its message's style from the rules that only warn. */
export function messageWarningsText(warnings: readonly Problem[]): string {
  const lines = [
    `${pc.yellow('stageflow:')} committed; ${warnings.length === 1 ? 'a note' : 'notes'} on the message's style:`,
    ...warnings.flatMap((problem) => [`  ${problemLine(problem)}`, `    ${pc.dim('→')} ${problem.hint}`]),
    `  To reword it: ${pc.cyan('git commit --amend')}. To refuse such messages, set "severity": { ${warnings.map((problem) => `"${problem.rule}": "error"`).join(', ')} } in the stageflow config.`,
  ];
  return `${lines.join('\n')}\n`;
}

/** Three or more broken rules share one cause (a subject like "wip" breaks the counts and the placeholder list): one hint, the last rule's, which is the most telling. */
function manyProblems(problems: readonly Problem[], hint: (problem: Problem) => string): string[] {
  return [...problems.map(problemLine), hint(problems[problems.length - 1]!)];
}

/** The command that makes the refused commit again with the kept message (git commit --amend when amending). */
export function reuseFixes(advice: ReuseAdvice, fromFile: string, overwritten: boolean): Fix[] {
  const kept = overwritten ? 'Your message is kept until the next commit' : 'Your message is kept';
  const amending = ' (add --amend after git commit if you were amending, --allow-empty if the commit changes no file)';
  switch (advice.kind) {
    case 'reword':
      return [
        {
          say: `${kept}; edit it, then reword the commit with it and let the rebase go on:`,
          commands: [`git commit --amend ${fromFile} && git rebase --continue`],
        },
      ];
    case 'all':
      return [
        {
          say: `${kept}, but git dropped what -a staged; edit the message and commit with -a again${amending}:`,
          commands: [`git commit -a ${fromFile}`],
        },
      ];
    case 'restage':
      return [
        {
          say: `${kept}, but git dropped what -p or --include staged; stage it again (git add -p, or git add <files>), edit the message, then${amending}:`,
          commands: [`git commit ${fromFile}`],
        },
      ];
    case 'paths': {
      const paths = ` -- ${advice.paths.map(shellQuote).join(' ')}`;
      return [
        {
          say: `${kept}; edit it and commit the same paths again${amending}:`,
          commands: [`git commit ${fromFile}${paths}`],
        },
      ];
    }
    case 'amend-only':
      return [
        {
          say: `${kept}; edit it and amend the message of the last commit again:`,
          commands: [`git commit --amend --only ${fromFile}`],
        },
      ];
    case 'plain':
      return [{ say: `${kept}; edit it and commit again${amending}:`, commands: [`git commit ${fromFile}`] }];
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
