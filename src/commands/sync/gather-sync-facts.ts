import type { Config } from '../../core/config/types.js';
import { branchNamesOf, compareRefOf } from '../../core/start/ref-tips.js';
import type { SyncFacts } from '../../core/sync/sync-facts.js';
import { listRefTips } from '../../git/branches.js';
import { countDivergence, versusMain } from '../../git/divergence.js';
import { readRecordedStage } from '../../git/recorded-stages.js';
import { listChangedPaths } from '../../git/uncommitted-changes.js';
import { findWorkStage } from '../../git/work-branch-stage.js';

export type GatheredSync =
  | { found: true; facts: SyncFacts; published: boolean }
  | { found: false; candidates: string[] }
  | { found: false; gone: string };

/** The work branch's stage (found as `status` finds it) and how far it, main and the branch have moved. */
export async function gatherSyncFacts(branch: string, config: Config, cwd: string): Promise<GatheredSync> {
  const { branches, remote } = config;
  const refs = branchNamesOf(await listRefTips(remote, cwd), remote);
  const recorded = await readRecordedStage(branch, branches, cwd);
  // Inferring another stage would merge the wrong one in: GitHub deletes a stage once it is merged into main.
  if (recorded !== undefined && !refs.remote.has(recorded) && !refs.local.has(recorded))
    return { found: false, gone: recorded };
  const found = await findWorkStage(recorded, 'HEAD', refs, branches, remote, cwd);
  if (!found.found) return { found: false, candidates: found.candidates };
  const stageRef = compareRefOf(refs, found.branch, remote)!;
  const mainRef = compareRefOf(refs, branches.main, remote);
  const [divergence, main, workVersusMain, changedPaths] = await Promise.all([
    countDivergence(stageRef, 'HEAD', cwd),
    versusMain(stageRef, mainRef, cwd),
    mainRef === undefined ? Promise.resolve(undefined) : countDivergence(mainRef, 'HEAD', cwd),
    listChangedPaths(cwd),
  ]);
  const facts: SyncFacts = {
    branch,
    stage: { branch: found.branch, ref: stageRef, source: found.source },
    stageOnly: divergence?.leftOnly ?? 0,
    main: main && {
      ref: main.ref,
      stageBehind: main.mainOnly,
      stageMerged: main.merged,
      workLacks: workVersusMain?.leftOnly ?? 0,
    },
    changedPaths,
    sync: config.sync,
  };
  return { found: true, facts, published: refs.remote.has(branch) };
}
