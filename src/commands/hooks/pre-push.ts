import type { Command } from '../../cli/command.js';
import { loadConfig } from '../../config/load-config.js';
import { cleanMessage } from '../../core/message/clean-message.js';
import { lintMessage } from '../../core/message/lint-message.js';
import { judgeRef, pushedTips, stageCreations } from '../../core/push/judge-push.js';
import { isZeroId, parseRefLines } from '../../core/push/parse-ref-lines.js';
import { ExitCode } from '../../exit-codes.js';
import { containsCommit, readNewCommits } from '../../git/push-facts.js';
import { readGitConfig } from '../../git/read-config-value.js';
import { badCommitsText, blockedRefText, malformedInputText, type BadCommit } from '../../messages/push-text.js';
import { parseHookArgs } from './hook-args.js';
import { stageMovedNotices } from './stage-moved-notices.js';

export const run: Command = async (args, context) => {
  const { positionals, projectDir } = parseHookArgs('pre-push', args, context.cwd);
  const [remote = 'origin', remoteUrl = ''] = positionals;
  const [input, loaded] = await Promise.all([context.readStdin(), loadConfig(projectDir)]);
  const warnings = loaded.warnings.map((w) => `${w}\n`).join('');
  const { updates, malformed } = parseRefLines(input);
  if (malformed.length > 0) return { code: ExitCode.blocked, stderr: warnings + malformedInputText(malformed) };

  const { branches, rules } = loaded.config;
  const remoteMain = `refs/remotes/${remote}/${branches.main}`;
  const onRemoteMain = new Map<string, boolean | undefined>();
  for (const creation of stageCreations(updates, branches)) {
    if (!onRemoteMain.has(creation.localSha)) onRemoteMain.set(creation.localSha, await containsCommit(remoteMain, creation.localSha, context.cwd));
  }
  const judged = updates.map((update) => judgeRef(update, branches, { onRemoteMain }));

  const remoteShas = updates.map((update) => update.remoteSha).filter((sha) => !isZeroId(sha));
  const commits = await readNewCommits(pushedTips(judged), remoteShas, context.cwd);
  const badCommits: BadCommit[] = [];
  for (const commit of commits) {
    const message = cleanMessage(commit.message, null);
    const verdict = lintMessage(message, rules);
    if (!verdict.ok) badCommits.push({ sha: commit.sha, isRoot: commit.parents.length === 0, subject: message.split('\n')[0] ?? '', problems: verdict.problems });
  }

  const blocked = judged.filter((ref) => !ref.verdict.allowed);
  if (blocked.length === 0 && badCommits.length === 0) {
    return { code: ExitCode.ok, stderr: warnings + (await stageMovedNotices(judged, remote, branches, context.cwd)) };
  }

  const engineerName = await readGitConfig('user.name', context.cwd);
  const pushContext = { config: loaded.config, remote, remoteUrl, engineerName };
  const reports = [...blocked.map((ref) => blockedRefText(ref, pushContext)), ...(badCommits.length > 0 ? [badCommitsText(badCommits)] : [])];
  return { code: ExitCode.blocked, stderr: warnings + reports.join('\n') };
};
