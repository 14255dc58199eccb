import type { Config } from '../core/config/types.js';
import type { DeployProblem, GuardedCommand } from '../core/deploy/judge-deploy.js';
import { LAMBDA_NAME_LIMIT, type LongName } from '../core/stage/long-function-names.js';
import pc from './colors.js';
import { type Fix, shellQuote as q, renderReport } from './render.js';
import { longNameLines, shorterNamesAdvice } from './stage-text.js';

const OVERRIDE_VARIABLE = 'STAGEFLOW_DEPLOY_OVERRIDE';

export interface DeployContext {
  command: GuardedCommand;
  stage: string | undefined;
  /** `--function` of `deploy function` and `rollback function`. */
  functionName: string | undefined;
  config: Config;
}

/** The command the user ran, to run again once fixed. */
function rerun(context: DeployContext, stage = context.stage): string {
  const fn = context.command.endsWith(' function') ? ` --function ${q(context.functionName ?? '<function>')}` : '';
  return `serverless ${context.command}${fn} --stage ${stage === undefined ? '"$(npx stageflow stage)"' : q(stage)}`;
}

function overrideLine(context: DeployContext): string {
  return `Emergency only: ${OVERRIDE_VARIABLE}="<reason>" ${rerun(context)} goes ahead anyway and prints the reason loudly.`;
}

/** `✖ stageflow: deploy blocked: <what>`, why, and the commands that fix each problem. */
export function deployBlockedText(problems: readonly DeployProblem[], context: DeployContext): string {
  const [first, ...others] = problems.map((problem) => describe(problem, context));
  if (first === undefined) throw new Error('deployBlockedText needs a problem');
  return renderReport({
    title: `deploy blocked: ${first.what}`,
    details: [...first.why, ...others.flatMap((other) => [`Also: ${other.what}.`, ...other.why])],
    fixes: [...first.fixes, ...others.flatMap((other) => other.fixes)],
    footnote: overrideLine(context),
  });
}

interface Described {
  what: string;
  why: string[];
  fixes: Fix[];
}

function describe(problem: DeployProblem, context: DeployContext): Described {
  const { config } = context;
  const { branches, remote } = config;
  const stage = context.stage ?? '<stage>';
  const ownBranch = stage === config.liveStage ? branches.main : `${branches.stagePrefix}${stage}`;
  const deploys = `Only ${branches.main} deploys the live stage "${config.liveStage}", and only ${branches.stagePrefix}<stage-name> deploys <stage-name>: what runs in a stage is what was merged into its branch.`;
  const again = rerun(context);
  const switchToOwner: Fix = {
    say: `Run it from the branch of stage "${stage}" (committed, at ${remote}'s tip):`,
    commands: [`git switch ${q(ownBranch)}`, again],
  };
  switch (problem.kind) {
    case 'unknown-stage':
      return {
        what: 'the stage is not known before the framework calls AWS',
        why: [
          'provider.stage holds a variable the framework resolves only later, so stageflow cannot tell which stage this would change.',
        ],
        fixes: [
          {
            say: 'Name the stage on the command line (stageflow prints the one of the current branch):',
            commands: [rerun(context, undefined)],
          },
        ],
      };
    case 'no-branch':
      return {
        what: `HEAD is detached and no CI variable names its branch, so nothing says it may ${context.command} stage "${stage}"`,
        why: [
          deploys,
          'In CI, stageflow reads GITHUB_REF_NAME or GITHUB_HEAD_REF (GitHub Actions) and CI_COMMIT_BRANCH (GitLab CI).',
        ],
        fixes: [switchToOwner],
      };
    case 'not-a-deploy-branch':
      return { what: `${problem.branch} does not deploy any stage`, why: [deploys], fixes: [switchToOwner] };
    case 'other-stage':
      return {
        what: `${problem.branch} deploys to stage "${problem.branchStage}", not "${stage}"`,
        why: [deploys],
        fixes:
          context.command === 'remove'
            ? [
                switchToOwner,
                {
                  say: `Or retire the stage: once its pull request into ${branches.main} is merged, the git host deletes ${ownBranch} and the pipeline removes the stack; by hand, after that:`,
                  commands: [`git fetch --prune ${q(remote)}`, again],
                },
              ]
            : [
                switchToOwner,
                { say: `Or deploy this branch's own stage:`, commands: [rerun(context, problem.branchStage)] },
              ],
      };
    case 'personal-stages-off':
      return {
        what: `${problem.branch} is a work branch, and work branches do not deploy`,
        why: [
          deploys,
          `Work reaches a stage by a pull request into its ${branches.stagePrefix}<stage-name> branch, which then deploys it.`,
        ],
        fixes: [
          // Asked for the personal stage itself: there is no stage branch of that name to switch to.
          ...(stage === problem.personalStage ? [] : [switchToOwner]),
          {
            say: `${stage === problem.personalStage ? 'If' : 'Or, if'} your team gives each engineer a stage of their own, allow personal stages in .stageflowrc.json ("deploy": { "personalStages": true }); then this branch deploys "${problem.personalStage}":`,
            commands: [rerun(context, problem.personalStage)],
          },
        ],
      };
    case 'personal-stage-taken':
      return {
        what: `stage "${problem.personalStage}" is not personal: ${problem.personalStage === config.liveStage ? 'it is the live stage' : `${branches.stagePrefix}${problem.personalStage} deploys it`}`,
        why: ['A personal stage must not overwrite a stage the team shares.'],
        fixes: [{ say: 'Deploy the shared stage from its branch:', commands: [`git switch ${q(ownBranch)}`] }],
      };
    case 'live-stage-removal':
      return {
        what: `${context.command} would delete the live stage "${config.liveStage}"`,
        why: [`That is the live service; no branch removes it. If it must go, say why with ${OVERRIDE_VARIABLE}.`],
        fixes: [],
      };
    case 'uncommitted': {
      const shown = problem.files.slice(0, 10).map((file) => `    ${file}`);
      const more =
        problem.files.length > shown.length ? [`    ... and ${problem.files.length - shown.length} more`] : [];
      return {
        what: `${problem.files.length === 1 ? '1 tracked file has' : `${problem.files.length} tracked files have`} uncommitted changes`,
        why: ['A deploy must be a commit that was reviewed, not what happens to be on disk:', ...shown, ...more],
        fixes: [
          {
            say: 'Set the changes aside and bring them back after (or commit them on a work branch):',
            commands: ['git stash push', again, 'git stash pop'],
          },
        ],
      };
    }
    case 'not-on-remote':
      return {
        what: `${problem.branch} is not on ${remote} (as last fetched), so nobody has reviewed what HEAD holds`,
        why: [
          `stageflow compares HEAD with ${remote}/${problem.branch} without fetching; if the branch was pushed since, fetch it.`,
        ],
        fixes: [
          { say: `If it was pushed since the last fetch:`, commands: [`git fetch ${q(remote)}`, again] },
          {
            say: 'If it is new, publish it first:',
            commands: [`git push -u ${q(remote)} ${q(problem.branch)}`, again],
          },
        ],
      };
    case 'not-remote-tip': {
      const apart = [
        problem.ahead > 0 ? `${problem.ahead} commit${problem.ahead === 1 ? '' : 's'} not on ${remote}` : '',
        problem.behind > 0 ? `${problem.behind} commit${problem.behind === 1 ? '' : 's'} behind it` : '',
      ]
        .filter(Boolean)
        .join(', ');
      const fixes: Fix[] =
        problem.ahead > 0
          ? [
              {
                say: `Bring those commits in by pull request (status says how), then deploy the merged tip:`,
                commands: ['npx stageflow status', `git pull --ff-only ${q(remote)} ${q(problem.branch)}`, again],
              },
            ]
          : [
              {
                say: `Catch up with ${remote}:`,
                commands: [`git pull --ff-only ${q(remote)} ${q(problem.branch)}`, again],
              },
            ];
      return {
        what: `HEAD is not ${remote}/${problem.branch}'s tip (${apart})`,
        why: [
          `What is deployed must be what was reviewed and merged on ${remote}. This compares with ${remote}/${problem.branch} as last fetched (no fetch); if it looks stale, run git fetch ${q(remote)} first.`,
        ],
        fixes,
      };
    }
  }
}

