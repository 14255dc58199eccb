import type { Command } from '../cli/command.js';
import { parseCommandArgs } from '../cli/parse-command-args.js';
import { loadConfig } from '../config/load-config.js';
import type { Config } from '../config/types.js';
import { classifyBranch } from '../core/branch/classify-branch.js';
import { FALLBACK_ENGINEER } from '../core/branch/suggest-branch.js';
import { branchNamesOf, type BranchNames } from '../core/start/ref-tips.js';
import { inferStage } from '../core/status/infer-stage.js';
import type { StatusFacts, VersusMain, WorkStage } from '../core/status/status-facts.js';
import { ExitCode } from '../exit-codes.js';
import { countDivergence } from '../git/count-divergence.js';
import { listRefTips } from '../git/list-ref-tips.js';
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
  if (branch.kind === 'main') return { kind: 'main', branch: branch.name, liveStage: config.liveStage };
  if (branch.kind === 'allowed' || branch.kind === 'invalid') return { kind: 'other', branch: branch.name, branchKind: branch.kind };

  const refs = branchNamesOf(await listRefTips(remote, cwd), remote);
  const refOf = (name: string) => (refs.remote.has(name) ? `${remote}/${name}` : refs.local.has(name) ? name : undefined);
  if (branch.kind === 'stage') {
    const engineer = (await readEngineer(cwd)) ?? FALLBACK_ENGINEER;
    const ref = refOf(branch.name) ?? branch.name;
    return { kind: 'stage', branch: branch.name, stage: branch.stage, ref, engineer, main: await versusMain(ref, refOf(branches.main), cwd) };
  }

  const recorded = await readRecordedStage(branch.name, branches, cwd);
  const found = recorded !== undefined && refOf(recorded) ? { branch: recorded, source: 'recorded' as const } : await inferFromHistory(refs, config, refOf, cwd);
  const base = { kind: 'work' as const, branch: branch.name, engineer: branch.engineer };
  if ('candidates' in found) return { ...base, stage: undefined, candidates: found.candidates };
  const ref = refOf(found.branch)!;
  const divergence = await countDivergence(ref, 'HEAD', cwd);
  const stage: WorkStage = {
    branch: found.branch,
    stage: found.branch.slice(branches.stagePrefix.length),
    source: found.source,
    ref,
    workOnly: divergence?.rightOnly ?? 0,
    stageOnly: divergence?.leftOnly ?? 0,
    main: await versusMain(ref, refOf(branches.main), cwd),
  };
  return { ...base, stage, candidates: [] };
}

async function versusMain(stageRef: string, mainRef: string | undefined, cwd: string): Promise<VersusMain | undefined> {
  if (mainRef === undefined) return undefined;
  const divergence = await countDivergence(stageRef, mainRef, cwd);
  return divergence && { ref: mainRef, stageOnly: divergence.leftOnly, mainOnly: divergence.rightOnly };
}

/** One `rev-list --count` per stage branch, a few at a time: status is a command, not a hook. */
async function inferFromHistory(
  refs: BranchNames,
  config: Config,
  refOf: (name: string) => string | undefined,
  cwd: string,
): Promise<{ branch: string; source: 'inferred' } | { candidates: string[] }> {
  const stages = [...new Set([...refs.remote, ...refs.local])].filter((name) => classifyBranch(name, config.branches).kind === 'stage');
  const candidates: { branch: string; workOnly: number }[] = [];
  for (let i = 0; i < stages.length; i += 8) {
    const batch = stages.slice(i, i + 8);
    const counted = await Promise.all(batch.map((name) => countDivergence(refOf(name)!, 'HEAD', cwd)));
    batch.forEach((name, index) => {
      const divergence = counted[index];
      if (divergence) candidates.push({ branch: name, workOnly: divergence.rightOnly });
    });
  }
  const inference = inferStage(candidates);
  return inference.found ? { branch: inference.branch, source: 'inferred' } : { candidates: inference.candidates };
}
