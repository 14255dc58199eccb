/**
 * Reads a git command line the way git does, far enough to know how `git commit` will clean its
 * message: git.c's global options, one alias, and builtin/commit.c's options through
 * parse-options (bundled short options, attached values, unique abbreviations, `--no-`).
 * Anything it cannot read for certain gives undefined, and the hook falls back to what it sees.
 */

import { type OptionState, optionSpec, readOptions } from './parse-options.js';

export interface GitCommandLine {
  command: string;
  args: string[];
}

export interface CommitOptions {
  /** git opens an editor (`use_editor` in builtin/commit.c). */
  editor: boolean;
  /** `--cleanup=<mode>`, when given. */
  cleanup: string | undefined;
  /** The `-v` count, when given (`--no-verbose`: 0); undefined leaves it to commit.verbose. */
  verbose: number | undefined;
  /** The `-m` values, in order. */
  messages: string[];
}

/** git.c's global options that take the next argument as their value. */
const GLOBAL_WITH_VALUE = new Set([
  '-C',
  '-c',
  '--git-dir',
  '--work-tree',
  '--namespace',
  '--super-prefix',
  '--config-env',
  '--attr-source',
  '--shallow-file',
]);
const GLOBAL_FLAGS = new Set([
  '-p',
  '--paginate',
  '-P',
  '--no-pager',
  '--no-replace-objects',
  '--bare',
  '--literal-pathspecs',
  '--no-literal-pathspecs',
  '--glob-pathspecs',
  '--noglob-pathspecs',
  '--icase-pathspecs',
  '--no-optional-locks',
  '--no-lazy-fetch',
  '--no-advice',
]);

/** `git [global options] <command> <args>`, or `git-<command> <args>`. */
export function splitGitCommandLine(argv: readonly string[]): GitCommandLine | undefined {
  const program = (argv[0] ?? '')
    .split('/')
    .pop()!
    .replace(/\.exe$/i, '');
  if (program.startsWith('git-')) return { command: program.slice(4), args: argv.slice(1) };
  if (program !== 'git') return undefined;
  for (let at = 1; at < argv.length; at++) {
    const arg = argv[at]!;
    if (!arg.startsWith('-')) return { command: arg, args: argv.slice(at + 1) };
    if (GLOBAL_WITH_VALUE.has(arg)) at++;
    else if (!GLOBAL_FLAGS.has(arg) && !/^--[a-z-]+=/.test(arg)) return undefined;
  }
  return undefined;
}

/** The command line with its alias expanded (`alias.<command>`); undefined for a shell (`!`) alias. */
export function expandAlias(line: GitCommandLine, alias: string | undefined): GitCommandLine | undefined {
  if (alias === undefined) return line;
  const words = splitAlias(alias);
  if (!words || words.length === 0 || alias.trimStart().startsWith('!') || words[0]!.startsWith('-')) return undefined;
  return { command: words[0]!, args: [...words.slice(1), ...line.args] };
}

/** git's `split_cmdline()`: white space separates, quotes group, a backslash escapes outside single quotes. */
function splitAlias(text: string): string[] | undefined {
  const words: string[] = [];
  let word: string | undefined;
  let quote = '';
  for (let at = 0; at < text.length; at++) {
    let char = text[at]!;
    if (!quote && /[ \t\n\r]/.test(char)) {
      if (word !== undefined) words.push(word);
      word = undefined;
      continue;
    }
    word ??= '';
    if (!quote && (char === '"' || char === "'")) quote = char;
    else if (char === quote) quote = '';
    else {
      if (char === '\\' && quote !== "'") {
        char = text[++at] ?? '';
        if (char === '') return undefined;
      }
      word += char;
    }
  }
  if (quote) return undefined;
  if (word !== undefined) words.push(word);
  return words;
}

/** builtin/commit.c's options (git 2.39 to 2.5x): enough to consume every value as git does. */
const COMMIT_OPTIONS = [
  ['quiet', 'q', 'count'],
  ['verbose', 'v', 'count'],
  ['file', 'F', 'value'],
  ['author', '', 'value'],
  ['date', '', 'value'],
  ['message', 'm', 'value'],
  ['reedit-message', 'c', 'value'],
  ['reuse-message', 'C', 'value'],
  ['fixup', '', 'value'],
  ['squash', '', 'value'],
  ['reset-author', '', 'flag'],
  ['trailer', '', 'value!'],
  ['signoff', 's', 'flag'],
  ['template', 't', 'value'],
  ['edit', 'e', 'flag'],
  ['cleanup', '', 'value'],
  ['status', '', 'flag'],
  ['gpg-sign', 'S', 'optional-value'],
  ['all', 'a', 'flag'],
  ['include', 'i', 'flag'],
  ['interactive', '', 'flag'],
  ['patch', 'p', 'flag'],
  ['unified', 'U', 'value!'],
  ['inter-hunk-context', '', 'value!'],
  ['only', 'o', 'flag'],
  ['no-verify', 'n', 'flag'],
  ['dry-run', '', 'flag'],
  ['short', '', 'flag'],
  ['branch', '', 'flag'],
  ['ahead-behind', '', 'flag'],
  ['porcelain', '', 'flag'],
  ['long', '', 'flag'],
  ['null', 'z', 'flag'],
  ['amend', '', 'flag'],
  ['no-post-rewrite', '', 'flag'],
  ['untracked-files', 'u', 'optional-value'],
  ['pathspec-from-file', '', 'value'],
  ['pathspec-file-nul', '', 'flag'],
  ['allow-empty', '', 'flag'],
  ['allow-empty-message', '', 'flag'],
].map(optionSpec);

/** `git commit`'s arguments as builtin/commit.c reads them; undefined for one git would refuse or that this cannot place. */
export function parseCommitOptions(args: readonly string[]): CommitOptions | undefined {
  const state = readOptions(COMMIT_OPTIONS, args);
  return state && finish(state);
}

/** builtin/commit.c's `parse_and_validate_options()`: when git opens no editor. */
function finish(state: OptionState): CommitOptions {
  const given = (name: string) => state.values.get(name) !== undefined;
  let editor = !(given('file') || state.messages.length > 0 || given('reuse-message'));
  const fixup = state.values.get('fixup');
  // `--fixup=<commit>` writes its own message; `--fixup=amend:` and `reword:` open the editor.
  if (fixup !== undefined && !/^[A-Za-z]+:/.test(fixup)) editor = false;
  if (state.edit !== undefined) editor = state.edit;
  return { editor, cleanup: state.values.get('cleanup'), verbose: state.verbose, messages: state.messages };
}
