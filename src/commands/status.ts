import type { Command } from '../cli/command.js';
import { parseCommandArgs } from '../cli/parse-command-args.js';
import { loadConfig } from '../config/load-config.js';
import type { Config } from '../config/types.js';
import { classifyBranch } from '../core/branch/classify-branch.js';
import { FALLBACK_ENGINEER } from '../core/branch/suggest-branch.js';
import { branchNamesOf } from '../core/start/ref-tips.js';
import { stageRefsOf } from '../core/status/stage-refs.js';
import type { StatusFacts, VersusMain, WorkStage } from '../core/status/status-facts.js';
import { ExitCode } from '../exit-codes.js';
import { countDivergence } from '../git/count-divergence.js';
import { inferStageFromHistory } from '../git/infer-stage-from-history.js';
import { listRefTips } from '../git/list-ref-tips.js';
import { readLocalBehind } from '../git/local-behind.js';
import { readEngineer } from '../git/read-engineer.js';
import { readRecordedStage } from '../git/read-recorded-stage.js';
import { findRepository, readHead } from '../git/repository.js';
import { statusText, STATUS_USAGE } from '../messages/status-text.js';

export const run: Command = async (args, context) => {
  const { values } = parseCommandArgs('status', STATUS_USAGE, { args, options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) return { code: ExitCode.ok, stdout: `${STATUS_USAGE}\n` };
  const json = values.json === true;
  const { cwd } = context;
  const [{ config }, repository] = await Promise.all([loadConfig(cwd), findRepository(cwd)]);
  const facts = await gatherStatus((await readHead(repository)).branch, config, cwd);
  return { code: ExitCode.ok, stdout: json ? `${JSON.stringify(facts, null, 2)}\n` : statusText(facts, config) };
};

async function gatherStatus(branchName: string | undefined, config: Config, cwd: string): Promise<StatusFacts> {
  if (branchName === undefined) return { kind: 'detached' };
  const { branches, remote } = config;
  const branch = classifyBranch(branchName, branches);
  if (branch.kind === 'allowed' || branch.kind === 'invalid') return { kind: 'other', branch: branch.name, branchKind: branch.kind };

  const refs = branchNamesOf(await listRefTips(remote, cwd), remote);
  const behind = (names: string[]) => readLocalBehind(names, branch.name, refs, remote, cwd);
  if (branch.kind === 'main') return { kind: 'main', branch: branch.name, liveStage: config.liveStage, localBehind: await behind([branch.name]) };
  const refOf = (name: string) => (refs.remote.has(name) ? `${remote}/${name}` : refs.local.has(name) ? name : undefined);
  if (branch.kind === 'stage') {
    const engineer = (await readEngineer(cwd)) ?? FALLBACK_ENGINEER;
    const ref = refOf(branch.name) ?? branch.name;
    const [main, localBehind] = await Promise.all([versusMain(ref, refOf(branches.main), cwd), behind([branch.name, branches.main])]);
    return { kind: 'stage', branch: branch.name, stage: branch.stage, ref, engineer, main, localBehind };
  }

  const recorded = await readRecordedStage(branch.name, branches, cwd);
  const found =
    recorded !== undefined && refOf(recorded)
      ? { found: true as const, branch: recorded, source: 'recorded' as const }
      : { ...(await inferStageFromHistory('HEAD', stageRefsOf(refs, branches, remote), cwd)), source: 'inferred' as const };
  const base = { kind: 'work' as const, branch: branch.name, engineer: branch.engineer };
  if (!found.found) return { ...base, stage: undefined, candidates: found.candidates, localBehind: await behind([branches.main]) };
  const ref = refOf(found.branch)!;
  const [divergence, main, localBehind] = await Promise.all([countDivergence(ref, 'HEAD', cwd), versusMain(ref, refOf(branches.main), cwd), behind([found.branch, branches.main])]);
  const stage: WorkStage = {
    branch: found.branch,
    stage: found.branch.slice(branches.stagePrefix.length),
    source: found.source,
    ref,
    workOnly: divergence?.rightOnly ?? 0,
    stageOnly: divergence?.leftOnly ?? 0,
    main,
  };
  return { ...base, stage, candidates: [], localBehind };
}

async function versusMain(stageRef: string, mainRef: string | undefined, cwd: string): Promise<VersusMain | undefined> {
  if (mainRef === undefined) return undefined;
  const divergence = await countDivergence(stageRef, mainRef, cwd);
  return divergence && { ref: mainRef, stageOnly: divergence.leftOnly, mainOnly: divergence.rightOnly };
}
