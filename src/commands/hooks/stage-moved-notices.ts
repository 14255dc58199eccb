import type { BranchConfig } from '../../config/types.js';
import { branchOfRef, type JudgedRef } from '../../core/push/judge-push.js';
import { containsCommit } from '../../git/push-facts.js';
import { readRecordedStages } from '../../git/read-recorded-stages.js';
import { stageMovedNotice } from '../../messages/status-text.js';

/**
 * One line per pushed work branch whose recorded stage has commits the branch lacks: a notice,
 * never a block. One git process for the records, one per pushed work branch; none per commit.
 */
export async function stageMovedNotices(judged: readonly JudgedRef[], remote: string, branches: BranchConfig, cwd: string): Promise<string> {
  const pushed = judged.filter((ref) => ref.action !== 'delete' && ref.verdict.allowed && ref.branch?.kind === 'work');
  if (pushed.length === 0) return '';
  const recorded = await readRecordedStages(branches, cwd);
  const notices = await Promise.all(
    pushed.map(async (ref) => {
      const local = branchOfRef(ref.update.localRef) ?? ref.branch!.name;
      const stage = recorded.get(local);
      if (stage === undefined) return '';
      const stageRef = `${remote}/${stage}`;
      const upToDate = await containsCommit(ref.update.localSha, `refs/remotes/${stageRef}`, cwd);
      return upToDate === false ? stageMovedNotice(local, stageRef) : '';
    }),
  );
  return notices.join('');
}
