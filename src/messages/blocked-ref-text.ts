import type { Config } from '../config/types.js';
import { classifyBranch } from '../core/branch/classify-branch.js';
import { engineerSlug, freeBranchName, suggestBranchName, suggestWorkBranch } from '../core/branch/suggest-branch.js';
import { branchOfRef, type JudgedRef } from '../core/push/judge-push.js';
import { pullRequestUrl } from '../core/push/pull-request-url.js';
import { invalidReason, protectedBranchLine } from './branch-text.js';
import { PUSH_BYPASS } from './bypass-text.js';
import { renderReport, shellQuote as q, type Fix } from './render.js';

export interface PushContext {
  config: Config;
  remote: string;
  remoteUrl: string;
  engineerName: string | undefined;
  /** The branch checked out, for ref lines that name HEAD. */
  headBranch?: string | undefined;
  /** The stage start-work recorded for a work branch (`stage/<stage-name>`), by branch name. */
  recordedStages?: ReadonlyMap<string, string>;
  /** Whether a local branch name is taken: suggested names avoid those. */
  taken?: (name: string) => boolean;
  /** For a protected branch updated: how many commits of the pushed sha the remote lacks, by sha. */
  unpublished?: ReadonlyMap<string, number | undefined>;
  /** The local branch pushed when it is the repository's only branch and the remote has no main yet. */
  firstPush?: string | undefined;
}

/** What a refused ref line names, worked out once for every kind of refusal. */
interface Pushed {
  ref: JudgedRef;
  /** The branch pushed to. */
  target: string;
  /** The local branch the ref line names. */
  local: string | undefined;
  /** The local branch pushed: `local`, or the checked-out branch when the line names HEAD. */
  source: string | undefined;
  engineer: string;
}

export function blockedRefText(ref: JudgedRef, context: PushContext): string {
  const local = branchOfRef(ref.update.localRef);
  const pushed: Pushed = {
    ref,
    target: branchOfRef(ref.update.remoteRef) ?? ref.update.remoteRef,
    local,
    // `git push origin HEAD:main` names HEAD: the branch checked out is what the user pushed.
    source: local ?? (ref.update.localRef === 'HEAD' ? context.headBranch : undefined),
    engineer: engineerSlug(context.engineerName),
  };
  switch (ref.verdict.why) {
    case 'protected-update':
    case 'protected-delete':
      return protectedRefText(pushed, context);
    case 'stage-not-from-main':
    case 'stage-main-unknown':
      return stageNotFromMainText(pushed, context);
    case 'invalid-name':
      return invalidNameText(pushed, context);
    default:
      return '';
  }
}

/** main or a stage, updated or deleted directly. */
function protectedRefText({ ref, target, source, engineer }: Pushed, context: PushContext): string {
  const { config, remote } = context;
  const { branches } = config;
  const isMain = ref.branch?.kind === 'main';
  const deleting = ref.verdict.why === 'protected-delete';
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
    fixes.push(...moveCommitsFixes(target, source, ref, context, engineer));
  }
  return renderReport({
    title: `push blocked: ${deleting ? 'deleting' : 'pushing to'} ${target} directly is not allowed`,
    details: [
      protectedBranchLine(target, ref.branch?.kind === 'stage' ? ref.branch.stage : undefined, branches),
    ],
    fixes,
    footnote: PUSH_BYPASS,
  });
}

/**
 * main or a stage pushed as itself. With commits the remote lacks, they move to a work branch made
 * from the pushed branch (checked out or not); with none, there is nothing to move and the push
 * could only rewind or overwrite the remote's branch.
 */
