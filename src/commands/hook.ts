import { RUNNER_ENV, RUNNER_TEAM_FILE } from '../core/hooks/runner-env.js';
import { UsageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { hookHelpText, unknownHookText } from '../messages/hook-text.js';
import type { Command } from './command.js';

const HOOKS: Record<string, () => Promise<{ run: Command }>> = {
  'pre-commit': () => import('./hooks/pre-commit.js'),
  'pre-merge-commit': () => import('./hooks/pre-merge-commit.js'),
  'commit-msg': () => import('./hooks/commit-msg.js'),
  'pre-push': () => import('./hooks/pre-push.js'),
};

export const run: Command = async ([name, ...args], context) => {
  if (name === '--help' || name === '-h' || name === 'help') return { code: ExitCode.ok, stdout: hookHelpText() };
  const load = name === undefined ? undefined : HOOKS[name];
  if (!load) throw new UsageError(unknownHookText(name ?? ''));
  // A line an older init left in the team's .husky/<hook>: stageflow's runner checks after that file.
  // It reads no stdin, so a pre-push reader after it (git lfs) still gets git's ref lines.
  if (context.env[RUNNER_ENV] === RUNNER_TEAM_FILE) return { code: ExitCode.ok };
  const { run: runHook } = await load();
  return runHook(args, context);
};
