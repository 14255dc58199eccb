import type { BranchConfig } from '../../core/config/types.js';
import type { StageEntry } from '../../core/start/stage-list.js';

/** What start-work was told, by flags or at the prompt. */
export interface WorkAnswers {
  /** An existing stage, or the name of a new one to create from main. */
  stage: { existing: StageEntry } | { create: string };
  engineer: string;
  /** Whether to remember the engineer for next time: a prompt's answer, or the first name used here. */
  rememberEngineer: boolean;
  change: string;
  branch: string;
}

export function answeredStageBranch(answers: WorkAnswers, branches: BranchConfig): string {
  return 'existing' in answers.stage ? answers.stage.existing.branch : `${branches.stagePrefix}${answers.stage.create}`;
}

export function answeredStageName(answers: WorkAnswers): string {
  return 'existing' in answers.stage ? answers.stage.existing.stage : answers.stage.create;
}
