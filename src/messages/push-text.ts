import type { BadCommit } from '../core/message/judge-commits.js';
import type { RewordStep } from '../core/push/plan-rewords.js';
import { badCommitLines, rewordCommand } from './bad-commit-text.js';
import { PUSH_BYPASS } from './bypass-text.js';
import pc from './colors.js';
import { renderReport, shellQuote } from './render.js';

/** `badCommits` is newest first, as git log lists them; `steps` (planRewords) says how to reword them. */
export function badCommitsText(badCommits: readonly BadCommit[], steps: readonly RewordStep[]): string {
  const branchOf = new Map(steps.flatMap((step) => step.commits.map((commit) => [commit.sha, step.branch] as const)));
  const several = steps.length > 1;
  const commands = steps.flatMap((step) => [
    ...(step.switchFirst ? [`git switch ${shellQuote(step.branch!)}`] : []),
    rewordCommand(step.start),
  ]);
  const keepsMerges = steps.some((step) => !step.start.root && step.start.keepMerges);
  return renderReport({
    title: `push blocked: ${badCommits.length === 1 ? 'a commit has a message' : `${badCommits.length} commits have messages`} that do${badCommits.length === 1 ? 'es' : ''} not describe the change`,
    details: [
      ...badCommitLines(badCommits, (commit) => {
        const branch = branchOf.get(commit.sha);
        return several && branch !== undefined ? pc.dim(` on ${branch}`) : '';
      }),
      'These commits were probably made with --no-verify; every commit the remote gets is checked.',
    ],
    fixes: [
      {
        say: `Reword them${several ? ', branch by branch' : ''}: in the editor, change "pick" to "reword" on each line listed above${keepsMerges ? ' (leave the label, reset and merge lines as they are: they keep your merges)' : ''}, then push again:`,
        commands,
      },
    ],
    footnote: PUSH_BYPASS,
  });
}

export function malformedInputText(lines: string[]): string {
  return renderReport({
    title: 'push blocked: the ref lines git passed to the pre-push hook could not be read',
    details: [
      'Each line should be "<local ref> <local sha> <remote ref> <remote sha>"; stageflow stops rather than guess. Lines it could not read:',
      ...lines.slice(0, 5).map((line) => `  ${JSON.stringify(line.slice(0, 200))}`),
    ],
    fixes: [
      {
        say: "The hook must get git's standard input unchanged; in .husky/pre-push call:",
        commands: ['stageflow hook pre-push "$@"'],
      },
    ],
    footnote: PUSH_BYPASS,
  });
}
