import { runCli } from './cli/run-cli.js';

/**
 * The entry of `stageflow check` (dist/check.js), which CI runs over whole pull requests: the check
 * command alone, so it does not compile every other command first. dist/cli.js sends `check` here.
 */
runCli(process.argv.slice(2), { check: () => import('./commands/check.js') }, 'Usage: stageflow check [options]\n');
