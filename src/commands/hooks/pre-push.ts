import { loadConfig } from '../../config/load-config.js';
import { messageRules } from '../../config/message-rules.js';
import { engineerSlug } from '../../core/branch/suggest-branch.js';
import type { BranchConfig, Config } from '../../core/config/types.js';
import { emptyInputIsUnknown } from '../../core/hooks/empty-push-input.js';
import { RUNNER_ENV } from '../../core/hooks/runner-env.js';
import { type BadCommit, judgeStoredMessage } from '../../core/message/judge-commits.js';
import type { MessageRules } from '../../core/message/lint-message.js';
import { beforeAdoption, staysLocal } from '../../core/push/before-adoption.js';
import { chooseRefusalFix, type RefusalFacts } from '../../core/push/choose-refusal-fix.js';
import { CommitGraphText } from '../../core/push/commit-graph-text.js';
import type { PushedTip } from '../../core/push/group-by-branch.js';
import { branchOfRef, type JudgedRef, judgeRef, pushedTips, stageCreations } from '../../core/push/judge-push.js';
import { isZeroId, parseRefLines, type RefUpdate } from '../../core/push/parse-ref-lines.js';
import { planRewords } from '../../core/push/plan-rewords.js';
import { ExitCode } from '../../exit-codes.js';
import { commitsOnRef } from '../../git/ancestry.js';
import { isOnlyBranchBeforeMain, listRefIds, readTakenBranches } from '../../git/branches.js';
import { countUnpublished } from '../../git/divergence.js';
import { findAdoption } from '../../git/find-adoption.js';
import { findHookRepository } from '../../git/hook-repository.js';
import { type StartedLog, startNewCommitsLog } from '../../git/read-commits.js';
import { readEngineer } from '../../git/read-engineer.js';
import { readRecordedStages } from '../../git/recorded-stages.js';
import { readHead } from '../../git/repository.js';
import { warningsText } from '../../messages/config-text.js';
import type { Command } from '../command.js';
import { parseHookArgs } from './hook-args.js';
import { stageMovedNotices } from './stage-moved-notices.js';

export const run: Command = async (args, context) => {
  const { positionals, projectDir } = parseHookArgs('pre-push', args, context.cwd);
  const [remote = 'origin', remoteUrl = ''] = positionals;
  const { cwd } = context;
  // The branch tips, which the stage-moved notice starts from, depend on the remote alone: git
  // lists them while the ref lines and the config are read. A push with no work branch lets them go.
  const branchTips = listRefIds(remote, cwd);
  branchTips.catch(() => undefined);
  const [input, loaded] = await Promise.all([context.readStdin(), loadConfig(projectDir)]);
  const warnings = warningsText(loaded.warnings);
  if (emptyInputIsUnknown(input, context.env[RUNNER_ENV]))
    return {
      code: ExitCode.blocked,
      stderr: warnings + (await import('../../messages/runner-text.js')).noRefLinesText(),
    };
  const { updates, malformed } = parseRefLines(input);
  if (malformed.length > 0)
    return {
      code: ExitCode.blocked,
      stderr: warnings + (await import('../../messages/push-text.js')).malformedInputText(malformed),
    };
  if (staysLocal(remoteUrl)) return { code: ExitCode.ok, stderr: warnings };

  const { branches } = loaded.config;
  const judged = await judgeRefs(updates, remote, branches, cwd);
  // The new commits are listed first: over a long push, git's walk is what the hook waits for.
  const tips = pushedTips(judged);
  const log = startNewCommitsLog(tips, remoteShasOf(updates), cwd);
  // Read once, by the notice and by a refusal, whichever asks first.
  let recorded: Promise<Map<string, string>> | undefined;
  const repositoryFound = findHookRepository(cwd, context.env);
  repositoryFound.catch(() => undefined);
  const recordedStages = () =>
    (recorded ??= repositoryFound.then((found) => readRecordedStages(branches, cwd, found.commonDir)));
  // The notice needs only the judged refs, so its git processes run alongside the log; it is
  // awaited only when the push goes ahead.
  const notices = stageMovedNotices(judged, remote, branches, recordedStages, branchTips, cwd);
  notices.catch(() => undefined);
  const { bad, graph } = await judgePushedMessages(log, loaded.config);
  const blocked = judged.filter((ref) => !ref.verdict.allowed);
  if (blocked.length === 0 && bad.length === 0) return { code: ExitCode.ok, stderr: warnings + (await notices) };

  // Only a refused push pays for what follows.
  const parents = bad.length === 0 ? new Map<string, string[]>() : graph.read();
  const badCommits = await withoutPreAdoption(bad, parents, tips, cwd);
  if (blocked.length === 0 && badCommits.length === 0) return { code: ExitCode.ok, stderr: warnings + (await notices) };
  const repository = await repositoryFound;
  // The checked-out branch: what HEAD names, where a reword runs, and whether a fix must switch away.
  const headBranch = (await readHead(repository)).branch;
  const localBranch = (ref: JudgedRef) =>
    branchOfRef(ref.update.localRef) ?? (ref.update.localRef === 'HEAD' ? headBranch : undefined);
  const reports: string[] = [];
  if (blocked.length > 0) {
    const facts = await gatherRefusalFacts(
      blocked,
      updates,
      remote,
      loaded.config,
      { repository, recordedStages, localBranch, remoteUrl, headBranch },
      cwd,
    );
    const refusals = blocked.flatMap((ref) => chooseRefusalFix(ref, facts) ?? []);
    // Loaded only to speak: an accepted push does not load the texts, nor picocolors with them.
    const { blockedRefText } = await import('../../messages/blocked-ref-text.js');
    const words = { branches, remote, configRemote: loaded.config.remote };
    reports.push(...refusals.map((refusal) => blockedRefText(refusal, words)));
  }
  if (badCommits.length > 0) {
    const { badCommitsText } = await import('../../messages/push-text.js');
    reports.push(
      badCommitsText(badCommits, planRewords(badCommits, parents, pushedBranchTips(judged, localBranch), headBranch)),
    );
  }
  return { code: ExitCode.blocked, stderr: warnings + reports.join('\n') };
};

