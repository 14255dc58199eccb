import { readFileSync } from 'node:fs';
import { loadConfig } from '../config/load-config.js';
import { messageRules } from '../config/message-rules.js';
import { classifyBranch } from '../core/branch/classify-branch.js';
import { type CiContext, type CommitRange, readCiContext } from '../core/check/ci-context.js';
import { type CheckFlags, type CheckPlan, planChecks } from '../core/check/plan-checks.js';
import { unknownBranch } from '../core/check/unknown-branch.js';
import type { Config } from '../core/config/types.js';
import { type AutosquashCommit, autosquashCommit } from '../core/message/autosquash-commits.js';
import { type BadCommit, judgeStoredMessage } from '../core/message/judge-commits.js';
import { rewordStart } from '../core/message/reword-start.js';
import { judgeRoute } from '../core/route/judge-route.js';
import { branchNamesOf } from '../core/start/ref-tips.js';
import { UsageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { listRefTips } from '../git/branches.js';
import { type StartedLog, startLog } from '../git/read-commits.js';
import { readEngineer } from '../git/read-engineer.js';
import { readRecordedStage } from '../git/recorded-stages.js';
import { explainUnknownRevisions, resolveCommits } from '../git/resolve-revisions.js';
import { plain } from '../messages/annotation.js';
import {
  annotateFinding,
  autosquashFinding,
  branchFinding,
  CHECK_USAGE,
  commitsFinding,
  type Finding,
  planProblemText,
  renderFinding,
  routeFinding,
  unknownBranchFinding,
  unreadableRangeFinding,
} from '../messages/check-text.js';
import { warningsText } from '../messages/config-text.js';
import { shellQuote as q } from '../messages/render.js';
import { badArgumentsText } from '../messages/usage-text.js';
import type { Command } from './command.js';
import { parseCommandArgs } from './parse-command-args.js';

interface Outcome {
  check: Finding['check'];
  ok: boolean;
  /** The check could not run (a commit not in this clone): a setup problem, not a rule. */
  error?: boolean;
  subject: Record<string, unknown>;
  finding?: Finding;
}

export const run: Command = async (args, context) => {
  const flags = parseFlags(args);
  if (flags.help) return { code: ExitCode.ok, stdout: `${CHECK_USAGE}\n` };
  if (flags.message !== undefined) {
    if (
      flags.branch !== undefined ||
      flags.range !== undefined ||
      flags.pr ||
      flags.base !== undefined ||
      flags.head !== undefined
    ) {
      throw new UsageError(
        badArgumentsText(
          'check',
          '--message checks a message on its own: give it without --branch, --range or --pr.',
          CHECK_USAGE,
        ),
      );
    }
    return (await import('./check-message.js')).checkMessage(flags.message, flags.json, context.cwd);
  }
  const ci = readCiContext(context.env, readGithubEvent(context.env.GITHUB_EVENT_PATH));
  const planned = planChecks(flags, ci);
  if (!planned.ok) throw new UsageError(badArgumentsText('check', planProblemText(planned.problem), CHECK_USAGE));
  const { plan } = planned;
  // Over a long range git's walk costs as much as judging the messages: it runs while the config
  // loads. `^{commit}`, as rev-parse was asked before: a tree or a blob is no side of a range.
  const { range } = plan;
  const log = range && startLog([`${range.base}^{commit}..${range.head}^{commit}`, '--'], context.cwd);
  let gathered: { outcomes: Outcome[]; warnings: string[] };
  try {
    gathered = await gatherOutcomes(flags, plan, ci, log, context.cwd);
  } finally {
    // A check that failed before it read the log: git is stopped, and its output let go.
    log?.stop();
  }
  const { outcomes, warnings } = gathered;

  const ok = outcomes.every((outcome) => outcome.ok);
  const code = outcomes.some((outcome) => outcome.error) ? ExitCode.usage : ok ? ExitCode.ok : ExitCode.blocked;
  const findings = outcomes.flatMap((outcome) => (outcome.finding ? [outcome.finding] : []));
  const stderr = warningsText(warnings);
  if (flags.json) {
    const checks = outcomes.map(({ check, ok, subject, finding }) => ({
      check,
      ok,
      ...subject,
      ...(finding ? { problem: plainFinding(finding) } : {}),
    }));
    return { code, stdout: `${JSON.stringify({ ok, provider: ci.provider ?? null, checks }, null, 2)}\n`, stderr };
  }
  const annotations = ci.provider === 'github' ? findings.map(annotateFinding).join('') : '';
  return { code, stdout: annotations, stderr: stderr + findings.map(renderFinding).join('\n') };
};

/** Each check the plan names, in order: branches, the pull request's route, the range's commits. */
async function gatherOutcomes(
  flags: CheckFlags,
  plan: CheckPlan,
  ci: CiContext,
  log: StartedLog | undefined,
  cwd: string,
): Promise<{ outcomes: Outcome[]; warnings: string[] }> {
  const { config, warnings } = await loadConfig(cwd);
  // Read only for a failed check's suggested branch, as the hooks do; in CI the runner's git
  // identity is not the engineer's, so the suggestion keeps its placeholder there.
  let engineerRead: Promise<string | undefined> | undefined;
  const engineer = () =>
    (engineerRead ??= ci.provider ? Promise.resolve(undefined) : readEngineer(cwd).catch(() => undefined));
  const outcomes: Outcome[] = await Promise.all(plan.branches.map((name) => checkBranch(name, config, engineer)));
  // Names typed on the command line are checked against the branches there are; a CI's own variables are not, as its clone may lack the base.
  const unknown =
    plan.pullRequest && !ci.provider ? await unknownPrBranches(flags, plan.pullRequest, config.remote, cwd) : [];
  outcomes.push(...unknown);
  if (plan.pullRequest && unknown.length === 0)
    outcomes.push(await checkRoute(plan.pullRequest.head, plan.pullRequest.base, config, cwd, engineer));
  // The autosquash rebase goes onto the pull request's base as this clone names it, else the range's base.
  const rebaseBase = plan.pullRequest ? `${config.remote}/${plan.pullRequest.base}` : plan.range?.base;
  if (plan.range && log)
    outcomes.push(...(await checkCommits(plan.range, log, rebaseBase ?? plan.range.base, config, cwd)));
  return { outcomes, warnings };
}

async function checkBranch(
  name: string,
  config: Config,
  engineer: () => Promise<string | undefined>,
): Promise<Outcome> {
  const branch = classifyBranch(name, config.branches);
  const subject = { branch: name, kind: branch.kind };
  if (branch.kind !== 'invalid') return { check: 'branch', ok: true, subject };
  return { check: 'branch', ok: false, subject, finding: branchFinding(branch, config, await engineer()) };
}

async function checkRoute(
  head: string,
  base: string,
  config: Config,
  cwd: string,
  engineer: () => Promise<string | undefined>,
): Promise<Outcome> {
  const verdict = judgeRoute(head, base, config.branches, {
    mainIntoStage: config.sync.mainIntoStage === 'pull-request',
  });
  const subject = { head, base, route: verdict.why };
  if (verdict.allowed) return { check: 'route', ok: true, subject };
  // Outside CI, start-work's record names the stage to open the pull request into instead.
  const stage =
    verdict.why === 'work-into-main'
      ? await readRecordedStage(head, config.branches, cwd).catch(() => undefined)
      : undefined;
  return { check: 'route', ok: false, subject, finding: routeFinding(verdict, config, stage, await engineer()) };
}

async function unknownPrBranches(
  flags: CheckFlags,
  pr: { base: string; head: string },
  remote: string,
  cwd: string,
): Promise<Outcome[]> {
  // Outside a repository there is nothing to compare with: the route is judged by the names alone.
  const known = await listRefTips(remote, cwd).then(
    (tips) => branchNamesOf(tips, remote),
    () => undefined,
  );
  if (!known) return [];
  const outcomes: Outcome[] = [];
  for (const side of ['base', 'head'] as const) {
    const missing = flags[side] === undefined ? undefined : unknownBranch(pr[side], known);
    if (!missing) continue;
    const fixed = { ...pr, [side]: missing.closest };
    const again =
      missing.closest === undefined
        ? undefined
        : `npx stageflow check --pr --base ${q(fixed.base)} --head ${q(fixed.head)}`;
    outcomes.push({
      check: 'route',
      ok: false,
      error: true,
      subject: { [side]: pr[side], unknown: true },
      finding: unknownBranchFinding(`--${side}`, missing, remote, again),
    });
  }
  return outcomes;
}

async function checkCommits(
  range: CommitRange,
  log: StartedLog,
  rebaseBase: string,
  config: Config,
  cwd: string,
): Promise<Outcome[]> {
  const text = `${range.base}..${range.head}`;
  const rules = await messageRules(config);
  let count = 0;
  let merges = false;
  const bad: BadCommit[] = [];
  // The hooks let fixup!/squash!/amend! commits through on a work branch; a pull request must not bring them.
  const markers: AutosquashCommit[] = [];
  // Each message is judged as git lists it, while git writes the next ones, and none is kept.
  try {
    await log.read((commit) => {
      count++;
      merges ||= commit.parents.length > 1;
      const verdict = judgeStoredMessage(commit, rules);
      if (verdict) bad.push(verdict);
      const marker = autosquashCommit(commit);
      if (marker) markers.push(marker);
    });
  } catch (error) {
    return [await unreadableRange(range, error, config, cwd)];
  }
  const subject = {
    range: text,
    commits: count,
    bad: bad.map(({ sha, subject, problems }) => ({ sha, subject, problems })),
    autosquash: markers,
  };
  if (bad.length === 0 && markers.length === 0) return [{ check: 'commits', ok: true, subject }];
  return [
    ...(bad.length > 0
      ? [
          {
            check: 'commits' as const,
            ok: false,
            subject,
            finding: commitsFinding(text, count, bad, rewordStart(bad[bad.length - 1]!, merges)),
          },
        ]
      : []),
    ...(markers.length > 0
      ? [
          {
            check: 'commits' as const,
            ok: false,
            subject,
            finding: autosquashFinding(text, count, markers, rebaseBase),
          },
        ]
      : []),
  ];
}

/** Why git could not list the range: a side it does not know. Only a failed log pays for finding out which. */
async function unreadableRange(range: CommitRange, failure: unknown, config: Config, cwd: string): Promise<Outcome> {
  const text = `${range.base}..${range.head}`;
  const resolved = await resolveCommits([range.base, range.head], cwd);
  if (resolved.ok) throw failure;
  const why = await explainUnknownRevisions([range.base, range.head], cwd);
  return {
    check: 'commits',
    ok: false,
    error: true,
    subject: { range: text },
    finding: unreadableRangeFinding(text, resolved.error, why, config.remote, cwd),
  };
}

function parseFlags(args: string[]): CheckFlags & { json: boolean; help: boolean; message?: string } {
  const { values } = parseCommandArgs('check', CHECK_USAGE, {
    args,
    options: {
      branch: { type: 'string' },
      range: { type: 'string' },
      pr: { type: 'boolean' },
      base: { type: 'string' },
      head: { type: 'string' },
      json: { type: 'boolean' },
      message: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: false,
  });
  return { ...values, json: values.json === true, help: values.help === true };
}

/** The event payload GitHub writes for the run; it holds the pull request's head and base ids. */
function readGithubEvent(path: string | undefined): unknown {
  if (!path) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

function plainFinding(finding: Finding): { title: string; details: string[]; fixes: Finding['fixes'] } {
  return { title: finding.title, details: finding.details.map(plain), fixes: finding.fixes };
}
