import type { Config } from '../core/config/types.js';
import { stageKey } from '../core/git-config-keys.js';
import { catchUpBranch } from '../core/status/catch-up-branch.js';
import type { SyncRefusal } from '../core/sync/judge-sync-head.js';
import type { SyncPlan, SyncStep } from '../core/sync/plan-sync.js';
import { type ActPlan, type SyncOutcome, stepArgs, type Unstashed } from '../core/sync/sync-outcome.js';
import { syncIntoStageCommands } from './catch-up-text.js';
import pc from './colors.js';
import { type Fix, shellQuote as q, renderReport } from './render.js';

const commits = (count: number) => `${count} commit${count === 1 ? '' : 's'}`;
const short = (sha: string) => sha.slice(0, 12);
const gitCommand = (args: readonly string[]) => `git ${args.map(q).join(' ')}`;
const SYNC = 'npx stageflow sync';

export const SYNC_USAGE = `Usage: stageflow sync [--dry-run]
  On a work branch: fetches, then brings in its stage's new commits (merge, or rebase with
  sync.strategy "rebase"), and main when the stage is behind it (sync.mainIntoStage).
  Uncommitted changes, untracked files included, are put aside and brought back.
  --dry-run   fetch, then print what sync would do; no branch or file changes`;

/** The message git's stash list shows for what sync put aside. */
export function stashMessage(branch: string): string {
  return `stageflow sync: uncommitted changes of ${branch}`;
}

export function syncRefusalText(refusal: SyncRefusal, config: Config, engineer: string): string {
  const { branches, remote } = config;
  switch (refusal.why) {
    case 'operation':
      return renderReport({
        title: `a ${refusal.operation} is in progress; sync would get in its way`,
        details: ['Nothing was changed.'],
        fixes: [
          {
            say: 'Finish it (or abort it), then run sync again:',
            commands: [`git ${refusal.operation} --continue`, `git ${refusal.operation} --abort`, SYNC],
          },
        ],
      });
    case 'detached':
      return renderReport({
        title: 'HEAD is detached: sync updates a work branch, and none is checked out',
        details: ['Nothing was changed.'],
        fixes: [
          {
            say: 'See which branches are behind, switch to the one to update, and run sync there:',
            commands: [
              'npx stageflow status --all',
              `git switch ${q(`${branches.workPrefix}<engineer>/<change>`)}`,
              SYNC,
            ],
          },
        ],
      });
    case 'main':
      return renderReport({
        title: `${refusal.branch} is not a work branch: sync brings a stage into work/*, and ${refusal.branch} changes only by stage pull requests`,
        details: ['Nothing was changed.'],
        fixes: [
          {
            say: `Bring your local ${refusal.branch} level with ${remote}:`,
            commands: [`git pull --ff-only ${q(remote)} ${q(refusal.branch)}`],
          },
          {
            say: 'or update a work branch: see which are behind, then switch and sync:',
            commands: ['npx stageflow status --all', SYNC],
          },
        ],
      });
    case 'stage': {
      const catchUp = catchUpBranch(branches, engineer, refusal.stage);
      const fixes: Fix[] = [
        {
          say: `Bring your local ${refusal.branch} level with ${remote}:`,
          commands: [`git pull --ff-only ${q(remote)} ${q(refusal.branch)}`],
        },
      ];
      if (config.sync.mainIntoStage === 'pull-request')
        fixes.push({
          say: `To bring ${branches.main} into it, open a pull request:`,
          commands: [`${branches.main} → ${refusal.branch}`],
        });
      else
        fixes.push({
          say: `To bring ${branches.main} into it, sync a work branch of it, push it, and open its pull request ${catchUp} → ${refusal.branch}:`,
          commands: syncIntoStageCommands(refusal.stage, remote),
        });
      return renderReport({
        title: `${refusal.branch} is a stage: it changes only by pull requests, and sync updates a work branch`,
        details: ['Nothing was changed.'],
        fixes,
      });
    }
    case 'not-work':
      return renderReport({
        title: `${refusal.branch} is not a work branch (${branches.workPrefix}<engineer>/<change>), so it has no stage to sync with`,
        details: ['Nothing was changed.'],
        fixes: [{ say: 'Start work on a stage:', commands: ['npx stageflow start-work'] }],
      });
  }
}

