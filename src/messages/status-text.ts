import type { Config } from '../core/config/types.js';
import { stageKey } from '../core/git-config-keys.js';
import { catchUpBranch } from '../core/status/catch-up-branch.js';
import type { LocalBehind, StatusFacts, VersusMain } from '../core/status/status-facts.js';
import { syncIntoStageCommands } from './catch-up-text.js';
import pc from './colors.js';
import { shellQuote as q, renderNotice } from './render.js';

const commits = (count: number) => `${count} commit${count === 1 ? '' : 's'}`;
const SYNC = 'npx stageflow sync';

/** `stageflow status`, for a person: where the branch sits, then the commands that catch it up. */
export function statusText(
  facts: StatusFacts,
  config: Config,
  options: { hasRemote: boolean } = { hasRemote: true },
): string {
  const { branches, remote } = config;
  const lines: string[] = [];
  const fix = (say: string, commands: string[]) =>
    lines.push(say, ...commands.map((command) => `    ${pc.cyan(command)}`));

  switch (facts.kind) {
    case 'detached':
      lines.push('HEAD is detached: it is on no branch of main → stage → work.');
      fix('Start work on a stage:', ['npx stageflow start-work']);
      break;
    case 'main':
      lines.push(
        `${pc.bold(facts.branch)}: the live code, deployed as stage "${facts.liveStage}". Nothing is committed here.`,
      );
      localBehindLines(facts.localBehind, remote, fix, lines);
      fix('Start work on a stage:', ['npx stageflow start-work']);
      break;
    case 'other':
      lines.push(
        `${pc.bold(facts.branch)}: ${facts.branchKind === 'allowed' ? 'an allowed branch outside' : 'not a branch of'} main → ${branches.stagePrefix}* → ${branches.workPrefix}*.`,
      );
      break;
    case 'stage':
      lines.push(`${pc.bold(facts.branch)}: a stage, deployed as stage "${facts.stage}".`);
      if (facts.onRemote === 'gone') {
        fix(`${facts.branch} is no longer on ${remote} (merged into ${branches.main}?); start new work with:`, [
          'npx stageflow start-work',
        ]);
        break;
      }
      if (facts.main)
        lines.push(`  ${facts.ref} versus ${facts.main.ref}: ${versusMainText(facts.main, branches.main)}`);
      localBehindLines(facts.localBehind, remote, fix, lines);
      if (facts.onRemote === 'unpublished') unpublishedLines(facts.branch, remote, fix);
      else if (facts.main?.merged)
        fix(`${facts.branch} is merged into ${branches.main}; start new work with:`, ['npx stageflow start-work']);
      else if (facts.main && facts.main.mainOnly > 0)
        mainCatchUp(facts.branch, facts.stage, facts.engineer, facts.main, config, fix);
      break;
    case 'work': {
      const { stage } = facts;
      if (facts.goneStage !== undefined) {
        lines.push(`${pc.bold(facts.branch)}: work for ${pc.bold(facts.goneStage)} (recorded at start-work).`);
        fix(
          `The recorded stage ${facts.goneStage} is no longer on ${remote} (merged into ${branches.main}?); start new work with:`,
          ['npx stageflow start-work'],
        );
        localBehindLines(facts.localBehind, remote, fix, lines);
        break;
      }
      if (!stage) {
        lines.push(
          `${pc.bold(facts.branch)}: a work branch whose stage is not known${facts.candidates.length > 0 ? ` (it could be any of ${facts.candidates.join(', ')})` : ''}.`,
        );
        // One ready command per stage it could be; a placeholder only when no stage is known at all (quoted: `<` is a shell redirect).
        const stages = facts.candidates.length > 0 ? facts.candidates : [`${branches.stagePrefix}<stage-name>`];
        fix(
          `Record the one it was started from (start-work does this for the branches it creates)${stages.length > 1 ? ', one of' : ''}:`,
          stages.map((stage) => `git config ${q(stageKey(facts.branch))} ${q(stage)}`),
        );
        localBehindLines(facts.localBehind, remote, fix, lines);
        break;
      }
      lines.push(
        `${pc.bold(facts.branch)}: work for ${pc.bold(stage.branch)} (${stage.source === 'recorded' ? 'recorded at start-work' : 'inferred from the history'}), deployed as stage "${stage.stage}".`,
      );
      lines.push(`  versus ${stage.ref}: ${aheadBehind(stage.workOnly, stage.stageOnly)}`);
      if (stage.main)
        lines.push(`  ${stage.ref} versus ${stage.main.ref}: ${versusMainText(stage.main, branches.main)}`);
      localBehindLines(facts.localBehind, remote, fix, lines);
      if (!stage.published) {
        unpublishedLines(stage.branch, remote, fix);
        break;
      }
      if (stage.main?.merged) {
        fix(`${stage.branch} is merged into ${branches.main}; start new work with:`, ['npx stageflow start-work']);
        break;
      }
      const stageBehindMain = stage.main !== undefined && stage.main.mainOnly > 0;
      const byPullRequest = config.sync.mainIntoStage === 'pull-request';
      const mainToTake = stageBehindMain && !byPullRequest && stage.workLacksMain > 0;
      if (facts.catchUp)
        lines.push(`This is the catch-up branch of ${stage.branch}: it brings ${branches.main} into the stage.`);
      const push = facts.catchUp ? [`git push -u ${q(remote)} HEAD`] : [];
      const behindMain = mainToTake
        ? `${stage.branch} is ${commits(stage.main!.mainOnly)} behind ${stage.main!.ref}`
        : '';
      const carries = `its pull request into ${stage.branch} carries ${branches.main} to the stage`;
      if (stage.stageOnly > 0 && mainToTake)
        fix(
          `The stage has moved on (${commits(stage.stageOnly)}), and ${behindMain}; bring both into your branch (${carries}):`,
          [SYNC, ...push],
        );
      else if (stage.stageOnly > 0)
        fix(`The stage has moved on; bring its ${commits(stage.stageOnly)} into your branch:`, [SYNC]);
      else if (mainToTake) fix(`${behindMain}; bring ${branches.main} into your branch (${carries}):`, [SYNC, ...push]);
      if (stageBehindMain && byPullRequest)
        fix(
          `${stage.branch} is ${commits(stage.main!.mainOnly)} behind ${stage.main!.ref}; ${branches.main} reaches it by a pull request:`,
          [`${branches.main} → ${stage.branch}`],
        );
      if (stage.workOnly > 0 && stage.stageOnly === 0)
        lines.push(`When it is ready, open a pull request: ${facts.branch} → ${stage.branch}`);
      break;
    }
  }
  if (options.hasRemote)
    lines.push(pc.dim(`Remote branches as of the last fetch; refresh with: git fetch ${q(remote)}`));
  return `${lines.join('\n')}\n`;
}

