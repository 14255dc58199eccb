import type { Config } from '../core/config/types.js';
import { stageKey } from '../core/git-config-keys.js';
import { catchUpBranch } from '../core/status/catch-up-branch.js';
import type { AllRow } from '../core/status/status-all.js';
import { syncIntoStageCommands } from './catch-up-text.js';
import pc from './colors.js';
import { shellQuote as q } from './render.js';

const commits = (count: number) => `${count} commit${count === 1 ? '' : 's'}`;
const SYNC = 'npx stageflow sync';

function aheadBehind(ahead: number | undefined, behind: number | undefined): string {
  if (ahead === undefined || behind === undefined) return '?';
  if (ahead === 0 && behind === 0) return 'up to date';
  return [ahead > 0 ? `${ahead} ahead` : '', behind > 0 ? `${behind} behind` : ''].filter(Boolean).join(', ');
}

function cells(row: AllRow, remote: string): string[] {
  const stage =
    row.kind === 'stage'
      ? '(a stage)'
      : row.stage === undefined
        ? 'not known'
        : `${row.stage}${row.source === 'inferred' ? ' (inferred)' : ''}`;
  let versusStage: string;
  if (row.kind === 'stage') {
    const counts = aheadBehind(row.ahead, row.behind);
    versusStage =
      row.stageRef === undefined
        ? `not on ${remote}`
        : counts === 'up to date'
          ? `up to date with ${row.stageRef}`
          : `${counts} ${row.stageRef}`;
  } else versusStage = row.stage === undefined ? '-' : aheadBehind(row.ahead, row.behind);
  const versusMain =
    row.main === undefined
      ? '-'
      : row.main.merged
        ? 'merged into it'
        : aheadBehind(row.main.stageOnly, row.main.mainOnly);
  return [`${row.current ? '*' : ' '} ${row.branch}`, stage, versusStage, versusMain];
}

/** `stageflow status --all`: every local stage and work branch on a line, then what to run for each that is behind. */
export function statusAllText(
  rows: readonly AllRow[],
  config: Config,
  engineer: string,
  mainRef: string | undefined,
): string {
  const { remote, branches } = config;
  if (rows.length === 0)
    return `No local ${branches.stagePrefix}* or ${branches.workPrefix}* branch here; start work on a stage with: ${pc.cyan('npx stageflow start-work')}\n`;
  const table = [
    ['  BRANCH', 'STAGE', 'VERSUS ITS STAGE', `STAGE VERSUS ${mainRef ?? branches.main}`],
    ...rows.map((row) => cells(row, remote)),
  ];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((line) => line[column]!.length)));
  const lines = table.map((line) =>
    line
      .map((cell, column) => (column === line.length - 1 ? cell : cell.padEnd(widths[column]!)))
      .join('   ')
      .trimEnd(),
  );
  lines[0] = pc.dim(lines[0]!);

  const todo: string[] = [];
  const say = (branch: string, text: string, command?: string) =>
    todo.push(`  ${pc.bold(branch)}: ${text}${command ? ` ${pc.cyan(command)}` : ''}`);
  const onIt = (row: AllRow, command: string) => (row.current ? command : `git switch ${q(row.branch)} && ${command}`);
  for (const row of rows) {
    for (const item of row.todo) {
      const behindMain = row.main ? `${row.stage} is ${commits(row.main.mainOnly)} behind ${row.main.ref}` : '';
      switch (item) {
        case 'sync': {
          const fromStage = (row.behind ?? 0) > 0 ? `${commits(row.behind!)} of ${row.stageRef}` : '';
          const mainToo =
            row.todo.includes('sync') &&
            (row.main?.mainOnly ?? 0) > 0 &&
            config.sync.mainIntoStage === 'work-branch' &&
            (row.workLacksMain ?? 0) > 0;
          const fromMain = mainToo
            ? `${commits(row.workLacksMain!)} of ${row.main!.ref} (${row.stage} is behind it)`
            : '';
          say(row.branch, `${[fromStage, fromMain].filter(Boolean).join(' and ')} to take in:`, onIt(row, SYNC));
          break;
        }
        case 'record-stage': {
          const only = row.candidates?.length === 1 ? row.candidates[0] : undefined;
          const could = (row.candidates?.length ?? 0) > 1 ? ` (one of ${row.candidates!.join(', ')})` : '';
          say(
            row.branch,
            `its stage is not known${could}; record it, then sync:`,
            `git config ${q(stageKey(row.branch))} ${q(only ?? `${branches.stagePrefix}<stage-name>`)}`,
          );
          break;
        }
        case 'finished':
          say(
            row.branch,
            `${row.stage} is merged into ${row.main!.ref}: finished; delete it when you no longer need it:`,
            `git branch -d ${q(row.branch)}`,
          );
          break;
        case 'fast-forward':
          say(
            row.branch,
            `your local copy is ${commits(row.behind!)} behind ${row.stageRef}:`,
            row.current
              ? `git merge --ff-only ${q(row.stageRef!)}`
              : `git fetch ${q(remote)} ${q(`${row.branch}:${row.branch}`)}`,
          );
          break;
        case 'push':
          say(row.branch, `not on ${remote} yet:`, `git push -u ${q(remote)} ${q(row.branch)}`);
          break;
        case 'main-by-work-branch': {
          const stage = row.branch.slice(branches.stagePrefix.length);
          say(
            row.branch,
            `${behindMain}; sync a work branch of it and open its pull request ${catchUpBranch(branches, engineer, stage)} → ${row.branch}:`,
            syncIntoStageCommands(stage, remote).join(' && '),
          );
          break;
        }
        case 'main-by-pull-request':
          if (row.kind === 'stage' || !rows.some((other) => other.kind === 'stage' && other.branch === row.stage))
            say(row.stage!, `${behindMain}; open a pull request:`, `${branches.main} → ${row.stage}`);
          break;
      }
    }
  }
  const out = [...lines];
  if (todo.length > 0) out.push('To update:', ...new Set(todo));
  else out.push('Every branch is up to date with its stage.');
  out.push(
    pc.dim(`Remote branches as of the last fetch; refresh with: git fetch ${q(remote)} (sync fetches by itself)`),
  );
  return `${out.join('\n')}\n`;
}
