import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Config } from '../../core/config/types.js';
import { isRebaseReword, type ReuseAdvice } from '../../core/message/reuse-advice.js';
import { StageflowError } from '../../errors.js';
import { ExitCode } from '../../exit-codes.js';
import type { Repository } from '../../git/repository.js';
import { judgeBranch } from './judge-branch.js';

export type CommitMsgBranch =
  | { allowed: true; notice: string }
  /** `refusal` words it once the message is saved: the fix then commits again with the kept message. */
  | { allowed: false; refusal: (kept: string, advice: ReuseAdvice, messageOk: boolean) => Promise<string> };

/**
 * The branch half of commit-msg, which judges branch and message together so that a commit starts
 * node once (stageflow's runner starts none at pre-commit). The sequencer's own reword step
 * (git rebase -i) runs commit-msg but never pre-commit: its branch was never judged, nor is it here.
 * `git merge` hands over `.git/MERGE_MSG`: its refusal speaks of the merge, which it leaves in progress.
 */
export async function judgeBranchAtCommitMsg(
  messageFile: string,
  config: Config,
  repository: Promise<Repository>,
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<CommitMsgBranch> {
  const gitDir = dirname(messageFile);
  if (isRebaseReword(env.GIT_REFLOG_ACTION, existsSync(join(gitDir, 'rebase-merge'))))
    return { allowed: true, notice: '' };
  const merging = basename(messageFile) === 'MERGE_MSG';
  const judged = await judgeBranch(config, merging, repository, cwd, env).catch(outsideRepository);
  if (judged === undefined || judged.allowed) return judged ?? { allowed: true, notice: '' };
  return {
    allowed: false,
    // A merge concludes with `git commit --no-edit`, which reads MERGE_MSG itself: its fixes say so already.
    refusal: async (kept, advice, messageOk) =>
      messageOk && !judged.merge
        ? (await import('../../messages/kept-message-text.js')).withKeptMessage(judged.text, kept, advice)
        : judged.text,
  };
}

/** `stageflow hook commit-msg <file>` run by hand outside any repository still judges the message: there is no branch. */
function outsideRepository(error: unknown): undefined {
  if (error instanceof StageflowError && error.exitCode === ExitCode.usage) return undefined;
  throw error;
}
