import type { Cleanup } from '../../core/message/clean-message.js';
import { cleanupFor } from '../../core/message/cleanup-mode.js';
import { expandAlias, parseCommitOptions, splitGitCommandLine } from '../../core/message/commit-invocation.js';
import { parseMergeOptions } from '../../core/message/merge-invocation.js';
import { readGitConfigs } from '../../git/config.js';
import { findInvokingGit } from '../../git/invoking-git.js';

/** Commands git runs without looking at aliases (a builtin wins over an alias of its name). */
const BUILTINS = new Set(['commit', 'merge', 'pull', 'rebase', 'cherry-pick', 'revert', 'am']);

/**
 * How git will clean the message of the commit this commit-msg hook judges. git tells a hook
 * nothing of its command line, so the hook reads it from the git process above it (Linux /proc:
 * `--cleanup` of git commit or git merge, `-v`, `-e`, `-m`, and whether GIT_EDITOR=":" was set by
 * git or by the user), and the config with one git process. Elsewhere it goes by GIT_EDITOR, the config and git's hints in
 * the file; pre-push and `stageflow check` judge the stored commit whatever the hook decided.
 */
export async function commitCleanup(raw: string, cwd: string, env: NodeJS.ProcessEnv): Promise<Cleanup> {
  const invoking = findInvokingGit(process.ppid);
  const line = invoking && splitGitCommandLine(invoking.argv);
  const aliasKey = line && !BUILTINS.has(line.command) ? `alias.${line.command}` : undefined;
  const keys = ['core.commentChar', 'core.commentString', 'commit.cleanup', 'commit.verbose'];
  const config = await readGitConfigs(aliasKey ? [...keys, aliasKey] : keys, cwd);
  const command = line && aliasKey ? expandAlias(line, config.get(aliasKey)) : line;
  const git = invoking &&
    command && {
      command: command.command,
      options: command.command === 'commit' ? parseCommitOptions(command.args) : undefined,
      mergeOptions: command.command === 'merge' ? parseMergeOptions(command.args) : undefined,
      editorEnv: invoking.editorEnv,
    };
  return cleanupFor(
    {
      // git 2.45+ also reads core.commentString, which may be longer than one character.
      commentChar: config.get('core.commentString') || config.get('core.commentChar') || undefined,
      configCleanup: config.get('commit.cleanup'),
      configVerbose: config.get('commit.verbose'),
      hookEditor: env.GIT_EDITOR,
      git: git || undefined,
    },
    raw,
  );
}
