import { classifyBranch } from '../../core/branch/classify-branch.js';
import type { Config } from '../../core/config/types.js';
import { branchNamesOf, compareRefOf, type RefTip } from '../../core/start/ref-tips.js';
import { mergedFromWalk, pairKey } from '../../core/status/count-pairs.js';
import { inferStage } from '../../core/status/infer-stage.js';
import { stageRefsOf } from '../../core/status/stage-refs.js';
import { type AllRow, todosOf } from '../../core/status/status-all.js';
import { mergedIntoMain } from '../../git/ancestry.js';
import { countTipPairs } from '../../git/commit-graph.js';
import { readRecordedStages } from '../../git/recorded-stages.js';

/**
 * Every local stage and work branch, with its stage and how far it, the stage and main have moved.
 * Git processes: the ref listing (given), the recorded stages, two for all the counts together
 * (countTipPairs); three more only per stage merged into main that every branch holds.
 */
export async function gatherAll(
  tips: readonly RefTip[],
  current: string | undefined,
  config: Config,
  cwd: string,
): Promise<AllRow[]> {
  const { branches, remote } = config;
  const names = branchNamesOf(tips, remote);
  const shas = new Map(tips.map((tip) => [tip.ref.replace(/^refs\/(heads|remotes)\//, ''), tip.sha]));
  const sha = (ref: string) => shas.get(ref)!;
  const recorded = await readRecordedStages(branches, cwd);
  const stages = stageRefsOf(names, branches, remote);
  const mainRef = compareRefOf(names, branches.main, remote);

  const local = [...names.local].sort().map((branch) => ({ branch, info: classifyBranch(branch, branches) }));
  const pairs: [string, string][] = [];
  const pair = (left: string, right: string) => pairs.push([sha(left), sha(right)]);
  for (const stage of stages) if (mainRef) pair(stage.ref, mainRef);
  for (const { branch, info } of local) {
    if (info.kind === 'stage' && names.remote.has(branch)) pair(`${remote}/${branch}`, branch);
    if (info.kind !== 'work') continue;
    for (const stage of stages) pair(stage.ref, branch);
    if (mainRef) pair(mainRef, branch);
  }
  const { counts, walk } = await countTipPairs(pairs, cwd);
  const count = (left: string, right: string) => counts.get(pairKey(sha(left), sha(right)));

  const versusMain = new Map(
    await Promise.all(
      stages.map(async (stage) => {
        const divergence = mainRef ? count(stage.ref, mainRef) : undefined;
        if (!mainRef || !divergence) return [stage.branch, undefined] as const;
        const candidate = divergence.leftOnly === 0 && divergence.rightOnly > 0;
        const merged =
          candidate &&
          ((walk && mergedFromWalk(walk, sha(stage.ref), sha(mainRef))) ??
            (await mergedIntoMain(stage.ref, mainRef, cwd)));
        return [
          stage.branch,
          { ref: mainRef, stageOnly: divergence.leftOnly, mainOnly: divergence.rightOnly, merged },
        ] as const;
      }),
    ),
  );

  const rows: AllRow[] = [];
  for (const { branch, info } of local) {
    if (info.kind === 'stage') {
      const onRemote = names.remote.has(branch);
      const divergence = onRemote ? count(`${remote}/${branch}`, branch) : undefined;
      const stageRef = onRemote ? `${remote}/${branch}` : undefined;
      const row = {
        branch,
        kind: 'stage' as const,
        current: branch === current,
        stage: branch,
        stageRef,
        ahead: divergence?.rightOnly,
        behind: divergence?.leftOnly,
        main: versusMain.get(branch),
      };
      rows.push({ ...row, todo: todosOf(row, config.sync.mainIntoStage) });
    }
    if (info.kind !== 'work') continue;
    const known = recorded.get(branch);
    const candidates = stages.map((stage) => ({ ...stage, workOnly: count(stage.ref, branch)?.rightOnly ?? Infinity }));
    const inferred =
      known !== undefined && (names.remote.has(known) || names.local.has(known))
        ? undefined
        : inferStage(candidates.filter((stage) => stage.workOnly !== Infinity));
    const stageBranch = inferred === undefined ? known : inferred.found ? inferred.branch : undefined;
    const stage = stages.find((entry) => entry.branch === stageBranch);
    const base = { branch, kind: 'work' as const, current: branch === current };
    if (!stage) {
      const row = { ...base, stage: undefined, candidates: inferred && !inferred.found ? inferred.candidates : [] };
      rows.push({ ...row, todo: todosOf(row, config.sync.mainIntoStage) });
      continue;
    }
    const divergence = count(stage.ref, branch);
    const row = {
      ...base,
      stage: stage.branch,
      source: inferred === undefined ? ('recorded' as const) : ('inferred' as const),
      stageRef: stage.ref,
      ahead: divergence?.rightOnly,
      behind: divergence?.leftOnly,
      main: versusMain.get(stage.branch),
      workLacksMain: mainRef ? count(mainRef, branch)?.leftOnly : undefined,
    };
    rows.push({ ...row, todo: todosOf(row, config.sync.mainIntoStage) });
  }
  return rows;
}
