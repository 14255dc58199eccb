import type { StageEntry } from '../core/start/stage-list.js';
import pc from './colors.js';

export function cancelledText(): string {
  return `${pc.yellow('stageflow:')} cancelled; nothing was changed.`;
}

/** `updated 3 hours ago`, for the stage list. */
export function updatedAgo(seconds: number, nowSeconds: number): string {
  if (seconds <= 0) return '';
  const elapsed = Math.max(0, nowSeconds - seconds);
  const units: [number, string][] = [
    [31_536_000, 'year'],
    [2_592_000, 'month'],
    [604_800, 'week'],
    [86_400, 'day'],
    [3_600, 'hour'],
    [60, 'minute'],
  ];
  for (const [size, unit] of units) {
    const count = Math.floor(elapsed / size);
    if (count >= 1) return `updated ${count} ${unit}${count === 1 ? '' : 's'} ago`;
  }
  return 'updated just now';
}

export const STAGE_CHOICE_MESSAGE = 'Which stage is the change for?';
export const STAGE_NAME_MESSAGE = 'Name of the new stage (a Serverless stage name)';
export const ENGINEER_MESSAGE = 'Your name, for the branch';

/** Asked instead when git's name has no letter a branch name can use (`李雷`). */
export function engineerInLatinMessage(unusable: string): string {
  return `Your name in Latin letters, for the branch ("${unusable}" has none of a-z)`;
}
export const CHANGE_MESSAGE = 'What is the change? (a few words)';

/** The preview under a name being typed. */
export function previewLine(branch: string): string {
  return `  ${pc.dim('branch:')} ${pc.cyan(branch)}`;
}

export function switchToExistingMessage(branch: string): string {
  return `${branch} exists already. Switch to it?`;
}

export function stageHint(entry: StageEntry, remote: string, nowSeconds: number): string {
  const where = !entry.remote ? `only here, not on ${remote}` : !entry.local ? `only on ${remote}` : '';
  return [updatedAgo(entry.updated, nowSeconds), where].filter(Boolean).join(' · ');
}

export const NEW_STAGE_CHOICE = 'create a new stage from main';
