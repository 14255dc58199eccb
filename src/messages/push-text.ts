import pc from 'picocolors';
import type { Config } from '../config/types.js';
import { engineerSlug, suggestBranchName, suggestWorkBranch } from '../core/branch/suggest-branch.js';
import type { BadCommit } from '../core/message/judge-commits.js';
import { classifyBranch } from '../core/branch/classify-branch.js';
import { branchOfRef, type JudgedRef } from '../core/push/judge-push.js';
import { pullRequestUrl } from '../core/push/pull-request-url.js';
import { badCommitLines, rewordCommand } from './bad-commit-text.js';
import { invalidReason } from './branch-text.js';
import { renderReport, shellQuote, type Fix } from './render.js';

const PUSH_BYPASS = 'Bypass once, only if you must: git push --no-verify';

export interface PushContext {
  config: Config;
  remote: string;
  remoteUrl: string;
  engineerName: string | undefined;
  /** The branch checked out, for ref lines that name HEAD. */
  headBranch?: string | undefined;
  /** The stage start-work recorded for a work branch (`stage/<stage-name>`), by branch name. */
  recordedStages?: ReadonlyMap<string, string>;
}

export function blockedRefText(ref: JudgedRef, context: PushContext): string {
  const { config, remote } = context;
  const { branches } = config;
  const target = branchOfRef(ref.update.remoteRef) ?? ref.update.remoteRef;
  const local = branchOfRef(ref.update.localRef);
  // `git push origin HEAD:main` names HEAD: the branch checked out is what the user pushed.
  const source = local ?? (ref.update.localRef === 'HEAD' ? context.headBranch : undefined);
  const engineer = engineerSlug(context.engineerName);
  const q = shellQuote;

  switch (ref.verdict.why) {
    case 'protected-update':
    case 'protected-delete': {
      const isMain = ref.branch?.kind === 'main';
      const deleting = ref.verdict.why === 'protected-delete';
      const work = suggestWorkBranch(branches, engineer, '');
      const url = (base: string, head: string) => pullRequestUrl(context.remoteUrl, base, head);
      const fixes: Fix[] = [];
      const prFrom = source && source !== target ? source : undefined;
      if (deleting && isMain) {
        fixes.push({ say: `${target} is never deleted. See which branches ${remote} has, and delete the one you meant:`, commands: [`git ls-remote --heads ${q(remote)}`] });
      } else if (deleting) {
        const retire = url(branches.main, target);
        fixes.push({
          say: `A stage is retired by merging its pull request into ${branches.main}; the git host then deletes the branch.${retire ? ' Open it:' : ''}`,
          commands: retire ? [retire] : [],
        });
      } else if (prFrom && isMain && classifyBranch(prFrom, branches).kind !== 'stage') {
        // main takes pull requests from stages only: the work goes to its stage first.
        const stage = context.recordedStages?.get(prFrom);
        const link = stage ? url(stage, prFrom) : undefined;
        fixes.push({
          say: `Publish ${prFrom} and open a pull request into ${stage ?? `the stage it belongs to (${branches.stagePrefix}<stage-name>)`}; the stage reaches ${target} by its own pull request${link ? ':' : '.'}`,
          commands: [`git push -u ${q(remote)} ${q(prFrom)}`, ...(link ? [link] : [])],
        });
      } else if (prFrom) {
        const link = url(target, prFrom);
        fixes.push({
          say: `Publish ${prFrom} and open a pull request into ${target}${link ? ':' : ' on your git host.'}`,
          commands: [`git push -u ${q(remote)} ${q(prFrom)}`, ...(link ? [link] : [])],
        });
      } else {
        fixes.push({
          say: `Move your commits to a work branch, set ${target} back to the remote's, and push the work branch:`,
          commands: [`git switch -c ${q(work)}`, `git branch -f ${q(target)} ${q(`${remote}/${target}`)}`, `git push -u ${q(remote)} HEAD`],
        });
        const link = isMain ? undefined : url(target, work);
        fixes.push(
          isMain
            ? { say: `Then open a pull request from it into your stage (${branches.stagePrefix}<stage-name>); the stage reaches ${target} by its own pull request.`, commands: [] }
            : { say: `Then open a pull request from it into ${target}${link ? ':' : ' on your git host.'}`, commands: link ? [link] : [] },
        );
      }
      return renderReport({
        title: `push blocked: ${deleting ? 'deleting' : 'pushing to'} ${target} directly is not allowed`,
        details: [
          isMain
            ? `${target} holds the code of the live function; it changes only by a reviewed pull request from a ${branches.stagePrefix}<stage-name> branch.`
            : `${target} is a deployed Serverless stage; it changes only by reviewed pull requests from ${branches.workPrefix}<engineer>/<change> branches.`,
        ],
        fixes,
        footnote: PUSH_BYPASS,
      });
    }
    case 'stage-not-from-main':
    case 'stage-main-unknown': {
      const unknown = ref.verdict.why === 'stage-main-unknown';
      // git passes the URL as the remote's name when the push names no remote.
      if (unknown && remote === context.remoteUrl) {
        const source = local ? `${local}:${target}` : `${ref.update.localSha}:refs/heads/${target}`;
        return renderReport({
          title: `push blocked: cannot tell whether ${target} starts from ${branches.main}, as this push names a URL, not a remote`,
          details: [`A new stage must start from ${branches.main} as the remote has it; stageflow compares with the remote-tracking branch ${config.remote}/${branches.main}, and a URL has none.`],
          fixes: [{ say: 'Push through the named remote instead:', commands: [`git push ${q(config.remote)} ${q(source)}`] }],
          footnote: PUSH_BYPASS,
        });
      }
      return renderReport({
        title: `push blocked: ${target} would not start from ${remote}/${branches.main}`,
        details: [
          unknown
            ? `A new stage must start from ${branches.main} as the remote has it, and ${remote}/${branches.main} is not known here yet.`
            : `A new stage must start from ${branches.main} as the remote has it, with nothing else on it; this one has commits ${remote}/${branches.main} does not have.`,
        ],
        fixes: unknown
          ? [
              { say: `Fetch ${branches.main}, then push again:`, commands: [`git fetch ${q(remote)} ${q(branches.main)}`] },
              { say: `If ${remote} has no ${branches.main} yet, publish ${branches.main} first, then the stage:`, commands: [`git push -u ${q(remote)} ${q(branches.main)}`] },
            ]
          : source === target
            ? [
                { say: 'Keep its commits on a work branch:', commands: [`git branch ${q(suggestWorkBranch(branches, engineer, ''))} ${q(target)}`] },
                { say: `Put ${target} back on ${remote}/${branches.main} and publish it:`, commands: [`git switch -C ${q(target)} ${q(`${remote}/${branches.main}`)}`, `git push -u ${q(remote)} ${q(target)}`] },
                { say: `Then push the work branch and open a pull request from it into ${target}.`, commands: [] },
              ]
            : [
                { say: `Create ${target} from ${remote}/${branches.main} (npx stageflow start-stage does the same):`, commands: [`git push ${q(remote)} ${q(`${remote}/${branches.main}:refs/heads/${target}`)}`] },
                ...(source ? [{ say: `Then publish ${source} and open a pull request from it into ${target}:`, commands: [`git push -u ${q(remote)} ${q(source)}`, ...optional(pullRequestUrl(context.remoteUrl, target, source))] }] : []),
              ],
        footnote: PUSH_BYPASS,
      });
    }
    case 'invalid-name': {
      const branch = ref.branch;
      if (branch?.kind !== 'invalid') return '';
      const suggestion = suggestBranchName(branch, branches, context.engineerName);
      return renderReport({
        title: `push blocked: the branch name "${target}" does not follow the strategy`,
        details: [`Why: ${invalidReason(branch, branches)}`],
        fixes: [
          local === target && local.includes('\uFFFD')
            ? // Bytes that are not UTF-8 cannot be typed back: rename the checked-out branch without naming it.
              { say: 'Its name is not valid UTF-8, so it cannot be typed; with the branch checked out, rename it and push it under the new name:', commands: [`git branch -m ${q(suggestion)}`, `git push -u ${q(remote)} ${q(suggestion)}`] }
            : local === target
            ? { say: 'Rename your local branch and push it under the new name:', commands: [`git branch -m ${q(local)} ${q(suggestion)}`, `git push -u ${q(remote)} ${q(suggestion)}`] }
            : // Pushed under another name (HEAD:refs/heads/<name>): the local branch stays as it is.
              { say: 'Push it under a valid name:', commands: [`git push -u ${q(remote)} ${q(`${source ?? ref.update.localSha}:refs/heads/${suggestion}`)}`] },
        ],
        footnote: PUSH_BYPASS,
      });
    }
    default:
      return '';
  }
}

function optional(value: string | undefined): string[] {
  return value === undefined ? [] : [value];
}

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
