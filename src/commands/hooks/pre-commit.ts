import { loadConfig } from '../../config/load-config.js';
import { ExitCode } from '../../exit-codes.js';
import { findHookRepository } from '../../git/hook-repository.js';
import { warningsText } from '../../messages/config-text.js';
import type { Command } from '../command.js';
import { parseHookArgs } from './hook-args.js';
import { judgeBranch } from './judge-branch.js';

/**
 * `stageflow hook pre-commit` and `pre-merge-commit`: may a commit be made on the branch HEAD names?
 * stageflow's runner does not start it for pre-commit (commit-msg judges the branch with the
 * message, so a commit starts node once); it is kept for other hook managers and for
 * pre-merge-commit, which `git merge` runs instead when it commits the merge itself.
 */
export function judgeHeadHook(hook: 'pre-commit' | 'pre-merge-commit'): Command {
  return async (args, context) => {
    const { projectDir } = parseHookArgs(hook, args, context.cwd);
    const loaded = await loadConfig(projectDir);
    const found = findHookRepository(context.cwd, context.env);
    const judged = await judgeBranch(loaded.config, hook === 'pre-merge-commit', found, context.cwd, context.env);
    const warnings = warningsText(loaded.warnings);
    if (judged.allowed) return { code: ExitCode.ok, stderr: warnings + judged.notice };
    return { code: ExitCode.blocked, stderr: warnings + judged.text };
  };
}

export const run: Command = judgeHeadHook('pre-commit');
