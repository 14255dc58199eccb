import { join } from 'node:path';
import type { Command } from '../../cli/command.js';
import { loadConfig } from '../../config/load-config.js';
import { chooseCommitFix } from '../../core/branch/choose-commit-fix.js';
import { judgeCommit } from '../../core/branch/judge-commit.js';
import { mergedBranch } from '../../core/branch/merged-branch.js';
import { readText } from '../../fs/read-file-state.js';
import { ExitCode } from '../../exit-codes.js';
import { readEngineer } from '../../git/read-engineer.js';
import { findHookRepository } from '../../git/hook-repository.js';
import { readHead } from '../../git/repository.js';
import { readTakenBranches } from '../../git/taken-branches.js';
import { warningsText } from '../../messages/config-text.js';
import { parseHookArgs } from './hook-args.js';

/**
 * pre-commit, and pre-merge-commit (git runs that one instead when `git merge` makes its merge
 * commit itself): may a commit be made on the branch HEAD names? For a merge, git writes
 * MERGE_HEAD only after the hook, so the merge is known from the hook's name, not from the files.
 */
export function judgeHeadHook(hook: 'pre-commit' | 'pre-merge-commit'): Command {
  return async (args, context) => {
    const { projectDir } = parseHookArgs(hook, args, context.cwd);
    const [repository, loaded] = await Promise.all([findHookRepository(context.cwd, context.env), loadConfig(projectDir)]);
    const head = await readHead(repository);
    const verdict = judgeCommit(head, loaded.config.branches);
    const warnings = warningsText(loaded.warnings);

    if (verdict.allowed) {
      const notice = verdict.why === 'first-commit' && head.branch ? (await commitText()).firstCommitNotice(head.branch, loaded.config) : '';
      return { code: ExitCode.ok, stderr: warnings + notice };
    }
    // Only a refused commit pays for this git process (and, with reftable refs only, one listing the branches).
    const [engineerName, taken, { commitBlockedText }] = await Promise.all([readEngineer(context.cwd), readTakenBranches(repository), commitText()]);
    const merging = hook === 'pre-merge-commit';
    const merged = merging || head.operation === 'merge' ? mergedBranch(githeadNames(context.env), readText(join(repository.gitDir, 'MERGE_MSG')), loaded.config.remote) : undefined;
    const operation = merging ? 'merge' : head.operation;
    const refusal = chooseCommitFix(verdict, { branches: loaded.config.branches, engineerName, operation, merge: merging, taken, merged });
    const text = commitBlockedText(refusal, loaded.config, operation, merging);
    return { code: ExitCode.blocked, stderr: warnings + text };
  };
}

/** Loaded only to speak: an accepted commit does not load the text, nor picocolors with it. */
const commitText = () => import('../../messages/commit-text.js');

/** What `git merge` names the merged commits by while its hooks run: GITHEAD_<sha>=<name as typed>. */
function githeadNames(env: NodeJS.ProcessEnv): string[] {
  return Object.entries(env).flatMap(([key, value]) => (key.startsWith('GITHEAD_') && value ? [value] : []));
}

export const run: Command = judgeHeadHook('pre-commit');
