import type { BranchConfig } from '../../core/config/types.js';
import { branchOfRef, type JudgedRef } from '../../core/push/judge-push.js';
import { stagesMoved } from '../../core/push/stage-moved.js';
import { branchNamesOf, type RefId } from '../../core/start/ref-tips.js';
import { stageRefsOf } from '../../core/status/stage-refs.js';
import { readCommitGraph } from '../../git/commit-graph.js';

/**
 * One line per pushed work branch whose stage has commits the branch lacks: a notice, never a
 * block. The stage is the one start-work recorded, else the one `stageflow status` infers from the
 * history. At most four git processes however many branches, stages and commits (two for one work
 * branch and one stage, with the records in a plain config file): the branch tips (`tips`,
 * which pre-push starts before it reads the ref lines), then the commit graph between the pushed
 * tips and the stages (readCommitGraph) and, beside it, the records (`readRecorded`, shared with a refusal).
 */
export async function stageMovedNotices(
  judged: readonly JudgedRef[],
  remote: string,
  branches: BranchConfig,
  readRecorded: () => Promise<Map<string, string>>,
  tips: Promise<RefId[]>,
  cwd: string,
): Promise<string> {
  const pushed = judged
    .filter((ref) => ref.action !== 'delete' && ref.verdict.allowed && ref.branch?.kind === 'work')
    .map((ref) => ({ branch: branchOfRef(ref.update.localRef) ?? ref.branch!.name, sha: ref.update.localSha }));
  if (pushed.length === 0) return '';
  const refTips = await tips;
  const shaOf = new Map(refTips.map((tip) => [tip.ref, tip.sha]));
  const stages = stageRefsOf(branchNamesOf(refTips, remote), branches, remote).map((stage) => ({
    ...stage,
    sha: (shaOf.get(`refs/remotes/${remote}/${stage.branch}`) ?? shaOf.get(`refs/heads/${stage.branch}`))!,
  }));
  if (stages.length === 0) return '';
  // The graph waits for no record, which git reads meanwhile: a recorded stage's remote tip is one
  // of `stages` (stageRefsOf lists every stage the remote has, by its remote tip), so the graph holds it.
  const graph = readCommitGraph([...pushed.map((work) => work.sha), ...stages.map((stage) => stage.sha)], cwd);
  graph.catch(() => undefined);
  const recorded = await readRecorded();
  const recordedTips = new Map(
    [...new Set(recorded.values())].flatMap((stage) => {
      const sha = shaOf.get(`refs/remotes/${remote}/${stage}`);
      return sha === undefined ? [] : [[stage, { ref: `${remote}/${stage}`, sha }]];
    }),
  );
  const moved = stagesMoved(pushed, recorded, recordedTips, stages, await graph);
  if (moved.length === 0) return '';
  // Loaded only to speak: a push with nothing to tell does not load the text, nor picocolors with it.
  const { stageMovedNotice } = await import('../../messages/status-text.js');
  return moved.map((notice) => stageMovedNotice(notice.branch, notice.stageRef)).join('');
}