/** The work branch's stage is neither recorded nor told apart by its history. */
export function stageUnknownText(branch: string, candidates: readonly string[], config: Config): string {
  const stages = candidates.length > 0 ? candidates : [`${config.branches.stagePrefix}<stage-name>`];
  return renderReport({
    title: `the stage of ${branch} is not known${candidates.length > 0 ? ` (it could be any of ${candidates.join(', ')})` : ''}, so sync cannot tell what to bring in`,
    details: ['Nothing was changed.'],
    fixes: [
      {
        say: `Record the stage it was started from${stages.length > 1 ? ' (one of these)' : ''}, then run sync again:`,
        commands: [...stages.map((stage) => `git config ${q(stageKey(branch))} ${q(stage)}`), SYNC],
      },
    ],
  });
}

/** The recorded stage is neither here nor on the remote: merged into main and deleted, most likely. */
export function stageGoneText(branch: string, stage: string, config: Config): string {
  return renderReport({
    title: `${branch} was started from ${stage}, which is no longer on ${config.remote} (merged into ${config.branches.main} and deleted?)`,
    details: ['Nothing was changed: sync does not guess another stage to bring in.'],
    fixes: [
      { say: 'Start new work on a stage:', commands: ['npx stageflow start-work'] },
      {
        say: 'or, if the work goes on in another stage, record that one and sync:',
        commands: [`git config ${q(stageKey(branch))} ${q(`${config.branches.stagePrefix}<stage-name>`)}`, SYNC],
      },
    ],
  });
}

export function blockedPlanText(plan: Exclude<SyncPlan, ActPlan>): string {
  if (plan.kind === 'node-modules-untracked') {
    return renderReport({
      title:
        'node_modules/ is not ignored: putting the uncommitted files aside would take it away, and the hooks with it',
      details: ['Nothing was changed.'],
      fixes: [{ say: 'Ignore it, then run sync again:', commands: ["echo 'node_modules/' >> .gitignore", SYNC] }],
    });
  }
  return renderReport({
    title: `${plan.stage} is merged into ${plan.mainRef}: its work is finished, and there is nothing to sync ${plan.branch} with`,
    details: ['Nothing was changed.'],
    fixes: [{ say: 'Start new work on a stage:', commands: ['npx stageflow start-work'] }],
  });
}

function stageLine(plan: ActPlan): string {
  return `${pc.bold(plan.branch)}: work for ${pc.bold(plan.stage.branch)} (${plan.stage.source === 'recorded' ? 'recorded at start-work' : 'inferred from the history'})`;
}

function stepSay(step: SyncStep, plan: ActPlan, past: boolean): string {
  if (step.kind === 'main') {
    return `${plan.stage.ref} is ${commits(plan.stageBehindMain)} behind ${step.ref}: ${past ? 'merged' : 'merge'} ${step.ref} (${commits(step.count)}) into ${plan.branch}; its pull request into ${plan.stage.branch} carries them`;
  }
  const verb = step.strategy === 'rebase' ? (past ? 'rebased onto' : 'rebase onto') : past ? 'merged' : 'merge';
  return `${plan.stage.ref} has ${commits(step.count)} ${plan.branch} lacks: ${verb} ${step.ref}`;
}

/** Said whether sync acted or not: main reaches this stage by a pull request of its own. */
function mainPullRequestLines(plan: ActPlan): string[] {
  if (!plan.mainPullRequest) return [];
  const { head, base, mainRef } = plan.mainPullRequest;
  return [
    `${plan.stage.ref} is ${commits(plan.stageBehindMain)} behind ${mainRef}; ${head} reaches the stage by a pull request:`,
    `    ${pc.cyan(`${head} → ${base}`)}`,
  ];
}

