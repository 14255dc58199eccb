import { isStageflowRunner } from './runner-script.js';

/**
 * Why git's pre-push, beside the commit-msg runner that is running, checks nothing: it is gone, or
 * another tool wrote its own over it (`git lfs install --force` does). Commits are still judged;
 * pushes go through unchecked until the runner is written again.
 */
export type PushGuardGap = { kind: 'missing' } | { kind: 'replaced'; lfs: boolean };

/** `git lfs pre-push "$@"`, the line git lfs asks a husky project to put in its pre-push file. */
export const LFS_PRE_PUSH_LINE = 'git lfs pre-push "$@"';

/** Whether a team's pre-push file runs git lfs's pre-push already. */
export function runsLfsPrePush(teamFile: string | undefined): boolean {
  return /^\s*git lfs pre-push\b/m.test(teamFile ?? '');
}

/** `prePush`: the text of the pre-push hook in the runner's folder, undefined when there is none. */
export function pushGuardGap(prePush: string | undefined): PushGuardGap | undefined {
  if (prePush === undefined) return { kind: 'missing' };
  if (isStageflowRunner(prePush)) return undefined;
  return { kind: 'replaced', lfs: /\bgit[ -]lfs\b/.test(prePush) };
}
