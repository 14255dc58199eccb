import { loadHooksConfig } from '../config/load-hooks-config.js';
import { classifyBranch } from '../core/branch/classify-branch.js';
import { FALLBACK_ENGINEER } from '../core/branch/suggest-branch.js';
import type { Config } from '../core/config/types.js';
import { branchNamesOf, compareRefOf } from '../core/start/ref-tips.js';
import { catchUpBranch } from '../core/status/catch-up-branch.js';
import type { StageOnRemote, StatusFacts, WorkStage } from '../core/status/status-facts.js';
import { UsageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { mergedIntoMain } from '../git/ancestry.js';
import { listRefTips } from '../git/branches.js';
import { hasRemote, readGitConfig } from '../git/config.js';
import { countDivergence, readLocalBehind, versusMain } from '../git/divergence.js';
import { readEngineer } from '../git/read-engineer.js';
import { readRecordedStage } from '../git/recorded-stages.js';
import { findRepository, type Repository, readHead } from '../git/repository.js';
import { findWorkStage } from '../git/work-branch-stage.js';
import { statusAllText } from '../messages/status-all-text.js';
import { MARKDOWN_ALONE_TEXT, STATUS_USAGE, statusText } from '../messages/status-text.js';
import type { Command, CommandResult } from './command.js';
import { parseCommandArgs } from './parse-command-args.js';
import { gatherAll } from './status/gather-all.js';

export const run: Command = async (args, context) => {
  const { values } = parseCommandArgs('status', STATUS_USAGE, {
    args,
    options: {
      json: { type: 'boolean' },
      all: { type: 'boolean' },
      'behind-main': { type: 'boolean' },
      markdown: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return { code: ExitCode.ok, stdout: `${STATUS_USAGE}\n` };
  if (values.markdown && !values['behind-main']) throw new UsageError(MARKDOWN_ALONE_TEXT);
  const json = values.json === true;
  const { cwd } = context;
  const [{ config }, repository] = await Promise.all([loadHooksConfig(cwd), findRepository(cwd)]);
  if (values.all) return statusAll(config, repository, json, cwd);
  if (values['behind-main'])
    return (await import('./status/behind-main.js')).statusBehindMain(config, values.markdown === true, cwd);
  const remoteConfigured = await hasRemote(config.remote, cwd);
  const facts = await gatherStatus((await readHead(repository)).branch, config, remoteConfigured, cwd);
  return {
    code: ExitCode.ok,
    stdout: json ? `${JSON.stringify(facts, null, 2)}\n` : statusText(facts, config, { hasRemote: remoteConfigured }),
  };
};

async function statusAll(config: Config, repository: Repository, json: boolean, cwd: string): Promise<CommandResult> {
  const [tips, head, engineer] = await Promise.all([
    listRefTips(config.remote, cwd),
    readHead(repository),
    json ? undefined : readEngineer(cwd),
  ]);
  const rows = await gatherAll(tips, head.branch, config, cwd);
  const mainRef = compareRefOf(branchNamesOf(tips, config.remote), config.branches.main, config.remote);
  if (json)
    return {
      code: ExitCode.ok,
      stdout: `${JSON.stringify({ remote: config.remote, main: mainRef ?? null, branches: rows }, null, 2)}\n`,
    };
  return { code: ExitCode.ok, stdout: statusAllText(rows, config, engineer ?? FALLBACK_ENGINEER, mainRef) };
}

async function gatherStatus(
  branchName: string | undefined,
  config: Config,
  hasRemote: boolean,
  cwd: string,
): Promise<StatusFacts> {
  if (branchName === undefined) return { kind: 'detached' };
  const { branches, remote } = config;
  const branch = classifyBranch(branchName, branches);
  if (branch.kind === 'allowed' || branch.kind === 'invalid')
    return { kind: 'other', branch: branch.name, branchKind: branch.kind };

  const refs = branchNamesOf(await listRefTips(remote, cwd), remote);
  const behind = (names: string[]) => readLocalBehind(names, branch.name, refs, remote, cwd);
  if (branch.kind === 'main')
    return { kind: 'main', branch: branch.name, liveStage: config.liveStage, localBehind: await behind([branch.name]) };
  const refOf = (name: string) => compareRefOf(refs, name, remote);
  /**
   * A stage not on the remote: gone from it (GitHub deletes a stage merged into main) when there is
   * no copy here, its copy tracks the remote's, or `done` (the stage, or this work on it) came into
   * main by a merge; else it exists only here, never pushed.
   */
  const onRemote = async (stageBranch: string, done: string): Promise<StageOnRemote> => {
    if (!hasRemote || refs.remote.has(stageBranch)) return 'published';
    if (!refs.local.has(stageBranch)) return 'gone';
    if ((await readGitConfig(`branch.${stageBranch}.merge`, cwd)) === `refs/heads/${stageBranch}`) return 'gone';
    const mainRef = refOf(branches.main);
    return mainRef !== undefined && (await mergedIntoMain(done, mainRef, cwd)) ? 'gone' : 'unpublished';
  };
  if (branch.kind === 'stage') {
    const engineer = (await readEngineer(cwd)) ?? FALLBACK_ENGINEER;
    const ref = refOf(branch.name) ?? branch.name;
    const [main, localBehind, where] = await Promise.all([
      versusMain(ref, refOf(branches.main), cwd),
      behind([branch.name, branches.main]),
      onRemote(branch.name, branch.name),
    ]);
    return {
      kind: 'stage',
      branch: branch.name,
      stage: branch.stage,
      ref,
      engineer,
      main,
      onRemote: where,
      localBehind,
    };
  }

  const base = { kind: 'work' as const, branch: branch.name, engineer: branch.engineer };
  const recorded = await readRecordedStage(branch.name, branches, cwd);
  if (recorded !== undefined && (await onRemote(recorded, 'HEAD')) === 'gone') {
    // GitHub deletes a stage once it is merged into main: that work is done, never another stage's.
    return {
      ...base,
      stage: undefined,
      candidates: [],
      goneStage: recorded,
      localBehind: await behind([branches.main]),
    };
  }
  const found = await findWorkStage(recorded, 'HEAD', refs, branches, remote, cwd);
  if (!found.found)
    return { ...base, stage: undefined, candidates: found.candidates, localBehind: await behind([branches.main]) };
  const ref = refOf(found.branch)!;
  const mainRef = refOf(branches.main);
  const [divergence, main, versusWork, localBehind, where] = await Promise.all([
    countDivergence(ref, 'HEAD', cwd),
    versusMain(ref, mainRef, cwd),
    mainRef === undefined ? undefined : countDivergence(mainRef, 'HEAD', cwd),
    behind([found.branch, branches.main]),
    onRemote(found.branch, 'HEAD'),
  ]);
  const stageName = found.branch.slice(branches.stagePrefix.length);
  const stage: WorkStage = {
    branch: found.branch,
    stage: stageName,
    source: found.source,
    ref,
    workOnly: divergence?.rightOnly ?? 0,
    stageOnly: divergence?.leftOnly ?? 0,
    main,
    workLacksMain: versusWork?.leftOnly ?? 0,
    published: where === 'published',
  };
  const catchUp = branch.name === catchUpBranch(branches, branch.engineer, stageName);
  return { ...base, stage, candidates: [], ...(catchUp ? { catchUp } : {}), localBehind };
}
