import type { Command } from '../../cli/command.js';
import { loadConfig } from '../../config/load-config.js';
import { judgeStoredMessage, type BadCommit } from '../../core/message/judge-commits.js';
import type { PushedTip } from '../../core/push/group-by-branch.js';
import { planRewords } from '../../core/push/plan-rewords.js';
import { branchOfRef, judgeRef, pushedTips, stageCreations, type JudgedRef } from '../../core/push/judge-push.js';
import { isZeroId, parseRefLines } from '../../core/push/parse-ref-lines.js';
import { stageBranchOf } from '../../core/status/stage-branch-of.js';
import { ExitCode } from '../../exit-codes.js';
import { stageKey } from '../../git/config-keys.js';
import { countUnpublished } from '../../git/count-unpublished.js';
import { isOnlyBranchBeforeMain } from '../../git/first-push-facts.js';
import { commitsOnRef } from '../../git/commits-on-ref.js';
import { forEachNewCommit } from '../../git/push-facts.js';
import { readGitConfigs } from '../../git/read-config-value.js';
import { engineerOf, ENGINEER_KEYS } from '../../git/read-engineer.js';
import { findHookRepository } from '../../git/hook-repository.js';
import { readHead } from '../../git/repository.js';
import { readTakenBranches } from '../../git/taken-branches.js';
import { warningsText } from '../../messages/config-text.js';
import { parseHookArgs } from './hook-args.js';
import { stageMovedNotices } from './stage-moved-notices.js';

export const run: Command = async (args, context) => {
  const { positionals, projectDir } = parseHookArgs('pre-push', args, context.cwd);
  const [remote = 'origin', remoteUrl = ''] = positionals;
  const [input, loaded] = await Promise.all([context.readStdin(), loadConfig(projectDir)]);
  const warnings = warningsText(loaded.warnings);
  const { updates, malformed } = parseRefLines(input);
  if (malformed.length > 0) return { code: ExitCode.blocked, stderr: warnings + (await import('../../messages/push-text.js')).malformedInputText(malformed) };

  const { branches, rules } = loaded.config;
  const remoteMain = `refs/remotes/${remote}/${branches.main}`;
  const onRemoteMain = await commitsOnRef(remoteMain, stageCreations(updates, branches).map((creation) => creation.localSha), context.cwd);
  const judged = updates.map((update) => judgeRef(update, branches, { onRemoteMain }));

  const remoteShas = updates.map((update) => update.remoteSha).filter((sha) => !isZeroId(sha));
  // The notice needs only the judged refs, so its git processes run alongside the log; it is
  // awaited only when the push goes ahead.
  const notices = stageMovedNotices(judged, remote, branches, context.cwd);
  notices.catch(() => undefined);
  const badCommits: BadCommit[] = [];
  // Kept to tell, if some message is bad, which pushed branch holds it (ids only: small).
  const parents = new Map<string, string[]>();
  // Each message is judged as git lists it, while git reads the next ones.
  await forEachNewCommit(pushedTips(judged), remoteShas, context.cwd, (commit) => {
    parents.set(commit.sha, commit.parents);
    const bad = judgeStoredMessage(commit, rules);
    if (bad) badCommits.push(bad);
  });

  const blocked = judged.filter((ref) => !ref.verdict.allowed);
  if (blocked.length === 0 && badCommits.length === 0) {
    return { code: ExitCode.ok, stderr: warnings + (await notices) };
  }

  // Only a refused push pays for these: one git process for the config; the repository, HEAD and
  // the taken branch names read from their files.
  // The checked-out branch: what HEAD names, where a reword runs, and whether a fix must switch away.
  const repository = await findHookRepository(context.cwd, context.env);
  const headBranch = (await readHead(repository)).branch;
  const taken = blocked.length > 0 ? await readTakenBranches(repository) : undefined;
  const localBranch = (ref: JudgedRef) => branchOfRef(ref.update.localRef) ?? (ref.update.localRef === 'HEAD' ? headBranch : undefined);
  const sources = [...new Set(blocked.map(localBranch))];
  const stageKeys = new Map(sources.filter((name) => name !== undefined).map((name) => [stageKey(name), name]));
  const gitConfig = await readGitConfigs([...ENGINEER_KEYS, ...stageKeys.keys()], context.cwd);
  const recordedStages = new Map([...stageKeys].flatMap(([key, name]) => {
    const stage = stageBranchOf(gitConfig.get(key), branches);
    return stage === undefined ? [] : [[name, stage]];
  }));
  // A protected branch pushed as itself: are there commits to move to a work branch, or none?
  const unpublished = new Map<string, number | undefined>();
  for (const ref of blocked) {
    if (ref.verdict.why === 'protected-update' && !unpublished.has(ref.update.localSha)) {
      unpublished.set(ref.update.localSha, await countUnpublished(ref.update.localSha, ref.update.remoteSha, remote, context.cwd));
    }
  }
  // A brand-new repository pushing its only branch (git's default, master) to an empty remote: it should become main.
  const firstBranch = blocked.find((ref) => ref.verdict.why === 'invalid-name')?.update.localRef;
  const firstName = firstBranch === undefined ? undefined : branchOfRef(firstBranch);
  const firstPush =
    firstName !== undefined && updates.every((update) => isZeroId(update.remoteSha)) && (await isOnlyBranchBeforeMain(firstName, remote, branches.main, context.cwd))
      ? firstName
      : undefined;
  // Loaded only to speak: an accepted push does not load the texts, nor picocolors with them.
  const [{ blockedRefText }, { badCommitsText }] = await Promise.all([import('../../messages/blocked-ref-text.js'), import('../../messages/push-text.js')]);
  const pushContext = { config: loaded.config, remote, remoteUrl, engineerName: engineerOf(gitConfig), headBranch, recordedStages, taken, unpublished, firstPush };
  const reports = [...blocked.map((ref) => blockedRefText(ref, pushContext)), ...(badCommits.length > 0 ? [badCommitsText(badCommits, planRewords(badCommits, parents, pushedBranchTips(judged, localBranch), headBranch))] : [])];
  return { code: ExitCode.blocked, stderr: warnings + reports.join('\n') };
};

/** The allowed branches and tags pushed, in push order, each with the local branch it is (if any). */
function pushedBranchTips(judged: readonly JudgedRef[], localBranch: (ref: JudgedRef) => string | undefined): PushedTip[] {
  return judged.filter((ref) => ref.verdict.allowed && ref.action !== 'delete').map((ref) => ({ branch: ref.branch ? localBranch(ref) : undefined, sha: ref.update.localSha }));
}