function mainCatchUp(
  stageBranch: string,
  stage: string,
  engineer: string,
  main: VersusMain,
  config: Config,
  fix: (say: string, commands: string[]) => void,
): void {
  const { branches, remote } = config;
  if (config.sync.mainIntoStage === 'pull-request') {
    fix(
      `${stageBranch} is ${commits(main.mainOnly)} behind ${main.ref}; ${branches.main} reaches it by a pull request:`,
      [`${branches.main} → ${stageBranch}`],
    );
    return;
  }
  const branch = catchUpBranch(branches, engineer, stage);
  fix(
    `${stageBranch} is ${commits(main.mainOnly)} behind ${main.ref}; ${branches.main} reaches a stage by a pull request from a work branch:`,
    syncIntoStageCommands(stage, remote),
  );
  fix(`then open a pull request: ${branch} → ${stageBranch}`, []);
}

/** A local main or stage behind the remote's: say so, and how to bring it level (never losing a commit). */
function localBehindLines(
  behind: readonly LocalBehind[],
  remote: string,
  fix: (say: string, commands: string[]) => void,
  lines: string[],
): void {
  for (const entry of behind) {
    if (entry.ahead > 0) {
      lines.push(
        `Your local ${entry.branch} and ${entry.ref} have diverged: ${commits(entry.ahead)} only here, ${commits(entry.behind)} only on ${remote}.`,
      );
      fix(`See its own commits (they belong on a work branch) with:`, [
        `git log --oneline ${q(`${entry.ref}..${entry.branch}`)}`,
      ]);
    } else if (entry.current) {
      fix(`Your ${entry.branch} is ${commits(entry.behind)} behind ${entry.ref}; catch it up:`, [
        `git merge --ff-only ${q(entry.ref)}`,
      ]);
    } else {
      fix(
        `Your local ${entry.branch} is ${commits(entry.behind)} behind ${entry.ref} (switching to it would give old code); catch it up:`,
        [`git fetch ${q(remote)} ${q(`${entry.branch}:${entry.branch}`)}`],
      );
    }
  }
}

/** A stage that exists only here: nothing can be merged into it by pull request until it is pushed. */
function unpublishedLines(stageBranch: string, remote: string, fix: (say: string, commands: string[]) => void): void {
  fix(`${stageBranch} was never published to ${remote} (it exists only here); push it:`, [
    `git push -u ${q(remote)} ${q(stageBranch)}`,
  ]);
}

function versusMainText(main: VersusMain, mainBranch: string): string {
  return main.merged
    ? `merged into ${mainBranch} (${mainBranch} has ${commits(main.mainOnly)} since)`
    : aheadBehind(main.stageOnly, main.mainOnly);
}

function aheadBehind(ahead: number, behind: number): string {
  if (ahead === 0 && behind === 0) return 'up to date';
  return `${commits(ahead)} ahead, ${commits(behind)} behind`;
}

/** The pre-push hook's one line when a pushed work branch's stage has commits it lacks. */
export function stageMovedNotice(workBranch: string, stageRef: string): string {
  return renderNotice(
    `${stageRef} has moved on since ${workBranch} last took it in; catch up on ${workBranch} with: ${SYNC}`,
  );
}

export const STATUS_USAGE = `Usage: stageflow status [--all] [--json] | --behind-main [--markdown]
  Shows where the current branch sits in main → stage → work, and how to catch up.
  --all   every local stage and work branch on one line: its stage, ahead/behind it, the stage versus main
  --behind-main  the shared stages and open work branches main has moved past (--markdown: for a CI job summary)`;

/** `--markdown` shapes only the --behind-main summary: alone it would be ignored, so it is refused. */
export const MARKDOWN_ALONE_TEXT = `stageflow: status: --markdown goes only with --behind-main (it writes that summary as Markdown for a CI job).
  Run:
    npx stageflow status --behind-main --markdown
${STATUS_USAGE}`;
