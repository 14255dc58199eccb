import { loadHooksConfig } from '../config/load-hooks-config.js';
import { classifyBranch } from '../core/branch/classify-branch.js';
import { FALLBACK_ENGINEER } from '../core/branch/suggest-branch.js';
import { judgeSyncHead } from '../core/sync/judge-sync-head.js';
import { planSync } from '../core/sync/plan-sync.js';
import { ExitCode } from '../exit-codes.js';
import { readEngineer } from '../git/read-engineer.js';
import { fetchRemote } from '../git/remote.js';
import { findRepository, readHead } from '../git/repository.js';
import { fetchingText, fetchNotice } from '../messages/started-text.js';
import {
  blockedPlanText,
  dryRunText,
  refusedStepText,
  SYNC_USAGE,
  stageGoneText,
  stageUnknownText,
  stashFailedText,
  stoppedText,
  syncOutcomeText,
  syncRefusalText,
} from '../messages/sync-text.js';
import type { Command } from './command.js';
import { parseCommandArgs } from './parse-command-args.js';
import { gatherSyncFacts } from './sync/gather-sync-facts.js';
import { runSync } from './sync/run-sync.js';

export const run: Command = async (args, context) => {
  const options = { 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;
  const { values } = parseCommandArgs('sync', SYNC_USAGE, { args, options });
  if (values.help) return { code: ExitCode.ok, stdout: `${SYNC_USAGE}\n` };
  const { cwd } = context;
  const [{ config }, repository] = await Promise.all([loadHooksConfig(cwd), findRepository(cwd)]);
  const head = await readHead(repository);
  const refusal = judgeSyncHead({
    branch: head.branch === undefined ? undefined : classifyBranch(head.branch, config.branches),
    operation: head.operation,
  });
  if (refusal) {
    const engineer = (refusal.why === 'stage' ? await readEngineer(cwd) : undefined) ?? FALLBACK_ENGINEER;
    return { code: ExitCode.blocked, stderr: syncRefusalText(refusal, config, engineer) };
  }
  const branch = head.branch!;

  const fetched = await fetchRemote(config.remote, cwd, config.fetchTimeoutMs, () =>
    process.stderr.write(fetchingText(config.remote)),
  );
  const notice = fetchNotice(fetched, config.remote);
  const gathered = await gatherSyncFacts(branch, config, cwd);
  if ('gone' in gathered)
    return { code: ExitCode.blocked, stderr: notice + stageGoneText(branch, gathered.gone, config) };
  if (!gathered.found)
    return { code: ExitCode.blocked, stderr: notice + stageUnknownText(branch, gathered.candidates, config) };
  const plan = planSync(gathered.facts, config.branches.main);
  if (plan.kind !== 'act') return { code: ExitCode.blocked, stderr: notice + blockedPlanText(plan) };
  if (values['dry-run']) return { code: ExitCode.ok, stdout: dryRunText(plan), stderr: notice };

  const outcome = await runSync(plan, gathered.published, repository, cwd);
  switch (outcome.kind) {
    case 'done':
      return {
        code: outcome.unstashed.kind === 'failed' ? ExitCode.blocked : ExitCode.ok,
        stdout: syncOutcomeText(outcome, config),
        stderr: notice,
      };
    case 'stopped':
      return { code: ExitCode.blocked, stderr: notice + stoppedText(outcome) };
    case 'refused':
      return { code: ExitCode.blocked, stderr: notice + refusedStepText(outcome) };
    case 'stash-failed':
      return { code: ExitCode.blocked, stderr: notice + stashFailedText(outcome.detail) };
  }
};
