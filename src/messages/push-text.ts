import pc from './colors.js';
import type { BadCommit } from '../core/message/judge-commits.js';
import { badCommitLines, rewordCommand } from './bad-commit-text.js';
import { PUSH_BYPASS } from './bypass-text.js';
import { renderReport, shellQuote } from './render.js';

/**
 * `badCommits` is newest first, as git log lists them. `byBranch` (from groupByBranch) says which
 * pushed branch holds each, so the reword is run on the right branch; `currentBranch` is checked out.
 */
export function badCommitsText(
  badCommits: BadCommit[],
  options: { byBranch?: ReadonlyMap<string | undefined, string[]>; currentBranch?: string | undefined } = {},
): string {
  const bySha = new Map(badCommits.map((commit) => [commit.sha, commit]));
  const groups = [...(options.byBranch ?? new Map([[undefined, badCommits.map((commit) => commit.sha)]]))]
    .map(([branch, shas]) => ({ branch, commits: shas.map((sha) => bySha.get(sha)).filter((commit) => commit !== undefined) }))
    .filter((group) => group.commits.length > 0)
    // The branch checked out first: its rebase needs no switch.
    .sort((a, b) => Number(b.branch === options.currentBranch) - Number(a.branch === options.currentBranch));
  const branchOf = new Map(groups.flatMap((group) => group.commits.map((commit) => [commit.sha, group.branch] as const)));
  const several = groups.length > 1;
  let current = options.currentBranch;
  const commands = groups.flatMap(({ branch, commits }) => {
    const rebase = rewordCommand(commits[commits.length - 1]!);
    if (branch === undefined || branch === current) return [rebase];
    current = branch;
    return [`git switch ${shellQuote(branch)}`, rebase];
  });
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
        say: `Reword them${several ? ', branch by branch' : ''}: in the editor, change "pick" to "reword" on each line listed above, then push again:`,
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
    fixes: [{ say: 'The hook must get git\'s standard input unchanged; in .husky/pre-push call:', commands: ['stageflow hook pre-push "$@"'] }],
    footnote: PUSH_BYPASS,
  });
}
