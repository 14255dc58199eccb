import type { HookName, Layout } from '../init/layout.js';
import { shellQuote } from '../shell-quote.js';
import { parseHookLine } from './parse-hook-line.js';
import { RUNNER_ENV, RUNNER_TEAM_FILE } from './runner-env.js';

/** The hooks whose tracked `.husky/<hook>` init gives a fallback line (pre-commit checks nothing of stageflow's). */
export const FALLBACK_HOOKS: readonly HookName[] = ['pre-merge-commit', 'commit-msg', 'pre-push'];

const GUARD = `[ "\${${RUNNER_ENV}-}" = ${RUNNER_TEAM_FILE} ] ||`;

export const FALLBACK_COMMENT =
  "# stageflow's runner in .git/hooks checks this hook; the next line checks only where git runs husky's own stubs instead.";

/**
 * The line of a tracked `.husky/<hook>` that runs stageflow's check when git runs husky's stubs
 * (core.hooksPath=.husky/_: a clone before npm install wrote the runner, after a plain `npx husky`,
 * on a branch whose prepare script is still husky's). Under stageflow's runner it is one shell
 * test: the runner has checked, so no second node starts.
 */
export function fallbackLine(hook: HookName, layout: Layout): string {
  const command =
    layout.packagePath === '' ? 'stageflow' : shellQuote(`${layout.packagePath}/node_modules/.bin/stageflow`);
  const project = layout.packagePath === '' ? '' : ` --project ${shellQuote(layout.packagePath)}`;
  const args = hook === 'commit-msg' ? ' "$1"' : hook === 'pre-push' ? ' "$@"' : '';
  return `${GUARD} ${command} hook ${hook}${project}${args}`;
}

/** A stageflow line that runs only outside stageflow's runner (the form fallbackLine writes). */
export function isFallbackLine(line: string): boolean {
  return line.trimStart().startsWith(GUARD) && parseHookLine(line) !== undefined;
}
