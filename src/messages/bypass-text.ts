/** What skips the hooks once, for the footnote of every refusal and the internal-error report. */
const BYPASS = { commit: 'git commit --no-verify', push: 'git push --no-verify' } as const;

export const COMMIT_BYPASS = `Bypass once, only if you must: ${BYPASS.commit}`;
/** When pre-merge-commit fails, git keeps the merge in progress, uncommitted: git commit concludes it. */
export const MERGE_BYPASS = `${COMMIT_BYPASS} (it commits the merge git left in progress)`;
export const PUSH_BYPASS = `Bypass once, only if you must: ${BYPASS.push}`;

/**
 * An error of stageflow's own. In a hook it stops the commit or push (hooks fail closed) and names
 * the bypass; `stack` is set when STAGEFLOW_DEBUG=1 asked for it.
 */
export function internalErrorText(what: string, hook: string | undefined, stack: string | undefined): string {
  const stopped =
    hook === 'pre-push'
      ? 'The push was stopped'
      : hook === 'pre-merge-commit'
        ? 'The merge was left uncommitted'
        : hook
          ? 'The commit was stopped'
          : 'Nothing was changed';
  const bypass = hook === 'pre-push' ? BYPASS.push : BYPASS.commit;
  return (
    `stageflow: internal error${hook ? ` in the ${hook} hook` : ''}: ${what}\n` +
    `  ${stopped} to be safe.${hook ? ` If you must go on, bypass the hooks once: ${bypass} (or HUSKY=0 git ...).` : ''}\n` +
    (stack !== undefined ? `${stack}\n` : '  Run again with STAGEFLOW_DEBUG=1 for the stack trace.\n')
  );
}
