import type { BranchInfo } from '../branch/classify-branch.js';
import type { SyncConfig } from '../config/types.js';

export type SyncOperation = 'rebase' | 'am' | 'merge' | 'cherry-pick' | 'revert';

/** What sync knows before it decides whether to act: the branch HEAD names, and git's state. */
export interface SyncHead {
  /** undefined when HEAD is detached. */
  branch: BranchInfo | undefined;
  operation: SyncOperation | undefined;
}

/** A work branch's stage, and how far it and main have moved, as last fetched. */
export interface SyncFacts {
  branch: string;
  stage: { branch: string; ref: string; source: 'recorded' | 'inferred' };
  /** Commits the stage has that the work branch lacks. */
  stageOnly: number;
  main:
    | {
        /** `origin/main` */
        ref: string;
        /** Commits main has that the stage lacks. */
        stageBehind: number;
        /** The stage came into main by a merge: it is finished. */
        stageMerged: boolean;
        /** Commits main has that the work branch lacks. */
        workLacks: number;
      }
    | undefined;
  /** Paths with uncommitted changes, untracked files included. */
  changedPaths: readonly string[];
  sync: SyncConfig;
}