export function dryRunText(plan: ActPlan): string {
  const lines = [stageLine(plan)];
  if (plan.steps.length === 0) lines.push(`  up to date with ${plan.stage.ref}: sync would change nothing`);
  else {
    lines.push('sync would run:');
    if (plan.stash)
      lines.push(
        `    ${pc.cyan(gitCommand(['stash', 'push', '--include-untracked', '-m', stashMessage(plan.branch)]))}`,
      );
    for (const step of plan.steps)
      lines.push(`    ${pc.cyan(gitCommand(stepArgs(step)))}    ${pc.dim(`# ${stepSay(step, plan, false)}`)}`);
    if (plan.stash) lines.push(`    ${pc.cyan('git stash pop')}`);
  }
  lines.push(...mainPullRequestLines(plan), pc.dim('--dry-run: nothing was changed.'));
  return `${lines.join('\n')}\n`;
}

function unstashedLines(unstashed: Unstashed, branch: string): string[] {
  if (unstashed.kind === 'none') return [];
  if (unstashed.kind === 'restored')
    return ['  your uncommitted changes (untracked files too) were put aside and brought back'];
  return [
    `  ${pc.yellow('your uncommitted changes could not be brought back cleanly')}: ${unstashed.detail.split('\n')[0] ?? ''}`,
    unstashed.kept
      ? `  They are kept in the stash ("${stashMessage(branch)}"): resolve what git marked, then drop it with: ${pc.cyan('git stash drop')}`
      : '  See them with: git stash list',
  ];
}

function undoLine(before: string, after: string): string {
  return pc.dim(`Before sync ${short(before)}, now ${short(after)}; undo with: git reset --keep ${short(before)}`);
}

export function syncOutcomeText(outcome: Extract<SyncOutcome, { kind: 'done' }>, config: Config): string {
  const { plan } = outcome;
  const lines = [stageLine(plan)];
  if (plan.steps.length === 0) lines.push(`  up to date with ${plan.stage.ref}`);
  for (const step of plan.steps) lines.push(`  ${stepSay(step, plan, true)}`);
  lines.push(...unstashedLines(outcome.unstashed, plan.branch), ...mainPullRequestLines(plan));
  if (plan.steps.length > 0) {
    const rebased = plan.steps.some((step) => step.kind === 'stage' && step.strategy === 'rebase');
    if (rebased && outcome.published)
      lines.push(
        `Rebased: ${plan.branch} on ${config.remote} has the old commits; publish the new ones with: ${pc.cyan('git push --force-with-lease')}`,
      );
    lines.push(undoLine(outcome.before, outcome.after));
  }
  return `${lines.join('\n')}\n`;
}

/** git stopped on a conflict: the exact commands to finish, or to put everything back as it was. */
export function stoppedText(outcome: Extract<SyncOutcome, { kind: 'stopped' }>): string {
  const { step, plan, conflicted, stashed, done, remaining } = outcome;
  const rebase = step.kind === 'stage' && step.strategy === 'rebase';
  const add = conflicted.length > 0 ? `git add -- ${conflicted.map(q).join(' ')} && ` : '';
  const finish = [
    rebase ? `${add}git rebase --continue` : `${add}git commit --no-edit`,
    ...(stashed ? ['git stash pop'] : []),
    ...(remaining.length > 0 ? [SYNC] : []),
  ];
  const abort = [
    rebase ? 'git rebase --abort' : 'git merge --abort',
    ...(done.length > 0 ? [`git reset --keep ${short(outcome.before)}`] : []),
    ...(stashed ? ['git stash pop --index'] : []),
  ];
  return renderReport({
    title: `${rebase ? 'rebasing onto' : 'merging'} ${step.ref} stopped on a conflict${conflicted.length > 0 ? ` in ${conflicted.length === 1 ? '1 file' : `${conflicted.length} files`}` : ''}`,
    details: [
      ...done.map((earlier) => `${stepSay(earlier, plan, true)}.`),
      ...conflicted.map((path) => `  ${path}`),
      ...(stashed
        ? [
            `Your uncommitted changes are in the stash ("${stashMessage(plan.branch)}"), safe until you bring them back.`,
          ]
        : []),
    ],
    fixes: [
      {
        say: `Resolve the conflicts in these files, then finish${rebase ? ' (repeat for each commit git stops at)' : ''}:`,
        commands: finish,
      },
      { say: `or put ${plan.branch} and your files back exactly as they were before sync:`, commands: abort },
    ],
  });
}

export function refusedStepText(outcome: Extract<SyncOutcome, { kind: 'refused' }>): string {
  const { step, plan } = outcome;
  return renderReport({
    title: `git refused to run ${gitCommand(stepArgs(step))}`,
    details: [
      ...outcome.detail
        .split('\n')
        .filter(Boolean)
        .slice(0, 8)
        .map((line) => `  ${line}`),
      ...outcome.done.map((earlier) => `${stepSay(earlier, plan, true)}.`),
      ...unstashedLines(outcome.unstashed, plan.branch),
      outcome.before === outcome.after
        ? `${plan.branch} was not changed.`
        : `${plan.branch} moved from ${short(outcome.before)} to ${short(outcome.after)}; undo with: git reset --keep ${short(outcome.before)}`,
    ],
    fixes: [{ say: 'Fix what git names, then run sync again:', commands: [SYNC] }],
  });
}

export function stashFailedText(detail: string): string {
  return renderReport({
    title: 'git could not put your uncommitted changes aside',
    details: [
      ...detail
        .split('\n')
        .filter(Boolean)
        .slice(0, 8)
        .map((line) => `  ${line}`),
      'Nothing was changed.',
    ],
    fixes: [
      {
        say: 'Commit or put them aside yourself, then run sync again:',
        commands: ['git stash push --include-untracked', SYNC, 'git stash pop'],
      },
    ],
  });
}
