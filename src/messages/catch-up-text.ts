import { shellQuote as q } from './render.js';

/** Brings main into a stage: a work branch cut from the stage merges main, then goes up for a pull request. */
export function mainIntoStageCommands(workBranch: string, stageRef: string, mainRef: string, remote: string): string[] {
  return [`git switch -c ${q(workBranch)} ${q(stageRef)}`, `git merge ${q(mainRef)}`, `git push -u ${q(remote)} HEAD`];
}
