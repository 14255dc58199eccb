import type { BranchConfig } from '../../config/types.js';
import { branchOfRef, type JudgedRef } from '../../core/push/judge-push.js';
import { branchNamesOf } from '../../core/start/ref-tips.js';
import { stageRefsOf } from '../../core/status/stage-refs.js';
import { inferStageFromHistory, type StageRef } from '../../git/infer-stage-from-history.js';
import { listRefTips } from '../../git/list-ref-tips.js';
import { containsCommit } from '../../git/push-facts.js';
import { readRecordedStages } from '../../git/read-recorded-stages.js';

/**
 * One line per pushed work branch whose stage has commits the branch lacks: a notice, never a
 * block. The stage is the one start-work recorded, else the one `stageflow status` infers from the
 * history. Git processes: one for the records, one per pushed work branch with a record; for a
 * branch without one, one listing of the branches and one per stage branch. None per commit.
 */
export async function stageMovedNotices(judged: readonly JudgedRef[], remote: string, branches: BranchConfig, cwd: string): Promise<string> {
  const pushed = judged.filter((ref) => ref.action !== 'delete' && ref.verdict.allowed && ref.branch?.kind === 'work');
  if (pushed.length === 0) return '';
  const recorded = await readRecordedStages(branches, cwd);
  let stageRefs: Promise<StageRef[]> | undefined;
  const knownStages = () => (stageRefs ??= listRefTips(remote, cwd).then((tips) => stageRefsOf(branchNamesOf(tips, remote), branches, remote)));
  const notices = await Promise.all(
    pushed.map(async (ref) => {
      const local = branchOfRef(ref.update.localRef) ?? ref.branch!.name;
      const stage = recorded.get(local);
      if (stage === undefined) {
        const inferred = await inferStageFromHistory(ref.update.localSha, await knownStages(), cwd);
        return inferred.found && inferred.stageOnly > 0 ? { branch: local, stageRef: inferred.ref } : undefined;
      }
      const stageRef = `${remote}/${stage}`;
      const upToDate = await containsCommit(ref.update.localSha, `refs/remotes/${stageRef}`, cwd);
      return upToDate === false ? { branch: local, stageRef } : undefined;
    }),
  );
  if (notices.every((notice) => notice === undefined)) return '';
  // Loaded only to speak: a push with nothing to tell does not load the text, nor picocolors with it.
  const { stageMovedNotice } = await import('../../messages/status-text.js');
  return notices.map((notice) => (notice === undefined ? '' : stageMovedNotice(notice.branch, notice.stageRef))).join('');
}
