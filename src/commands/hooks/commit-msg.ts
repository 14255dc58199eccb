import { isUtf8 } from 'node:buffer';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { loadConfig } from '../../config/load-config.js';
import { messageRules } from '../../config/message-rules.js';
import { cleanMessage } from '../../core/message/clean-message.js';
import { lintMessage } from '../../core/message/lint-message.js';
import { indexUsed, isRebaseReword, pathForPrefix, type ReuseAdvice } from '../../core/message/reuse-advice.js';
import { StageflowError, UsageError } from '../../errors.js';
import { ExitCode } from '../../exit-codes.js';
import { findHookRepository } from '../../git/hook-repository.js';
import { pathsInTemporaryIndex, stagedAllTracked } from '../../git/uncommitted-changes.js';
import { warningsText } from '../../messages/config-text.js';
import type { Command } from '../command.js';
import { commitCleanup } from './commit-cleanup.js';
import { judgeBranchAtCommitMsg } from './commit-msg-branch.js';
import { parseHookArgs } from './hook-args.js';
import { pushGuardNotice } from './push-guard-notice.js';

/** Kept beside COMMIT_EDITMSG, which git overwrites on the next commit. */
const REJECTED_MESSAGE_FILE = 'STAGEFLOW_REJECTED_MSG';

/** Loaded only to speak: an accepted message does not load the text, nor picocolors with it. */
const messageText = () => import('../../messages/message-text.js');

export const run: Command = async (args, context) => {
  const { positionals, projectDir } = parseHookArgs('commit-msg', args, context.cwd);
  const [file] = positionals;
  if (file === undefined) {
    throw new UsageError((await messageText()).noMessageFileText());
  }
  const messageFile = resolve(context.cwd, file);
  const bytes = await readMessage(messageFile);
  // Invalid UTF-8 becomes U+FFFD: the message is judged, never refused for its bytes.
  const raw = bytes.toString('utf8');
  // git's cleanup needs a git process (the config): the rest is done while it runs.
  const cleanup = commitCleanup(raw, context.cwd, context.env);
  cleanup.catch(() => undefined);
  // Found once, for the branch and for the notice.
  const repository = findHookRepository(context.cwd, context.env);
  repository.catch(() => undefined);
  // A notice, never a verdict on the commit: when it cannot be read, the commit is judged as ever.
  const guard = pushGuardNotice(repository, context.cwd, context.env, projectDir).catch(() => '');
  const loaded = await loadConfig(projectDir);
  const rules = await messageRules(loaded.config);
  // git writes MERGE_HEAD beside the message file before it runs the hook for a merge's commit.
  const merge = existsSync(join(dirname(messageFile), 'MERGE_HEAD'));
  // A guess at what git stores, judged meanwhile: most messages come from -m, with no comments to strip.
  const guess = cleanMessage(raw, null);
  const guessed = lintMessage(guess, rules, { merge });
  const branch = await judgeBranchAtCommitMsg(messageFile, loaded.config, repository, context.cwd, context.env);
  const cleaned = cleanMessage(raw, await cleanup);
  const verdict = cleaned === guess ? guessed : lintMessage(cleaned, rules, { merge });
  const warnings = warningsText(loaded.warnings);
  if (verdict.ok && branch.allowed) {
    return {
      code: ExitCode.ok,
      stderr:
        warnings +
        branch.notice +
        (verdict.warnings.length > 0 ? (await messageText()).messageWarningsText(verdict.warnings) : '') +
        (await guard),
    };
  }

  // The cleaned text, so the copy does not gather git's hints (or a `commit -v` diff) each round;
  // the bytes as they are when they are not UTF-8, which the cleaned text would have replaced.
  const keepBytes = cleaned.trim() === '' || !isUtf8(bytes);
  const savedCopy = saveCopy(
    join(dirname(messageFile), REJECTED_MESSAGE_FILE),
    keepBytes ? bytes : Buffer.from(`${cleaned}\n`),
  );
  const [advice, { messageRejectedText }] = await Promise.all([
    reuseAdvice(dirname(messageFile), context.cwd, context.env),
    messageText(),
  ]);
  const branchText = branch.allowed ? '' : await branch.refusal(savedCopy ?? messageFile, advice, verdict.ok);
  return {
    code: ExitCode.blocked,
    stderr:
      warnings +
      branchText +
      (verdict.ok
        ? ''
        : messageRejectedText(verdict.problems, cleaned.split('\n')[0] ?? '', savedCopy, messageFile, advice)) +
      (await guard),
  };
};

/** How to make the refused commit again: the message file sits in the git dir, beside rebase-merge/. */
async function reuseAdvice(gitDir: string, cwd: string, env: NodeJS.ProcessEnv): Promise<ReuseAdvice> {
  if (isRebaseReword(env.GIT_REFLOG_ACTION, existsSync(join(gitDir, 'rebase-merge')))) return { kind: 'reword' };
  switch (indexUsed(env.GIT_INDEX_FILE)) {
    case 'locked':
      return { kind: (await stagedAllTracked(cwd, env)) ? 'all' : 'restage' };
    case 'partial': {
      const paths = await pathsInTemporaryIndex(cwd, env);
      // A temporary index with no changed paths: git allows --only without paths only with --amend.
      return paths.length
        ? { kind: 'paths', paths: paths.map((path) => pathForPrefix(path, env.GIT_PREFIX ?? '')) }
        : { kind: 'amend-only' };
    }
    case 'index':
      return { kind: 'plain' };
  }
}

async function readMessage(path: string): Promise<Buffer> {
  try {
    return readFileSync(path);
  } catch (error) {
    const { unreadableMessageFileText } = await messageText();
    throw new StageflowError(
      unreadableMessageFileText(path, (error as NodeJS.ErrnoException).code ?? (error as Error).message),
      ExitCode.usage,
    );
  }
}

function saveCopy(path: string, bytes: Buffer): string | undefined {
  try {
    writeFileSync(path, bytes);
    return path;
  } catch {
    return undefined;
  }
}
