import type { Command, CommandContext } from '../commands/command.js';
import { closestWord } from '../core/closest-word.js';
import { GitTroubleError, StageflowError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { internalErrorText } from '../messages/bypass-text.js';
import { unknownCommandText } from '../messages/usage-text.js';
import { VERSION } from '../version.js';
import { readStdin } from './read-stdin.js';

export type CommandTable = Record<string, () => Promise<{ run: Command }>>;

/**
 * The one dispatcher of both entries (src/cli.ts with every command, src/cli-hook.ts with the
 * hook command alone): finds the command, runs it, prints its result and sets the exit code.
 * Each command is imported only when it runs, so a hook never loads the prompt library.
 */
export function runCli(argv: string[], commands: CommandTable, help: string): void {
  // No top-level await: the build emits CommonJS, which node starts sooner (scripts/build.mjs).
  void main(argv, commands, help).then((code) => {
    process.exitCode = code;
  });
}

async function main(argv: string[], commands: CommandTable, help: string): Promise<number> {
  // `stageflow help status` is `stageflow status --help`.
  if (argv[0] === 'help' && argv[1] !== undefined) return main([argv[1], '--help'], commands, help);
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(help);
    return name === undefined ? ExitCode.usage : ExitCode.ok;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${VERSION}\n`);
    return ExitCode.ok;
  }
  const load = commands[name];
  if (!load) {
    process.stderr.write(
      unknownCommandText(name, closestWord(name, [...Object.keys(commands), '--help', '--version'])),
    );
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
    return await reportFailure(error, name === 'hook' ? args[0] : undefined);
  }
}

/** Hooks fail closed: an error of stageflow's own stops the commit or push, and says how to bypass. */
async function reportFailure(error: unknown, hook: string | undefined): Promise<number> {
  const debug = process.env.STAGEFLOW_DEBUG === '1';
  if (error instanceof StageflowError && error.exitCode !== ExitCode.internal) {
    // git's trouble is data; its words (and picocolors) load only when there is one to print.
    const text =
      error instanceof GitTroubleError
        ? (await import('../messages/git-trouble-text.js')).gitTroubleText(error.trouble)
        : error.message;
    process.stderr.write(`${text}\n`);
    return error.exitCode;
  }
  const what = error instanceof Error ? error.message : String(error);
  const stack = debug ? ((error instanceof Error ? error.stack : undefined) ?? '') : undefined;
  process.stderr.write(internalErrorText(what, hook, stack));
  return ExitCode.internal;
}
