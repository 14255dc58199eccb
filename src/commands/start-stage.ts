import { loadConfig } from '../config/load-config.js';
import { stageBranchName, typedStageName } from '../core/start/stage-branch-name.js';
import { findStage, listStages } from '../core/start/stage-list.js';
import { StageflowError, UsageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { createBranch } from '../git/branches.js';
import { hasRemote } from '../git/config.js';
import { pushBranch } from '../git/remote.js';
import { findRepository } from '../git/repository.js';
import { shellQuote as q } from '../messages/render.js';
import {
  badStageNameText,
  noMainText,
  noRemoteToPushText,
  noStageNameText,
  pushFailedText,
  stageExistsText,
  startStageHelp,
} from '../messages/start-text.js';
import { leftOutNotice, stageCreatedText, startLabel } from '../messages/started-text.js';
import type { Command } from './command.js';
import { gatherRefs } from './start/gather-refs.js';
import { setUpPublishing } from './start/publish-setup.js';
import { resolveMainStart } from './start/resolve-start.js';
import { stageQuestion } from './start/stage-question.js';
import { parseStartStageArgs } from './start/start-stage-args.js';

export const run: Command = async (args, context) => {
  const flags = parseStartStageArgs(args);
  if (flags.help) return { code: ExitCode.ok, stdout: startStageHelp() };
  const { cwd } = context;
  await findRepository(cwd);
  if (flags.stage === undefined && !context.interactive) throw new UsageError(noStageNameText(flags.push));
  const { config } = await loadConfig(cwd);
  const { branches, remote } = config;
  if (flags.stage !== undefined) {
    const given = stageBranchName(flags.stage, branches);
    if (!given.ok) throw new UsageError(badStageNameText(given, branches));
  }

  // Before the fetch: creating the stage and then failing to publish it would leave half the work done.
  if (flags.push && !(await hasRemote(remote, cwd))) throw new StageflowError(noRemoteToPushText(flags.stage, remote));
  const facts = await gatherRefs(config, cwd, context.print);
  const stages = listStages(facts.tips, branches, remote);
  const stage =
    flags.stage ??
    typedStageName(await (await import('../prompt/index.js')).askName(stageQuestion(branches, stages)), branches).stage;
  const name = stageBranchName(stage, branches);
  if (!name.ok) throw new UsageError(badStageNameText(name, branches));
  const existing = findStage(stages, stage, branches);
  if (existing)
    throw new StageflowError(stageExistsText(existing.branch, stage, existing.remote !== undefined, remote));

  const start = await resolveMainStart(facts.tips, config, cwd);
  if (!start)
    throw new StageflowError(
      noMainText(
        branches,
        remote,
        facts.hasRemote,
        `npx stageflow start-stage ${q(stage)}${flags.push ? ' --push' : ''}`,
      ),
    );
  const notice = leftOutNotice(start, branches.main, remote);
  if (notice) context.print(notice);
  await createBranch(name.name, start.tip.sha, cwd);
  if (flags.push) {
    const pushed = await pushBranch(name.name, remote, cwd);
    if (!pushed.ok) return { code: ExitCode.blocked, stderr: pushFailedText(name.name, remote, pushed.detail) };
    // Only once it is on the remote: an upstream set before would make status take a stage never published for one merged and deleted.
    await setUpPublishing(name.name, remote, facts.hasRemote, cwd);
  }
  return { code: ExitCode.ok, stdout: stageCreatedText(name.name, startLabel(start), remote, flags.push, stage) };
};
