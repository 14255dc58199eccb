import { UsageError } from '../errors.js';
import type { Command } from '../cli/command.js';

const HOOKS: Record<string, () => Promise<{ run: Command }>> = {
  'pre-commit': () => import('./hooks/pre-commit.js'),
  'pre-merge-commit': () => import('./hooks/pre-merge-commit.js'),
  'commit-msg': () => import('./hooks/commit-msg.js'),
  'pre-push': () => import('./hooks/pre-push.js'),
};

export const run: Command = async ([name, ...args], context) => {
  const load = name === undefined ? undefined : HOOKS[name];
  if (!load) {
    throw new UsageError(
      `stageflow: unknown hook "${name ?? ''}"; stageflow runs pre-commit, pre-merge-commit, commit-msg and pre-push.\n` +
        '  In .husky/<hook>, call it as: stageflow hook pre-commit | stageflow hook pre-merge-commit | stageflow hook commit-msg "$1" | stageflow hook pre-push "$@"',
    );
  }
  const { run: runHook } = await load();
  return runHook(args, context);
};
