/**
 * stageflow's hook runner (`.husky/_/<hook>`, see runner-script.ts) tells the stageflow it starts
 * how it was started, in this variable.
 */
export const RUNNER_ENV = 'STAGEFLOW_RUNNER';

/**
 * While the team's own `.husky/<hook>` runs: the runner starts stageflow's check after that file,
 * so a `stageflow hook` line left in it (a setup from before the runner) has nothing to do.
 */
export const RUNNER_TEAM_FILE = 'team-file';

/** The runner's own call: its standard input is git's, whole (the runner keeps a copy for the team's file). */
export const RUNNER_OWN_CALL = 'runner';
