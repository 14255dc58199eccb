import { excerpt } from '../core/excerpt.js';
import type { BadCommit } from '../core/message/judge-commits.js';
import type { Problem } from '../core/message/lint-message.js';
import type { RewordStart } from '../core/message/reword-start.js';
import pc from './colors.js';

const SHOWN = 20;

/** `✖ <what is wrong> [rule-id]`, or `! <what is wrong> [rule-id] (warning)` for a rule that only warns. */
export function problemLine(problem: Problem): string {
  const mark = problem.severity === 'warning' ? pc.yellow('!') : pc.red('✖');
  return `${mark} ${problem.message} ${pc.dim(`[${problem.rule}]${problem.severity === 'warning' ? ' (warning)' : ''}`)}`;
}

/** Each commit's id and subject, then the rules it breaks; `note` adds to the id line (the branch). */
export function badCommitLines(bad: readonly BadCommit[], note: (commit: BadCommit) => string = () => ''): string[] {
  return [
    ...bad
      .slice(0, SHOWN)
      .flatMap((commit) => [
        `${pc.yellow(commit.sha.slice(0, 12))} ${JSON.stringify(excerpt(commit.subject))}${note(commit)}`,
        ...commit.problems.map((problem) => `  ${problemLine(problem)}`),
      ]),
    ...(bad.length > SHOWN ? [`... and ${bad.length - SHOWN} more`] : []),
  ];
}

/** The interactive rebase that reaches back to the oldest bad commit, to reword it and the commits after it. */
export function rewordCommand(start: RewordStart): string {
  if (start.root) return 'git rebase -i --root';
  return `git rebase -i${start.keepMerges ? ' --rebase-merges' : ''} ${start.parentOf.slice(0, 12)}~1`;
}
