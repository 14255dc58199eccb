import type { BranchConfig } from '../../core/config/types.js';
import { branchOfRef, type JudgedRef } from '../../core/push/judge-push.js';
import { stagesMoved } from '../../core/push/stage-moved.js';
import { branchNamesOf } from '../../core/start/ref-tips.js';
import { stageRefsOf } from '../../core/status/stage-refs.js';
import { listRefTips } from '../../git/branches.js';
import { readCommitGraph } from '../../git/commit-graph.js';

/**
 * One line per pushed work branch whose stage has commits the branch lacks: a notice, never a
 * block. The stage is the one start-work recorded, else the one `stageflow status` infers from the
 * history. Four git processes however many branches, stages and commits: the records (`readRecorded`,
 * shared with a refusal), the branch tips, and the commit graph between the pushed tips and the stages (readCommitGraph).
 */
export async function stageMovedNotices(
  judged: readonly JudgedRef[],
  remote: string,
  branches: BranchConfig,
  readRecorded: () => Promise<Map<string, string>>,
  cwd: string,
): Promise<string> {
  const pushed = judged
    .filter((ref) => ref.action !== 'delete' && ref.verdict.allowed && ref.branch?.kind === 'work')
    .map((ref) => ({ branch: branchOfRef(ref.update.localRef) ?? ref.branch!.name, sha: ref.update.localSha }));
  if (pushed.length === 0) return '';
  const [recorded, tips] = await Promise.all([readRecorded(), listRefTips(remote, cwd)]);
  const shaOf = new Map(tips.map((tip) => [tip.ref, tip.sha]));
  const stages = stageRefsOf(branchNamesOf(tips, remote), branches, remote).map((stage) => ({
    ...stage,
    sha: (shaOf.get(`refs/remotes/${remote}/${stage.branch}`) ?? shaOf.get(`refs/heads/${stage.branch}`))!,
  }));
  const recordedTips = new Map(
    [...new Set(recorded.values())].flatMap((stage) => {
      const sha = shaOf.get(`refs/remotes/${remote}/${stage}`);
      return sha === undefined ? [] : [[stage, { ref: `${remote}/${stage}`, sha }]];
    }),
  );
  const stageShas = [...stages.map((stage) => stage.sha), ...[...recordedTips.values()].map((tip) => tip.sha)];
  if (stageShas.length === 0) return '';
  const graph = await readCommitGraph([...pushed.map((work) => work.sha), ...stageShas], cwd);
  const moved = stagesMoved(pushed, recorded, recordedTips, stages, graph);
  if (moved.length === 0) return '';
  // Loaded only to speak: a push with nothing to tell does not load the text, nor picocolors with it.
  const { stageMovedNotice } = await import('../../messages/status-text.js');
  return moved.map((notice) => stageMovedNotice(notice.branch, notice.stageRef)).join('');
}
