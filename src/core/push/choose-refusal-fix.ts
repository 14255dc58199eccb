import { type BranchInfo, classifyBranch } from '../branch/classify-branch.js';
import { freeBranchName, suggestBranchName, suggestWorkBranch } from '../branch/suggest-branch.js';
import type { BranchConfig } from '../config/types.js';
import { branchOfRef, type JudgedRef } from './judge-push.js';
import { pullRequestUrl } from './pull-request-url.js';

/** What a push refusal's choice of fix rests on, gathered once by the pre-push command. */
export interface RefusalFacts {
  branches: BranchConfig;
  /** The remote pushed to, as git names it (a URL when the push names no remote). */
  remote: string;
  remoteUrl: string;
  /** The remote the config names (`remote`, default origin): where a remote-tracking main is kept. */
  configRemote: string;
  /** The engineer part of a suggested work branch (a slug). */
  engineer: string;
  engineerName: string | undefined;
  /** The branch checked out, for ref lines that name HEAD. */
  headBranch: string | undefined;
  /** The stage start-work recorded for a work branch (`stage/<stage-name>`), by branch name. */
  recordedStages: ReadonlyMap<string, string>;
  /** Whether a local branch name is taken: suggested names avoid those. */
  taken: (name: string) => boolean;
  /** For a protected branch updated: how many commits of the pushed sha the remote lacks, by sha. */
  unpublished: ReadonlyMap<string, number | undefined>;
  /** The local branch pushed when it is the repository's only branch and the remote has no main yet. */
  firstPush: string | undefined;
}

/** main or a stage, updated or deleted directly. */
export type ProtectedFix =
  /** main is never deleted: see which branches the remote has. */
  | { kind: 'list-remote-branches' }
  /** A stage is retired by merging its pull request into main. */
  | { kind: 'retire-stage'; prUrl: string | undefined }
  /**
   * `from` goes to `into` by a pull request. Into main from a work branch, `into` is the stage it
   * belongs to (`viaStage`; undefined when none was recorded).
   */
  | { kind: 'open-pr'; from: string; into: string | undefined; viaStage: boolean; prUrl: string | undefined }
  /** The branch pushed as itself holds nothing the remote lacks: the push could only rewind it. */
  | {
      kind: 'nothing-to-move';
      name: string;
      reset: { how: 'reset-keep' | 'branch-force'; branch: string } | undefined;
      pushWork: string | undefined;
    }
  /** Its commits go to a new work branch; the protected branch goes back to the remote's. */
  | {
      kind: 'move-commits';
      work: string;
      count: number | undefined;
      /** `here`: the branch (or nothing named) is checked out; `other`: move from a branch not checked out. */
      from: { at: 'here'; branch: string | undefined; sha: string } | { at: 'other'; branch: string };
      /** Where its pull request goes: main's commits to a stage (unnamed), a stage's to itself. */
      prInto: { stage: string; prUrl: string | undefined } | 'a-stage';
    };

/** A new stage that does not start from the remote's main. */
export type StageFix =
  /** The push names a URL: there is no remote-tracking main to compare with. */
  | { kind: 'push-through-remote'; refspec: string }
  /** The remote's main is not known here: fetch it (or publish main first). */
  | { kind: 'fetch-main' }
  /** The stage itself has the commits: keep them on a work branch and restart the stage from main. */
  | { kind: 'restart-stage'; work: string }
  /** Another branch was pushed as the stage: create the stage from main, then open a pull request. */
  | { kind: 'create-stage'; source: string | undefined; prUrl: string | undefined };

/** A branch name outside the strategy. */
export type NameFix =
  /** The repository's only branch, and the remote has no main: it becomes main. */
  | { kind: 'rename-to-main'; local: string }
  /** Its bytes are not UTF-8: renamed while checked out, without typing the name. */
  | { kind: 'rename-checked-out'; suggestion: string }
  | { kind: 'rename-and-push'; local: string; suggestion: string }
  /** Pushed under another name (HEAD:refs/heads/<name>): the local branch stays as it is. */
  | { kind: 'push-under-name'; from: string; suggestion: string };

export type PushRefusal =
  | { why: 'protected'; target: string; branch: BranchInfo | undefined; deleting: boolean; fixes: ProtectedFix[] }
  | { why: 'stage-not-from-main'; target: string; unknown: boolean; fix: StageFix }
  | {
      why: 'invalid-name';
      target: string;
      branch: Extract<BranchInfo, { kind: 'invalid' }>;
      firstPush: boolean;
      fix: NameFix;
    };

/** Why a ref line is refused and the fix that applies, decided from the judged ref and the facts. */
export function chooseRefusalFix(ref: JudgedRef, facts: RefusalFacts): PushRefusal | undefined {
  const local = branchOfRef(ref.update.localRef);
  const target = branchOfRef(ref.update.remoteRef) ?? ref.update.remoteRef;
  // `git push origin HEAD:main` names HEAD: the branch checked out is what the user pushed.
  const source = local ?? (ref.update.localRef === 'HEAD' ? facts.headBranch : undefined);
  switch (ref.verdict.why) {
    case 'protected-update':
    case 'protected-delete':
      return {
        why: 'protected',
        target,
        branch: ref.branch,
        deleting: ref.verdict.why === 'protected-delete',
        fixes: protectedFixes(ref, target, source, facts),
      };
    case 'stage-not-from-main':
    case 'stage-main-unknown':
      return {
        why: 'stage-not-from-main',
        target,
        unknown: ref.verdict.why === 'stage-main-unknown',
        fix: stageFix(ref, target, local, source, facts),
      };
    case 'invalid-name':
      if (ref.branch?.kind !== 'invalid') return undefined;
      return nameRefusal(ref, ref.branch, target, local, source, facts);
    default:
      return undefined;
  }
}

