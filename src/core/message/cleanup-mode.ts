import { AUTO_COMMENT_CHARS, autoCommentChar, type Cleanup, SCISSORS, stripSpace } from './clean-message.js';
import type { CommitOptions } from './commit-invocation.js';
import type { MergeOptions } from './merge-invocation.js';

/** What the commit-msg hook can know about how git will clean the message it is judging. */
export interface CleanupFacts {
  /** `core.commentChar` (or `core.commentString`), as configured. */
  commentChar: string | undefined;
  /** `commit.cleanup`. */
  configCleanup: string | undefined;
  /** `commit.verbose`. */
  configVerbose: string | undefined;
  /** GIT_EDITOR as the hook sees it: git sets it to `:` when it opens no editor. */
  hookEditor: string | undefined;
  /** The git process that runs the hook, when the hook could see it (Linux /proc). */
  git: GitProcess | undefined;
}

export interface GitProcess {
  /** `commit`, `merge`, ...: the command after global options and alias expansion. */
  command: string;
  /** Its options when the command is `commit` and they could be read; undefined otherwise. */
  options: CommitOptions | undefined;
  /** Its options when the command is `merge` and they could be read; undefined otherwise. */
  mergeOptions?: MergeOptions | undefined;
  /** GIT_EDITOR in git's own environment (unset: undefined), or null when it could not be read. */
  editorEnv: string | undefined | null;
}

type Mode = 'strip' | 'whitespace' | 'verbatim' | 'scissors';

/**
 * How git will clean this message: git's `get_cleanup_mode()` and `cleanup_message()` fed with
 * the hook's best knowledge of the command line. Where it cannot see the command line (not Linux,
 * or a command other than commit), it reads git's hints in the message file; pre-push and
 * `stageflow check` judge the stored commit and have the last word.
 */
export function cleanupFor(facts: CleanupFacts, raw: string): Cleanup {
  const options = facts.git?.command === 'commit' ? facts.git.options : undefined;
  const editor = editorUsed(facts, options, raw);
  const flag = facts.git?.command === 'merge' ? facts.git.mergeOptions?.cleanup : options?.cleanup;
  const mode = modeOf(flag ?? facts.configCleanup, editor);
  const comment = commentString(facts.commentChar, editor, options, raw);
  return {
    cut: mode === 'scissors' || verbose(facts, options, editor, raw, comment),
    stripSpace: mode !== 'verbatim',
    stripComments: mode === 'strip',
    comment,
  };
}

/** git runs the hook with GIT_EDITOR=":" exactly when it opens no editor; the user may have set it too. */
function editorUsed(facts: CleanupFacts, options: CommitOptions | undefined, raw: string): boolean {
  if (facts.hookEditor !== ':') return true;
  const command = facts.git?.command;
  const editorEnv = facts.git?.editorEnv;
  // git's own environment had no GIT_EDITOR=":", so git set it: no editor.
  if ((command === 'commit' || command === 'merge') && editorEnv !== null && editorEnv !== ':') return false;
  if (options) return options.editor;
  return hasEditorHints(raw);
}

function modeOf(setting: string | undefined, editor: boolean): Mode {
  switch ((setting ?? 'default').toLowerCase()) {
    case 'verbatim':
      return 'verbatim';
    case 'whitespace':
      return 'whitespace';
    case 'scissors':
      return editor ? 'scissors' : 'whitespace';
    case 'default':
      return editor ? 'strip' : 'whitespace';
    default:
      // `strip`; git refuses any other mode before it runs a hook.
      return 'strip';
  }
}

function commentString(
  setting: string | undefined,
  editor: boolean,
  options: CommitOptions | undefined,
  raw: string,
): string {
  if (setting === undefined || setting === '') return '#';
  if (setting.toLowerCase() !== 'auto') return setting;
  // Without an editor the file is the message git chose from; with one, git's hints tell.
  if (!editor) return autoCommentChar(raw) ?? '#';
  return (
    hintChar(raw) ??
    (options?.messages.length ? autoCommentChar(messageFromOptions(options.messages)) : undefined) ??
    '#'
  );
}

function verbose(
  facts: CleanupFacts,
  options: CommitOptions | undefined,
  editor: boolean,
  raw: string,
  comment: string,
): boolean {
  if (options?.verbose !== undefined) return options.verbose > 0;
  // git merge cleans its message without cutting (its -v is about its output).
  if (facts.git?.command === 'merge') return false;
  if (configVerbose(facts.configVerbose)) return true;
  if (options) return false;
  // The command line is unknown: git writes its scissors line into an editor session for -v.
  return editor && scissorsAtLineStart(raw, comment);
}

/** git's `git_config_bool_or_int` for commit.verbose. */
function configVerbose(value: string | undefined): boolean {
  if (value === undefined) return false;
  const lower = value.trim().toLowerCase();
  if (['true', 'yes', 'on'].includes(lower)) return true;
  const number = Number.parseInt(lower, 10);
  return Number.isFinite(number) && number > 0;
}

/** The comment lines git writes below the message in an editor session: its scissors line or its "Please enter" hint. */
function hasEditorHints(raw: string): boolean {
  return raw
    .split('\n')
    .some((line) => isGitScissors(line) || /^. Please enter the commit message for your changes\./.test(line));
}

function isGitScissors(line: string): boolean {
  return (
    line.length === SCISSORS.length + 2 && AUTO_COMMENT_CHARS.includes(line[0]!) && line.slice(1) === ` ${SCISSORS}`
  );
}

function scissorsAtLineStart(raw: string, comment: string): boolean {
  return raw.split('\n').includes(`${comment} ${SCISSORS}`);
}

/**
 * With `auto`, git picks a character no line of the starting message begins with and writes its
 * hints with it: the scissors line, or else the last comment line, tells which one it picked.
 */
function hintChar(raw: string): string | undefined {
  const lines = raw.split('\n');
  const scissors = lines.find(isGitScissors);
  if (scissors) return scissors[0];
  const last = [...lines].reverse().find((line) => line.trim() !== '');
  if (last && AUTO_COMMENT_CHARS.includes(last[0]!) && (last.length === 1 || last[1] === ' ' || last[1] === '\t'))
    return last[0];
  return undefined;
}

/** The message `-m` gives git to start from: one paragraph each, white space cleaned. */
function messageFromOptions(messages: readonly string[]): string {
  return stripSpace(messages.map((message) => (message.endsWith('\n') ? message : `${message}\n`)).join('\n'));
}
