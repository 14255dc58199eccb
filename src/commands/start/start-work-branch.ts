import type { Config } from '../../core/config/types.js';
import { ENGINEER_KEY, stageKey } from '../../core/git-config-keys.js';
import type { StartPoint } from '../../core/start/choose-start.js';
import { shortRefName, tipsOf } from '../../core/start/ref-tips.js';
import { StageflowError } from '../../errors.js';
import { ExitCode } from '../../exit-codes.js';
import { createBranch } from '../../git/branches.js';
import { writeGitConfig } from '../../git/config.js';
import { readRecordedStage } from '../../git/recorded-stages.js';
import { pushBranch } from '../../git/remote.js';
import type { HeadState } from '../../git/repository.js';
import { switchToBranch, switchToNewBranch } from '../../git/switch-branch.js';
import { countChangedPaths } from '../../git/uncommitted-changes.js';
import { switchToExistingMessage } from '../../messages/prompt-text.js';
import { shellQuote as q } from '../../messages/render.js';
import { branchExistsText, noMainText, otherStageBranchText } from '../../messages/start-text.js';
import {
  alreadyOnText,
  declinedText,
  leftOutNotice,
  publishCommand,
  type StartedWork,
  startedWorkText,
  startLabel,
  switchedText,
} from '../../messages/started-text.js';
import type { CommandResult } from '../command.js';
import type { RefFacts } from './gather-refs.js';
import { setUpPublishing } from './publish-setup.js';
import { refuseFailedSwitch } from './refuse-failed-switch.js';
import { resolveMainStart, resolveStart } from './resolve-start.js';
import { answeredStageBranch, answeredStageName, type WorkAnswers } from './work-answers.js';

export interface StartWorkContext {
  config: Config;
  facts: RefFacts;
  head: HeadState;
  yes: boolean;
  interactive: boolean;
  cwd: string;
  print: (text: string) => void;
}

/** Creates (or switches to) the work branch. Git refuses before changing anything, or all is done. */
export async function startWork(answers: WorkAnswers, context: StartWorkContext): Promise<CommandResult> {
  const { config, facts, head, cwd } = context;
  const { branch } = answers;
  const rerun = startWorkCommand(answers, answers.change);
  const existing = tipsOf(branch, facts.tips, config.remote);
  const stageBranch = answeredStageBranch(answers, config.branches);
  if (!context.yes && (head.branch === branch || existing.local)) {
    // The same change name on another stage: switching would carry on that stage's work, not start this one's.
    const recorded = await readRecordedStage(branch, config.branches, cwd);
    if (recorded && recorded !== stageBranch) {
      const other = startWorkCommand(answers, `${answers.change}-${answeredStageName(answers)}`);
      throw new StageflowError(otherStageBranchText(branch, recorded, stageBranch, other, `${rerun} --yes`));
    }
  }
  if (head.branch === branch) return { code: ExitCode.ok, stdout: alreadyOnText(branch) };

  if (existing.local || existing.remote) {
    const go =
      context.yes ||
      (context.interactive
        ? await (await import('../../prompt/index.js')).confirm(switchToExistingMessage(branch))
        : undefined);
    if (go === undefined) throw new StageflowError(branchExistsText(branch, rerun));
    if (!go) return { code: ExitCode.ok, stdout: declinedText() };
    const changed = await countChangedPaths(cwd);
    refuseFailedSwitch(await switchToBranch(branch, cwd), branch, branch, head.branch, rerun);
    if (answers.rememberEngineer) await writeGitConfig(ENGINEER_KEY, answers.engineer, cwd);
    return { code: ExitCode.ok, stdout: switchedText(branch, changed) };
  }

  const start = await startOf(answers, context, rerun);
  const notice = leftOutNotice(start, 'existing' in answers.stage ? stageBranch : config.branches.main, config.remote);
  if (notice) context.print(notice);

  const changed = await countChangedPaths(cwd);
  refuseFailedSwitch(
    await switchToNewBranch(branch, start.tip.ref, cwd),
    branch,
    shortRefName(start.tip.ref),
    head.branch,
    rerun,
  );
  // Only after the switch succeeded: a refused switch leaves no new stage behind either.
  let newStage: StartedWork['newStage'];
  if ('create' in answers.stage) {
    await createBranch(stageBranch, start.tip.sha, cwd);
    newStage = await publishNewStage(stageBranch, config.remote, facts.hasRemote, cwd);
  }
  const push = await setUpPublishing(branch, config.remote, facts.hasRemote, cwd);
  await writeGitConfig(stageKey(branch), stageBranch, cwd);
  if (answers.rememberEngineer) await writeGitConfig(ENGINEER_KEY, answers.engineer, cwd);
  // The work branch is made either way; a stage that could not be published fails the command, with the push to run.
  const code = newStage?.failure !== undefined ? ExitCode.blocked : ExitCode.ok;
  return { code, stdout: startedWorkText({ branch, from: startLabel(start), changedPaths: changed, push, newStage }) };
}

/**
 * A stage made on the way is published at once, as `start-stage --push` does: a plain `git push`
 * on the work branch would publish the work alone. Its upstream is set only once it is on the
 * remote, so that status can tell a stage never published from one merged and deleted.
 */
async function publishNewStage(
  branch: string,
  remote: string,
  hasRemote: boolean,
  cwd: string,
): Promise<StartedWork['newStage']> {
  const push = publishCommand(branch, remote);
  if (!hasRemote) return { branch, push, published: false };
  const pushed = await pushBranch(branch, remote, cwd);
  if (!pushed.ok) return { branch, push, published: false, failure: pushed.detail };
  await setUpPublishing(branch, remote, hasRemote, cwd);
  return { branch, push, published: true };
}

/** The start-work command that gives these answers again, with `change` as the change name. */
function startWorkCommand(answers: WorkAnswers, change: string): string {
  return `npx stageflow start-work --stage ${q(answeredStageName(answers))} --change ${q(change)} --engineer ${q(answers.engineer)}`;
}

async function startOf(answers: WorkAnswers, context: StartWorkContext, rerun: string): Promise<StartPoint> {
  const { config, facts, cwd } = context;
  const start =
    'existing' in answers.stage
      ? await resolveStart(answers.stage.existing, 'local', cwd)
      : await resolveMainStart(facts.tips, config, cwd);
  if (!start) throw new StageflowError(noMainText(config.branches, config.remote, facts.hasRemote, rerun));
  return start;
}