/** Printed in full when the override lets a blocked deploy through: nobody should miss it in a log. */
export function overrideUsedText(problems: readonly DeployProblem[], context: DeployContext, reason: string): string {
  return overrideBanner(
    problems.map((problem) => describe(problem, context).what),
    context,
    reason,
  );
}

export function namesOverrideText(
  stage: string,
  long: readonly LongName[],
  context: DeployContext,
  reason: string,
): string {
  return overrideBanner(
    [
      `${long.length === 1 ? 'a name' : `${long.length} names`} on stage "${stage}" longer than the ${LAMBDA_NAME_LIMIT} characters AWS allows:`,
      ...longNameLines(long).map((line) => line.slice(2)),
    ],
    context,
    reason,
  );
}

function overrideBanner(whats: readonly string[], context: DeployContext, reason: string): string {
  const bar = pc.red(pc.bold('!'.repeat(72)));
  const what = whats.map((line) => (line.startsWith('  ') ? `    ${line}` : `    - ${line}`));
  return [
    bar,
    `${pc.red(pc.bold('! stageflow: DEPLOY OVERRIDE'))}: ${context.command} of stage "${context.stage ?? '?'}" goes ahead although stageflow would block it:`,
    ...what,
    `  Reason given in ${OVERRIDE_VARIABLE}: ${JSON.stringify(reason)}`,
    bar,
    '',
  ].join('\n');
}

/** The names the framework resolved that AWS would refuse. */
export function longNamesBlockedText(
  stage: string,
  long: readonly LongName[],
  fitting: number | undefined,
  context: DeployContext,
): string {
  return renderReport({
    title: `deploy blocked: ${long.length === 1 ? 'a name' : `${long.length} names`} on stage "${stage}" would be longer than the ${LAMBDA_NAME_LIMIT} characters AWS allows`,
    details: [
      'CloudFormation would fail part-way through the deploy. As the framework resolved them:',
      ...longNameLines(long).map((line) => line.slice(2)),
    ],
    fixes: [
      {
        say: shorterNamesAdvice(
          'serverless.yml',
          long,
          fitting,
          context.config.branches,
          stage === context.config.liveStage,
        ),
        commands: [],
      },
    ],
    footnote: overrideLine(context),
  });
}

export function deployGuardFailedText(what: string): string {
  return renderReport({
    title: `deploy blocked: stageflow could not check the deploy: ${what}`,
    details: [
      'A deploy guard that cannot look does not let a deploy through.',
      'Run again with STAGEFLOW_DEBUG=1 for the stack trace.',
    ],
    footnote: `Emergency only: ${OVERRIDE_VARIABLE}="<reason>" serverless ... goes ahead anyway and prints the reason loudly.`,
  });
}
