import { type CommandTable, runCli } from './cli/run-cli.js';
import { VERSION } from './version.js';

/** The entry with every command (dist/main.js); src/cli-hook.ts is the one the hooks start. */
const COMMANDS: CommandTable = {
  hook: () => import('./commands/hook.js'),
  config: () => import('./commands/config.js'),
  init: () => import('./commands/init.js'),
  'install-hooks': () => import('./commands/install-hooks.js'),
  doctor: () => import('./commands/doctor.js'),
  'start-work': () => import('./commands/start-work.js'),
  'start-stage': () => import('./commands/start-stage.js'),
  check: () => import('./commands/check.js'),
  stage: () => import('./commands/stage.js'),
  status: () => import('./commands/status.js'),
  sync: () => import('./commands/sync.js'),
  protect: () => import('./commands/protect.js'),
};

const HELP = `stageflow ${VERSION}: keeps main, stage/<stage-name> and work/<engineer>/<change> in order

Usage: stageflow <command> [options]

Commands:
  init                 set up the hooks in this project (husky, the prepare script)
  start-work           create work/<engineer>/<change> from a stage and switch to it (asks, or flags)
  start-stage [<name>] create stage/<name> from the newest main; --push publishes it
  status [--all]       where this branch (or every branch) sits in main → stage → work, and how to catch up
  sync                 bring the stage's new commits (and main) into this work branch
  stage [branch]       print the Serverless stage a branch deploys to
  check                the branch, pull request route and commit message rules, for CI
  doctor               explain why the hooks do not run, and how to fix it
  protect <server>     the same rules on GitHub or GitLab (rulesets, protected branches), as commands
  config               print the effective config and where it comes from

Used by npm install and the git hooks:
  install-hooks        the prepare script: runs husky, then writes stageflow's hook runner into .git/hooks
  hook <name> [args]   run a git hook: pre-commit, pre-merge-commit, commit-msg <file>, pre-push <remote> <url>

Run npx stageflow <command> --help for a command's options.
`;

runCli(process.argv.slice(2), COMMANDS, HELP);