function protectedFixes(
  ref: JudgedRef,
  target: string,
  source: string | undefined,
  facts: RefusalFacts,
): ProtectedFix[] {
  const { branches } = facts;
  const isMain = ref.branch?.kind === 'main';
  const url = (base: string, head: string) => pullRequestUrl(facts.remoteUrl, base, head);
  const prFrom = source && source !== target ? source : undefined;
  if (ref.verdict.why === 'protected-delete')
    return [isMain ? { kind: 'list-remote-branches' } : { kind: 'retire-stage', prUrl: url(branches.main, target) }];
  if (prFrom && isMain && classifyBranch(prFrom, branches).kind !== 'stage') {
    // main takes pull requests from stages only: the work goes to its stage first.
    const stage = facts.recordedStages.get(prFrom);
    return [
      { kind: 'open-pr', from: prFrom, into: stage, viaStage: true, prUrl: stage ? url(stage, prFrom) : undefined },
    ];
  }
  if (prFrom) return [{ kind: 'open-pr', from: prFrom, into: target, viaStage: false, prUrl: url(target, prFrom) }];
  return [moveCommitsFix(ref, target, source, facts)];
}

/**
 * main or a stage pushed as itself. With commits the remote lacks, they move to a work branch made
 * from the pushed branch (checked out or not); with none, there is nothing to move and the push
 * could only rewind or overwrite the remote's branch.
 */
function moveCommitsFix(ref: JudgedRef, target: string, source: string | undefined, facts: RefusalFacts): ProtectedFix {
  const current = source !== undefined && source === facts.headBranch;
  const count = facts.unpublished.get(ref.update.localSha);
  if (count === 0) {
    const head = facts.headBranch;
    return {
      kind: 'nothing-to-move',
      name: source ?? ref.update.localSha.slice(0, 12),
      reset: source === undefined ? undefined : { how: current ? 'reset-keep' : 'branch-force', branch: source },
      pushWork: head && head !== source && classifyBranch(head, facts.branches).kind === 'work' ? head : undefined,
    };
  }
  const work = newWorkBranch(facts);
  const isMain = ref.branch?.kind === 'main';
  return {
    kind: 'move-commits',
    work,
    count,
    from:
      current || source === undefined
        ? { at: 'here', branch: source, sha: ref.update.localSha }
        : { at: 'other', branch: source },
    prInto: isMain ? 'a-stage' : { stage: target, prUrl: pullRequestUrl(facts.remoteUrl, target, work) },
  };
}

function stageFix(
  ref: JudgedRef,
  target: string,
  local: string | undefined,
  source: string | undefined,
  facts: RefusalFacts,
): StageFix {
  const unknown = ref.verdict.why === 'stage-main-unknown';
  // git passes the URL as the remote's name when the push names no remote.
  if (unknown && facts.remote === facts.remoteUrl) {
    return {
      kind: 'push-through-remote',
      refspec: local ? `${local}:${target}` : `${ref.update.localSha}:refs/heads/${target}`,
    };
  }
  if (unknown) return { kind: 'fetch-main' };
  if (source === target) return { kind: 'restart-stage', work: newWorkBranch(facts) };
  return { kind: 'create-stage', source, prUrl: source ? pullRequestUrl(facts.remoteUrl, target, source) : undefined };
}

function nameRefusal(
  ref: JudgedRef,
  branch: Extract<BranchInfo, { kind: 'invalid' }>,
  target: string,
  local: string | undefined,
  source: string | undefined,
  facts: RefusalFacts,
): PushRefusal {
  const refusal = (fix: NameFix, firstPush = false): PushRefusal => ({
    why: 'invalid-name',
    target,
    branch,
    firstPush,
    fix,
  });
  if (local !== undefined && local === target && facts.firstPush === local)
    return refusal({ kind: 'rename-to-main', local }, true);
  const suggestion = freeBranchName(suggestBranchName(branch, facts.branches, facts.engineerName), facts.taken);
  // Bytes that are not UTF-8 cannot be typed back: rename the checked-out branch without naming it.
  if (local === target && local.includes('\uFFFD')) return refusal({ kind: 'rename-checked-out', suggestion });
  if (local === target) return refusal({ kind: 'rename-and-push', local, suggestion });
  return refusal({ kind: 'push-under-name', from: source ?? ref.update.localSha, suggestion });
}

/** The placeholder work branch, under a name no local branch has yet. */
function newWorkBranch(facts: RefusalFacts): string {
  return freeBranchName(suggestWorkBranch(facts.branches, facts.engineer, ''), facts.taken);
}