function moveCommitsFixes(target: string, source: string | undefined, ref: JudgedRef, context: PushContext, engineer: string): Fix[] {
  const { remote, config } = context;
  const isMain = ref.branch?.kind === 'main';
  const tracking = `${remote}/${target}`;
  const current = source !== undefined && source === context.headBranch;
  const count = context.unpublished?.get(ref.update.localSha);
  if (count === 0) {
    const name = source ?? ref.update.localSha.slice(0, 12);
    return [
      {
        say: `${name} has no commits ${remote} lacks: there is nothing to move, and this push could only rewind or overwrite ${target} on ${remote}, dropping commits it has. Do not push it. To make your ${source ?? 'local copy'} match ${tracking} instead:`,
        commands: source === undefined ? [] : current ? [`git reset --keep ${q(tracking)}`] : [`git branch -f ${q(source)} ${q(tracking)}`],
      },
      ...(context.headBranch && context.headBranch !== source && classifyBranch(context.headBranch, config.branches).kind === 'work'
        ? [{ say: `If you meant to publish your work branch ${context.headBranch}, push that:`, commands: [`git push -u ${q(remote)} ${q(context.headBranch)}`] }]
        : []),
    ];
  }
  const work = newWorkBranch(engineer, context);
  const link = isMain ? undefined : pullRequestUrl(context.remoteUrl, target, work);
  const commits = count === undefined ? 'your commits' : count === 1 ? 'its commit' : `its ${count} commits`;
  return [
    current || source === undefined
      ? {
          say: `Move ${commits} to a work branch, set ${target} back to the remote's, and push the work branch:`,
          commands: [
            current ? `git switch -c ${q(work)}` : `git switch -c ${q(work)} ${q(ref.update.localSha)}`,
            ...(source === undefined ? [] : [`git branch -f ${q(target)} ${q(tracking)}`]),
            `git push -u ${q(remote)} HEAD`,
          ],
        }
      : {
          say: `Move ${commits} to a work branch made from ${source}, set ${target} back to the remote's, and push the work branch:`,
          commands: [`git branch ${q(work)} ${q(source)}`, `git branch -f ${q(source)} ${q(tracking)}`, `git push -u ${q(remote)} ${q(work)}`],
        },
    isMain
      ? { say: `Then open a pull request from it into your stage (${config.branches.stagePrefix}<stage-name>); the stage reaches ${target} by its own pull request.`, commands: [] }
      : { say: `Then open a pull request from it into ${target}${link ? ':' : ' on your git host.'}`, commands: link ? [link] : [] },
  ];
}

/** A new stage whose commits are not all on the remote's main. */
function stageNotFromMainText({ ref, target, local, source, engineer }: Pushed, context: PushContext): string {
  const { config, remote } = context;
  const { branches } = config;
  const unknown = ref.verdict.why === 'stage-main-unknown';
  // git passes the URL as the remote's name when the push names no remote.
  if (unknown && remote === context.remoteUrl) {
    const refspec = local ? `${local}:${target}` : `${ref.update.localSha}:refs/heads/${target}`;
    return renderReport({
      title: `push blocked: cannot tell whether ${target} starts from ${branches.main}, as this push names a URL, not a remote`,
      details: [`A new stage must start from ${branches.main} as the remote has it; stageflow compares with the remote-tracking branch ${config.remote}/${branches.main}, and a URL has none.`],
      fixes: [{ say: 'Push through the named remote instead:', commands: [`git push ${q(config.remote)} ${q(refspec)}`] }],
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
            { say: 'Keep its commits on a work branch:', commands: [`git branch ${q(newWorkBranch(engineer, context))} ${q(target)}`] },
            { say: `Put ${target} back on ${remote}/${branches.main} and publish it:`, commands: [`git switch --no-track -C ${q(target)} ${q(`${remote}/${branches.main}`)}`, `git push -u ${q(remote)} ${q(target)}`] },
            { say: `Then push the work branch and open a pull request from it into ${target}.`, commands: [] },
          ]
        : [
            { say: `Create ${target} from ${remote}/${branches.main} (npx stageflow start-stage does the same):`, commands: [`git push ${q(remote)} ${q(`${remote}/${branches.main}:refs/heads/${target}`)}`] },
            ...(source ? [{ say: `Then publish ${source} and open a pull request from it into ${target}:`, commands: [`git push -u ${q(remote)} ${q(source)}`, ...optional(pullRequestUrl(context.remoteUrl, target, source))] }] : []),
          ],
    footnote: PUSH_BYPASS,
  });
}

function invalidNameText({ ref, target, local, source }: Pushed, context: PushContext): string {
  const { config, remote } = context;
  const { branches } = config;
  const branch = ref.branch;
  if (branch?.kind !== 'invalid') return '';
  if (local !== undefined && local === target && context.firstPush === local) {
    return renderReport({
      title: `push blocked: the branch name "${target}" does not follow the strategy`,
      details: [
        `Why: ${invalidReason(branch, branches)}`,
        `${local} is this repository's only branch and ${remote} has no ${branches.main} yet: the first branch published is ${branches.main}, the one stages are cut from.`,
      ],
      fixes: [{ say: `Rename it to ${branches.main} and publish it:`, commands: [`git branch -m ${q(local)} ${q(branches.main)}`, `git push -u ${q(remote)} ${q(branches.main)}`] }],
      footnote: PUSH_BYPASS,
    });
  }
  const suggestion = freeBranchName(suggestBranchName(branch, branches, context.engineerName), context.taken ?? (() => false));
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

/** The placeholder work branch, under a name no local branch has yet. */
function newWorkBranch(engineer: string, context: PushContext): string {
  return freeBranchName(suggestWorkBranch(context.config.branches, engineer, ''), context.taken ?? (() => false));
}

function optional(value: string | undefined): string[] {
  return value === undefined ? [] : [value];
}

