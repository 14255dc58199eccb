import { runCli } from './cli/run-cli.js';

/**
 * The entry the git hooks start (dist/hooks.js): the hook command alone, so a commit loads no
 * other command's code. dist/cli.js sends `stageflow hook ...` here and everything else to main.js.
 */
runCli(process.argv.slice(2), { hook: () => import('./commands/hook.js') }, 'Usage: stageflow hook <name> [args]\n');
