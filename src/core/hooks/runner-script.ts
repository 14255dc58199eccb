import type { TeamHookName } from '../init/layout.js';
import { shellQuote } from '../shell-quote.js';
import { RUNNER_ENV, RUNNER_OWN_CALL, RUNNER_TEAM_FILE } from './runner-env.js';

/** The first line after the shebang: how doctor and init know a runner file is stageflow's. */
export const RUNNER_MARK = "# stageflow's hook runner";

export function isStageflowRunner(text: string | undefined): boolean {
  return text?.split('\n', 3)[1]?.startsWith(RUNNER_MARK) ?? false;
}

export interface RunnerInput {
  hook: TeamHookName;
  /** The team's own `.husky/<hook>`, relative to the root of the working tree (posix). */
  teamFile: string;
  /** For the hooks stageflow checks, how the runner starts it; without, it runs only the team's file, as husky's stub did. */
  check?: {
    /** stageflow's dist/cli.js as the hook finds it from the root of the working tree (relative when inside it). */
    cli: string;
    /**
     * cli is a script node runs (npm's bin is a symlink to it), rather than a shell shim that
     * starts node itself (pnpm's bin, npm's on Windows), which the runner runs as it is.
     */
    viaNode: boolean;
    /** The package below the git root whose config the hooks read, '' at the root. */
    packagePath: string;
    /** What the runner prints when it cannot start stageflow (src/messages/runner-text.ts). */
    cannotStart: string;
  };
}

/**
 * `<git common dir>/hooks/<hook>`, written on every npm install. git's own hooks folder is never
 * part of a checkout, so git runs it whatever is checked out or left out: a branch cut before the
 * project had `.husky/`, an orphan branch, a sparse checkout without `.husky/`, after `git clean
 * -fdx`, in every linked worktree. Like husky's runner it honours HUSKY=0 and HUSKY=2 and husky's
 * init.sh, then runs the team's own `.husky/<hook>` when the checkout has one; then stageflow's
 * check, which does not depend on that file. pre-commit starts no node: commit-msg judges the
 * branch with the message. pre-push keeps git's ref lines so that the team's file
 * (git lfs pre-push "$@") and stageflow both read all of them. No process is started to find a
 * path: git runs hooks at the root of the working tree, so the paths are relative to it.
 */
export function runnerScript(input: RunnerInput): string {
  const head = [
    '#!/bin/sh',
    `${RUNNER_MARK}, written by \`stageflow install-hooks\` (the prepare script runs it on npm install).`,
    '[ "${HUSKY-}" = 2 ] && set -x',
    `n=${input.hook}`,
    `s=${shellQuote(input.teamFile)}`,
  ];
  const husky = [
    'i="${XDG_CONFIG_HOME:-$HOME/.config}/husky/init.sh"',
    '[ -f "$i" ] && . "$i"',
    '[ "${HUSKY-}" = 0 ] && exit 0',
    'export PATH="node_modules/.bin:$PATH"',
  ];
  const failed = [
    '  echo "husky - $n script failed (code $c)" >&2',
    '  [ $c = 127 ] && echo "husky - command not found in PATH=$PATH" >&2',
    '  exit $c',
  ];
  const { hook, check } = input;
  if (check === undefined)
    return [
      ...head,
      '[ -f "$s" ] || exit 0',
      ...husky,
      `${RUNNER_ENV}=${RUNNER_TEAM_FILE} sh -e "$s" "$@"`,
      'c=$?',
      'if [ $c != 0 ]; then',
      ...failed,
      'fi',
      '',
    ].join('\n');

  const { cli } = check;
  const project = check.packagePath === '' ? '' : ` --project ${shellQuote(check.packagePath)}`;
  const args = hook === 'commit-msg' ? ' "$1"' : hook === 'pre-push' ? ' "$@"' : '';
  const pushes = hook === 'pre-push';
  const feed = pushes ? '{ [ -z "$r" ] || printf \'%s\\n\' "$r"; } | ' : '';
  return [
    ...head,
    ...husky,
    `if [ ! -f ${shellQuote(cli)} ] || ! command -v node >/dev/null 2>&1; then`,
    `  printf '%s\\n' ${shellQuote(check.cannotStart)} >&2`,
    '  exit 70',
    'fi',
    // git sends the ref lines once: kept, so the team's file and stageflow both read all of them.
    ...(pushes ? ['r=$(cat)'] : []),
    'if [ -f "$s" ]; then',
    `  ${feed}${RUNNER_ENV}=${RUNNER_TEAM_FILE} sh -e "$s" "$@"`,
    '  c=$?',
    '  if [ $c != 0 ]; then',
    ...failed.map((line) => `  ${line}`),
    '  fi',
    'fi',
    ...(hook === 'pre-commit'
      ? []
      : [
          `export ${RUNNER_ENV}=${RUNNER_OWN_CALL}`,
          `${feed}${check.viaNode ? 'node ' : ''}${shellQuote(cli)} hook ${hook}${project}${args}`,
          // stageflow says itself what it refused and why; no husky line after it.
        ]),
    '',
  ].join('\n');
}
