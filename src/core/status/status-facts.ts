/** How a stage compares with main: commits only the stage has, commits only main has. */
export interface VersusMain {
  /** `origin/main`, or `main` when the remote's is not known here. */
  ref: string;
  stageOnly: number;
  mainOnly: number;
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
}

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
  | { kind: 'stage'; branch: string; stage: string; ref: string; engineer: string; main: VersusMain | undefined; localBehind: LocalBehind[] }
  | { kind: 'work'; branch: string; engineer: string; stage: WorkStage | undefined; candidates: string[]; localBehind: LocalBehind[] };
