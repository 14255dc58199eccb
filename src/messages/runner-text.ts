import { LFS_PRE_PUSH_LINE, type PushGuardGap } from '../core/hooks/push-guard-gap.js';
import { shellQuote } from '../core/shell-quote.js';
import { COMMIT_BYPASS, MERGE_BYPASS, PUSH_BYPASS } from './bypass-text.js';
import { renderNotice, renderReport } from './render.js';

/**
 * Printed by the hook runner (no node: plain text, no colour) when stageflow cannot start: its
 * script is gone (node_modules removed, the clone moved without npm install) or node is not on PATH.
 */
export function cannotStartText(hook: string, cli: string): string {
  const stopped =
    hook === 'pre-push'
      ? 'The push was stopped'
      : hook === 'pre-merge-commit'
        ? 'The merge was left uncommitted'
        : 'The commit was stopped';
  const bypass = hook === 'pre-push' ? PUSH_BYPASS : hook === 'pre-merge-commit' ? MERGE_BYPASS : COMMIT_BYPASS;
  return [
    `stageflow: internal error in the ${hook} hook: cannot start stageflow's check (${cli} is missing, or node is not on PATH).`,
    `  ${stopped} to be safe: the hooks are on, but stageflow is not installed in this clone or worktree (a new worktree, or node_modules removed).`,
    '  Fix: install the packages here (npm writes this hook runner anew), then retry:',
    '    npm install',
    `  ${bypass} (or HUSKY=0 git ..., which turns every hook off for that one command)`,
  ].join('\n');
}

/** `stageflow install-hooks` under HUSKY=0, as husky says it. */
export const INSTALL_SKIPPED_TEXT = 'stageflow: HUSKY=0: the hooks were not installed.\n';

/** install-hooks found hooks of someone else's in git's hooks folder, and renamed them rather than overwrite them. */
export function keptAsideText(paths: readonly string[], huskyDir: string): string {
  return [
    `stageflow: git's hooks folder had hooks that were not stageflow's; they were renamed, not lost, and no longer run:`,
    ...paths.map((path) => `  ${path}`),
    `  To keep one running, move its lines into ${huskyDir}/<hook> (the runner runs that file first), then delete the renamed file.`,
    '',
  ].join('\n');
}

export function installHooksFailedText(problem: string): string {
  return `stageflow: install-hooks: ${problem.trim()}\n  The git hooks are not installed. Fix the problem above, then run: npm run prepare\n`;
}

/** pre-push got no ref lines, and not from stageflow's runner: git may have sent them to another command. */
export function noRefLinesText(): string {
  return renderReport({
    title: 'push stopped: the pre-push hook got no ref lines from git, so stageflow cannot tell what is pushed',
    details: [
      'git sends the refs being pushed once, on standard input. Either there is nothing to push, or a command before stageflow in the hook file read them all first (git lfs pre-push "$@" does), and the push would go unchecked.',
      "stageflow's hook runner keeps git's ref lines and gives every command all of them; this hook was not started by it (husky's stub, or another hook manager).",
    ],
    fixes: [
      {
        say: "Set up stageflow's runner (the prepare script stageflow install-hooks; your own .husky lines stay), then push again:",
        commands: ['npx stageflow init', 'npm install'],
      },
    ],
    footnote: PUSH_BYPASS,
  });
}

/**
 * A commit was judged, but git's pre-push in the same folder is not stageflow's runner: pushes from
 * this clone go unchecked until the prepare script writes it again. Said on every commit until then.
 * `addLfsLine`: git lfs wrote the hook, and the team's pre-push file does not run it yet.
 */
export function pushGuardGapText(
  gap: PushGuardGap,
  where: { hookPath: string; packagePath: string; teamFile: string; teamDir: string },
  addLfsLine: boolean,
): string {
  const what =
    gap.kind === 'missing'
      ? `${where.hookPath} is gone`
      : `${where.hookPath} is not stageflow's hook runner${gap.lfs ? ' (git lfs install wrote its own over it)' : ''}`;
  const cd = where.packagePath === '' ? '' : `cd ${shellQuote(where.packagePath)} && `;
  const kept = gap.kind === 'replaced' ? `; the hook found there is kept as ${where.hookPath}.pre-stageflow` : '';
  const lines = [
    renderNotice(`pushes from this clone are not checked: ${what}.`).trimEnd(),
    '  Nothing stops a push to main or a stage from here, nor one of a vague message committed with --no-verify.',
    `  Write stageflow's runner again (npm install does too${kept}):`,
    `    ${cd}npm run prepare`,
  ];
  if (addLfsLine)
    lines.push(
      `  and give git lfs its line in ${where.teamFile}, which stageflow's runner runs, or it no longer uploads:`,
      `    mkdir -p ${shellQuote(where.teamDir)} && echo ${shellQuote(LFS_PRE_PUSH_LINE)} >> ${shellQuote(where.teamFile)}`,
    );
  return `${lines.join('\n')}\n`;
}
