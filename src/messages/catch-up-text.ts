import { shellQuote as q } from './render.js';

/** Brings main into a stage: a work branch cut from the stage merges main, then goes up for a pull request. */
export function mainIntoStageCommands(workBranch: string, stageRef: string, mainRef: string, remote: string): string[] {
  return [`git switch -c ${q(workBranch)} ${q(stageRef)}`, `git merge ${q(mainRef)}`, `git push -u ${q(remote)} HEAD`];
}

/**
 * The same by stageflow: start-work cuts the catch-up branch from the newest stage and records its
 * stage (so sync need not guess it between stages cut from the same main), sync merges main.
 */
export function syncIntoStageCommands(stage: string, remote: string): string[] {
  return [
    `npx stageflow start-work --stage ${q(stage)} --change ${q(`${stage}-catch-up`)}`,
    'npx stageflow sync',
    `git push -u ${q(remote)} HEAD`,
  ];
}
