import type { FetchOutcome } from '../core/refs/fetch-outcome.js';
import type { StartPoint } from '../core/start/choose-start.js';
import { shortRefName } from '../core/start/ref-tips.js';
import pc from './colors.js';
import { shellQuote as q, renderNotice } from './render.js';

// What start-work and start-stage say as they go and when they are done; their refusals are in start-text.ts.

/** On standard error before the fetch, so that a slow remote is not mistaken for a hang. */
export function fetchingText(remote: string): string {
  return pc.dim(`fetching ${remote}…\n`);
}

export function fetchNotice(outcome: FetchOutcome, remote: string): string {
  if (outcome.ok) return '';
  if (outcome.why === 'no-remote')
    return renderNotice(`no remote "${remote}" is configured; working from local branches only.`);
  const why = outcome.why === 'timeout' ? 'it took too long' : outcome.detail || 'git fetch failed';
  return renderNotice(`could not fetch ${remote} (${why}); carrying on from the branches as last fetched.`);
}

export function declinedText(): string {
  return renderNotice('nothing was changed.');
}

/** `origin/stage/login (1a2b3c4)` */
export function startLabel(start: StartPoint): string {
  return `${shortRefName(start.tip.ref)} ${pc.dim(`(${start.tip.sha.slice(0, 7)})`)}`;
}

export function leftOutNotice(start: StartPoint, branch: string, remote: string): string {
  if (start.leftOut === 'diverged') {
    return renderNotice(
      `your ${branch} and ${remote}/${branch} have diverged; starting from ${remote}/${branch}, your local ${branch} is left as it is.`,
    );
  }
  if (start.leftOut === 'local-ahead') {
    return renderNotice(
      `your ${branch} has commits ${remote}/${branch} does not; starting from ${remote}/${branch} without them.`,
    );
  }
  return '';
}

export interface StartedWork {
  branch: string;
  from: string;
  changedPaths: number;
  /** The command that publishes the branch. */
  push: string;
  /** A stage created on the way: whether it was published, else the command that publishes it (and why the push failed). */
  newStage: { branch: string; push: string; published: boolean; failure?: string } | undefined;
}

export function startedWorkText(started: StartedWork): string {
  const lines = [`${pc.green('✔')} Switched to ${pc.bold(started.branch)}, started from ${started.from}.`];
  const stage = started.newStage;
  if (stage?.published) lines.push(`  New stage ${stage.branch} created from the same commit and published.`);
  else if (stage?.failure !== undefined) {
    lines.push(
      `  ${pc.red('✖')} New stage ${stage.branch} created here from the same commit, but publishing it failed:`,
    );
    lines.push(
      ...stage.failure
        .split('\n')
        .filter(Boolean)
        .map((line) => `      ${line}`),
    );
    lines.push(
      `    Your work branch goes into ${stage.branch} by pull request, so publish the stage first; fix what git says above, then run: ${pc.cyan(stage.push)}`,
    );
  } else if (stage)
    lines.push(
      `  New stage ${stage.branch} created here from the same commit; there is no remote to publish it to yet. Once there is, publish it with: ${pc.cyan(stage.push)}`,
    );
  if (started.changedPaths > 0) lines.push(`  ${changesCameAlong(started.changedPaths)}`);
  lines.push(`  Commit here, then publish with: ${pc.cyan(started.push)}`);
  return `${lines.join('\n')}\n`;
}

export function switchedText(branch: string, changedPaths: number): string {
  const came = changedPaths > 0 ? ` ${changesCameAlong(changedPaths)}` : '';
  return `${pc.green('✔')} Switched to ${pc.bold(branch)}, which existed already.${came}\n`;
}

function changesCameAlong(changedPaths: number): string {
  return `Your uncommitted changes came along (${changedPaths} ${changedPaths === 1 ? 'path' : 'paths'}).`;
}

export function alreadyOnText(branch: string): string {
  return `${pc.green('✔')} You are on ${pc.bold(branch)} already.\n`;
}

export function stageCreatedText(branch: string, from: string, remote: string, pushed: boolean, stage: string): string {
  const lines = [
    `${pc.green('✔')} Created ${pc.bold(branch)} from ${from}${pushed ? ` and published it to ${remote}` : ''}.`,
  ];
  if (!pushed)
    lines.push(`  Publish it with: ${pc.cyan(publishCommand(branch, remote))}  (or run start-stage with --push)`);
  lines.push(`  Start work on it with: ${pc.cyan(`npx stageflow start-work --stage ${q(stage)}`)}`);
  return `${lines.join('\n')}\n`;
}

export function publishCommand(branch: string, remote: string): string {
  return `git push ${q(remote)} ${q(branch)}`;
}
