/** How a stage compares with main: commits only the stage has, commits only main has. */
export interface VersusMain {
  /** `origin/main`, or `main` when the remote's is not known here. */
  ref: string;
  stageOnly: number;
  mainOnly: number;
  /** The stage came into main by a merge commit: it is finished, not behind. */
  merged: boolean;
}

export interface WorkStage {
  branch: string;
  stage: string;
  /** Recorded by start-work, or inferred from the history. */
  source: 'recorded' | 'inferred';
  /** `origin/stage/login`, or the local branch when the remote's is not known here. */
  ref: string;
  workOnly: number;
  stageOnly: number;
  main: VersusMain | undefined;
  /** Commits of main the work branch lacks (sync merges them in while the stage is behind main). */
  workLacksMain: number;
  /** On the remote; false for a stage that exists only here (never pushed). */
  published: boolean;
}

/**
 * Where a stage is, when it is not on the configured remote: `unpublished` exists only here (never
 * pushed), `gone` was on the remote (it has an upstream, or is recorded) and is no longer there,
 * as after its merge into main. `published` otherwise, and always without a remote.
 */
export type StageOnRemote = 'published' | 'unpublished' | 'gone';

/** A work branch's stage: recorded by start-work (and known here or on the remote), or inferred from its history. */
export type WorkStageFound =
  | { found: true; branch: string; source: 'recorded' | 'inferred' }
  | { found: false; candidates: string[] };

/** A local main or stage behind its copy on the remote: switching to it gives old code. */
export interface LocalBehind {
  branch: string;
  /** `origin/main` */
  ref: string;
  behind: number;
  /** Commits only the local branch has (then it has diverged, not just fallen behind). */
  ahead: number;
  /** It is the branch checked out here. */
  current: boolean;
}

/** Where HEAD sits in main → stage/* → work/*, as plain data (also the --json output). */
export type StatusFacts =
  | { kind: 'detached' }
  | { kind: 'main'; branch: string; liveStage: string; localBehind: LocalBehind[] }
  | { kind: 'other'; branch: string; branchKind: 'allowed' | 'invalid' }
  | {
      kind: 'stage';
      branch: string;
      stage: string;
      ref: string;
      engineer: string;
      main: VersusMain | undefined;
      onRemote: StageOnRemote;
      localBehind: LocalBehind[];
    }
  | {
      kind: 'work';
      branch: string;
      engineer: string;
      stage: WorkStage | undefined;
      candidates: string[];
      /** The stage start-work recorded, no longer on the remote (merged into main and deleted). */
      goneStage?: string;
      /** This is the catch-up branch of its stage (`work/<me>/<stage>-catch-up`). */
      catchUp?: boolean;
      localBehind: LocalBehind[];
    };