/** Each ref line's verdict; new stages are checked against the remote's main in one git process. */
async function judgeRefs(
  updates: readonly RefUpdate[],
  remote: string,
  branches: BranchConfig,
  cwd: string,
): Promise<JudgedRef[]> {
  const creations = stageCreations(updates, branches).map((creation) => creation.localSha);
  const onRemoteMain = await commitsOnRef(`refs/remotes/${remote}/${branches.main}`, creations, cwd);
  return updates.map((update) => judgeRef(update, branches, { onRemoteMain }));
}

/**
 * The commits the push adds whose messages break the rules, judged as git lists them, in one git
 * process, and the graph of all of them, which only a refusal reads (CommitGraphText).
 */
async function judgePushedMessages(
  log: StartedLog,
  config: Config,
): Promise<{ bad: BadCommit[]; graph: CommitGraphText }> {
  const bad: BadCommit[] = [];
  const graph = new CommitGraphText();
  let rules: MessageRules;
  try {
    // git walks the history while the rules are made ready (a ticket pattern loads RE2).
    rules = await messageRules(config);
  } catch (error) {
    log.stop();
    throw error;
  }
  await log.read((commit) => {
    graph.add(commit.sha, commit.parents);
    const verdict = judgeStoredMessage(commit, rules);
    if (verdict) bad.push(verdict);
  });
  return { bad, graph };
}

/** What the remote has of each pushed ref: history that is not the pusher's to answer for. */
function remoteShasOf(updates: readonly RefUpdate[]): string[] {
  return updates.map((update) => update.remoteSha).filter((sha) => !isZeroId(sha));
}

/** The bad commits, less those made before the project adopted stageflow (beforeAdoption). */
async function withoutPreAdoption(
  bad: BadCommit[],
  parents: ReadonlyMap<string, readonly string[]>,
  tips: readonly string[],
  cwd: string,
): Promise<BadCommit[]> {
  if (bad.length === 0) return bad;
  const before = beforeAdoption(parents, await findAdoption(tips, cwd));
  return bad.filter((commit) => !before.has(commit.sha));
}

interface RefusalSources {
  repository: Awaited<ReturnType<typeof findHookRepository>>;
  recordedStages: () => Promise<Map<string, string>>;
  localBranch: (ref: JudgedRef) => string | undefined;
  remoteUrl: string;
  headBranch: string | undefined;
}

/** What choosing the fixes for `blocked` refs needs; git processes only for what it names. */
async function gatherRefusalFacts(
  blocked: readonly JudgedRef[],
  updates: readonly RefUpdate[],
  remote: string,
  config: Config,
  { repository, recordedStages, localBranch, remoteUrl, headBranch }: RefusalSources,
  cwd: string,
): Promise<RefusalFacts> {
  const { branches } = config;
  const [engineerName, recorded, taken] = await Promise.all([
    readEngineer(cwd),
    recordedStages(),
    readTakenBranches(repository),
  ]);
  const sources = new Set(blocked.map(localBranch));
  // A protected branch pushed as itself: are there commits to move to a work branch, or none?
  const updated = blocked
    .filter((ref) => ref.verdict.why === 'protected-update')
    .map((ref) => ({ sha: ref.update.localSha, remoteSha: ref.update.remoteSha }));
  const unpublished = await countUnpublished(updated, remote, cwd);
  // A brand-new repository pushing its only branch (git's default, master) to an empty remote: it should become main.
  const firstBranch = blocked.find((ref) => ref.verdict.why === 'invalid-name')?.update.localRef;
  const firstName = firstBranch === undefined ? undefined : branchOfRef(firstBranch);
  const firstPush =
    firstName !== undefined &&
    updates.every((update) => isZeroId(update.remoteSha)) &&
    (await isOnlyBranchBeforeMain(firstName, remote, branches.main, cwd))
      ? firstName
      : undefined;
  return {
    branches,
    remote,
    remoteUrl,
    configRemote: config.remote,
    engineer: engineerSlug(engineerName),
    engineerName,
    headBranch,
    recordedStages: new Map([...recorded].filter(([branch]) => sources.has(branch))),
    taken,
    unpublished,
    firstPush,
  };
}

/** The allowed branches and tags pushed, in push order, each with the local branch it is (if any). */
function pushedBranchTips(
  judged: readonly JudgedRef[],
  localBranch: (ref: JudgedRef) => string | undefined,
): PushedTip[] {
  return judged
    .filter((ref) => ref.verdict.allowed && ref.action !== 'delete')
    .map((ref) => ({ branch: ref.branch ? localBranch(ref) : undefined, sha: ref.update.localSha }));
}
