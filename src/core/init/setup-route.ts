import { classifyBranch, stageNameProblem } from '../branch/classify-branch.js';
import type { HeadFacts } from '../branch/judge-commit.js';
import type { BranchConfig } from '../config/types.js';
import type { DefaultBranchPlace } from './remote-default-branch.js';

/** The stage and change that init suggests for bringing its own setup in. */
const SETUP_STAGE = 'stageflow-setup';
export const SETUP_CHANGE = 'add-stageflow';

/**
 * How the setup commit gets into main, which the new hooks guard like any change:
 * - the first commit of a repository is allowed anywhere, main included;
 * - on a work branch it is committed there and goes in by pull request (work -> stage -> main);
 * - otherwise (main has commits) a stage is cut from main and a work branch from it.
 */
/**
 * `remote.url` is false when the remote is not configured yet (`git init` alone): it is added before
 * the first push. `renameFrom` is the unborn branch when it is not the configured main (git's default
 * `master`): the hooks refuse pushing it, so it is renamed to main before the first commit.
 */
export type SetupRoute =
  | { kind: 'first-commit'; branch: string; renameFrom?: string; remote: SetupRemote }
  | { kind: 'on-work'; branch: string; remote: SetupRemote }
  | { kind: 'by-pull-request'; stage: string; stageBranch: string; main: string };

export interface SetupRemote {
  name: string;
  configured: boolean;
  /** Where the remote's default branch is set, read from its URL: it may still name master. */
  defaultBranch?: DefaultBranchPlace;
}

export function setupRoute(head: HeadFacts, branches: BranchConfig, remote: SetupRemote): SetupRoute {
  if (head.unborn && head.branch !== undefined) {
    if (head.branch === branches.main) return { kind: 'first-commit', branch: head.branch, remote };
    return { kind: 'first-commit', branch: branches.main, renameFrom: head.branch, remote };
  }
  if (head.branch !== undefined && classifyBranch(head.branch, branches).kind === 'work') {
    return { kind: 'on-work', branch: head.branch, remote };
  }
  const stage = stageNameProblem(SETUP_STAGE, branches.stageMaxLength) === undefined ? SETUP_STAGE : 'setup';
  return { kind: 'by-pull-request', stage, stageBranch: `${branches.stagePrefix}${stage}`, main: branches.main };
}
