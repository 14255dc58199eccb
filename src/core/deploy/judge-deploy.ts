import { classifyBranch } from '../branch/classify-branch.js';
import type { Config } from '../config/types.js';

/** The framework commands that change what runs in AWS; `package` and `print` are not among them. */
const GUARDED_COMMANDS = ['deploy', 'deploy function', 'remove', 'rollback', 'rollback function'] as const;
export type GuardedCommand = (typeof GUARDED_COMMANDS)[number];

export function isGuardedCommand(command: string): command is GuardedCommand {
  return (GUARDED_COMMANDS as readonly string[]).includes(command);
}

/** How HEAD stands to the remote-tracking ref of its branch, as last fetched. */
export type RemoteTip = { kind: 'same' } | { kind: 'missing' } | { kind: 'differs'; ahead: number; behind: number };

export interface DeployFacts {
  command: GuardedCommand;
  /** The stage the framework resolved; undefined when it still holds a variable. */
  stage: string | undefined;
  /** HEAD's branch, or in CI on a detached checkout the branch the pipeline runs for. */
  branch: string | undefined;
  /** Tracked files with uncommitted changes (staged or not). */
  changedFiles: string[];
  remoteTip: RemoteTip;
  /** Whether <stagePrefix><stage> is among the remote-tracking refs: a stage whose branch is gone may be removed. */
  stageBranchOnRemote: boolean;
  /** The reason given in STAGEFLOW_DEPLOY_OVERRIDE, if any. */
  override: string | undefined;
}

export type DeployProblem =
  | { kind: 'unknown-stage' }
  | { kind: 'no-branch' }
  | { kind: 'not-a-deploy-branch'; branch: string }
  | { kind: 'other-stage'; branch: string; branchStage: string }
  | { kind: 'personal-stages-off'; branch: string; personalStage: string }
  | { kind: 'personal-stage-taken'; branch: string; personalStage: string }
  | { kind: 'live-stage-removal' }
  | { kind: 'uncommitted'; files: string[] }
  | { kind: 'not-on-remote'; branch: string }
  | { kind: 'not-remote-tip'; branch: string; ahead: number; behind: number };

/** Who may deploy the stage: the branch that owns it, or nobody (the stage's branch was deleted, for `remove`). */
export type DeployRoute = { kind: 'branch'; branch: string; personal: boolean } | { kind: 'branch-gone' };

export type DeployVerdict =
  | { ok: true; stage: string; route: DeployRoute; override: undefined }
  | { ok: false; stage: string | undefined; problems: DeployProblem[]; override: string | undefined };

/**
 * Whether the framework may go on: the branch must deploy to the stage (main to the live stage,
 * stage/<name> to <name>, a work branch to its engineer's personal stage when the config allows),
 * its tracked files must be committed, and HEAD must be the remote's tip of the branch, so that what
 * is deployed is what was reviewed. `remove` of a stage whose branch is gone from the remote is the
 * pipeline's clean-up and needs no branch. The override turns a refusal into a loud go-ahead.
 */
export function judgeDeploy(facts: DeployFacts, config: Config): DeployVerdict {
  const problems = deployProblems(facts, config);
  if (problems.length > 0 || facts.stage === undefined)
    return { ok: false, stage: facts.stage, problems, override: facts.override };
  return { ok: true, stage: facts.stage, route: routeOf(facts, facts.stage, config), override: undefined };
}

function deployProblems(facts: DeployFacts, config: Config): DeployProblem[] {
  const { stage } = facts;
  if (stage === undefined) return [{ kind: 'unknown-stage' }];
  const removing = facts.command === 'remove';
  if (removing && stage === config.liveStage) return [{ kind: 'live-stage-removal' }];
  if (removing && !facts.stageBranchOnRemote && !isPersonalStageOf(facts.branch, stage, config)) return [];
  const owner = branchProblem(facts, stage, config);
  if (owner) return [owner];
  const branch = facts.branch as string;
  const problems: DeployProblem[] = [];
  if (facts.changedFiles.length > 0) problems.push({ kind: 'uncommitted', files: facts.changedFiles });
  // A personal stage runs the engineer's own work: the tree must be committed, the review comes later.
  if (isPersonalStageOf(branch, stage, config)) return problems;
  if (facts.remoteTip.kind === 'missing') problems.push({ kind: 'not-on-remote', branch });
  if (facts.remoteTip.kind === 'differs')
    problems.push({ kind: 'not-remote-tip', branch, ahead: facts.remoteTip.ahead, behind: facts.remoteTip.behind });
  return problems;
}

function branchProblem(facts: DeployFacts, stage: string, config: Config): DeployProblem | undefined {
  if (facts.branch === undefined) return { kind: 'no-branch' };
  const branch = classifyBranch(facts.branch, config.branches);
  if (branch.kind === 'main')
    return stage === config.liveStage
      ? undefined
      : { kind: 'other-stage', branch: branch.name, branchStage: config.liveStage };
  if (branch.kind === 'stage')
    return stage === branch.stage ? undefined : { kind: 'other-stage', branch: branch.name, branchStage: branch.stage };
  if (branch.kind !== 'work') return { kind: 'not-a-deploy-branch', branch: branch.name };
  if (!config.deploy.personalStages)
    return { kind: 'personal-stages-off', branch: branch.name, personalStage: branch.engineer };
  if (stage !== branch.engineer) return { kind: 'other-stage', branch: branch.name, branchStage: branch.engineer };
  // A stage branch of the same name, or the live stage, belongs to everyone.
  if (facts.stageBranchOnRemote || stage === config.liveStage)
    return { kind: 'personal-stage-taken', branch: branch.name, personalStage: stage };
  return undefined;
}

function isPersonalStageOf(branchName: string | undefined, stage: string, config: Config): boolean {
  if (branchName === undefined || !config.deploy.personalStages) return false;
  const branch = classifyBranch(branchName, config.branches);
  return branch.kind === 'work' && branch.engineer === stage;
}

function routeOf(facts: DeployFacts, stage: string, config: Config): DeployRoute {
  const personal = isPersonalStageOf(facts.branch, stage, config);
  if (facts.branch === undefined || (facts.command === 'remove' && !facts.stageBranchOnRemote && !personal))
    return { kind: 'branch-gone' };
  return { kind: 'branch', branch: facts.branch, personal };
}
