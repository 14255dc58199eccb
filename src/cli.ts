import { StageflowError } from './errors.js';
import { ExitCode } from './exit-codes.js';
import { internalErrorText } from './messages/bypass-text.js';
import { unknownCommandText } from './messages/usage-text.js';
import { closestWord } from './core/closest-word.js';
import type { Command, CommandContext } from './cli/command.js';
import { readStdin } from './cli/read-stdin.js';
import { VERSION } from './version.js';

/** Each command is imported only when it runs, so a hook never loads the prompt library. */
const COMMANDS: Record<string, () => Promise<{ run: Command }>> = {
  hook: () => import('./commands/hook.js'),
  config: () => import('./commands/config.js'),
  init: () => import('./commands/init.js'),
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
  init                 set up the hooks in this project (husky, prepare script, .husky/*)
  start-work           create work/<engineer>/<change> from a stage and switch to it (asks, or flags)
  start-stage [<name>] create stage/<name> from the newest main; --push publishes it
  status [--all]       where this branch (or every branch) sits in main → stage → work, and how to catch up
  sync                 bring the stage's new commits (and main) into this work branch
  stage [branch]       print the Serverless stage a branch deploys to
  check                the branch, pull request route and commit message rules, for CI
  doctor               explain why the hooks do not run, and how to fix it
  protect <server>     the same rules on GitHub or GitLab (rulesets, protected branches), as commands
  config               print the effective config and where it comes from

Used by the git hooks:
  hook <name> [args]   run a git hook: pre-commit, pre-merge-commit, commit-msg <file>, pre-push <remote> <url>

Run npx stageflow <command> --help for a command's options.
`;

async function main(argv: string[]): Promise<number> {
  // `stageflow help status` is `stageflow status --help`.
  if (argv[0] === 'help' && argv[1] !== undefined) return main([argv[1], '--help']);
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(HELP);
    return name === undefined ? ExitCode.usage : ExitCode.ok;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${VERSION}\n`);
    return ExitCode.ok;
  }
  const load = COMMANDS[name];
  if (!load) {
    process.stderr.write(unknownCommandText(name, closestWord(name, [...Object.keys(COMMANDS), '--help', '--version'])));
    return ExitCode.usage;
  }

  const context: CommandContext = {
    cwd: process.cwd(),
    env: process.env,
    readStdin: () => readStdin(),
    // A getter: touching process.stdin builds a stream, which a hook that never reads it should not pay for.
    get interactive() {
      return Boolean(process.stdin.isTTY && process.stdout.isTTY);
    },
    print: (text) => process.stdout.write(text),
  };
  try {
    const { run } = await load();
    const result = await run(args, context);
    if (result.stdout) process.stdout.write(result.stdout);
    if (result.stderr) process.stderr.write(result.stderr);
    return result.code;
  } catch (error) {
    return reportFailure(error, name === 'hook' ? args[0] : undefined);
  }
}

/** Hooks fail closed: an error of stageflow's own stops the commit or push, and says how to bypass. */
function reportFailure(error: unknown, hook: string | undefined): number {
  const debug = process.env.STAGEFLOW_DEBUG === '1';
  if (error instanceof StageflowError && error.exitCode !== ExitCode.internal) {
    process.stderr.write(`${error.message}\n`);
    return error.exitCode;
  }
  const what = error instanceof Error ? error.message : String(error);
  const stack = debug ? ((error instanceof Error ? error.stack : undefined) ?? '') : undefined;
  process.stderr.write(internalErrorText(what, hook, stack));
  return ExitCode.internal;
}

// No top-level await: the build emits CommonJS, which node starts sooner (scripts/build.mjs).
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
