import { slugify } from '../../core/branch/slugify.js';
import type { BranchConfig } from '../../core/config/types.js';
import { typedStageName } from '../../core/start/stage-branch-name.js';
import { closestStage, findStage, type StageEntry } from '../../core/start/stage-list.js';
import { workBranchName } from '../../core/start/work-branch-name.js';
import { StageflowError, UsageError } from '../../errors.js';
import {
  CHANGE_MESSAGE,
  ENGINEER_MESSAGE,
  engineerInLatinMessage,
  NEW_STAGE_CHOICE,
  previewLine,
  STAGE_CHOICE_MESSAGE,
  stageHint,
} from '../../messages/prompt-text.js';
import { nameProblemText, unknownStageText } from '../../messages/start-text.js';
import { askName, selectOne } from '../../prompt/index.js';
import { stageQuestion } from './stage-question.js';
import type { StartWorkFlags } from './start-work-args.js';
import type { WorkAnswers } from './work-answers.js';

// The prompt's answered line shows a choice's name, so the new-stage choice is named by its label;
// no branch name can contain a space, so it never clashes with a stage.
const NEW_STAGE = NEW_STAGE_CHOICE;

/** Asks, in order, for what the flags did not say: the stage, the engineer, the change. */
export async function askWork(
  flags: StartWorkFlags,
  stages: readonly StageEntry[],
  defaultEngineer: string | undefined,
  branches: BranchConfig,
  remote: string,
  remembered: boolean,
  /** The name git has when no branch name can be made of it (`李雷`): the question says why it is not offered. */
  unusable?: string,
): Promise<WorkAnswers> {
  const stage = await askStage(flags.stage, stages, branches, remote);

  const engineer =
    flags.engineer ??
    (await askName({
      message: unusable === undefined ? ENGINEER_MESSAGE : engineerInLatinMessage(unusable),
      initial: defaultEngineer,
      preview: (typed) => previewLine(`${branches.workPrefix}${slugify(typed) || '<engineer>'}/<change>`),
      problem: (typed) => (slugify(typed) ? undefined : nameProblemText('engineer-empty', 'engineer', '', typed)),
      answer: (typed) => slugify(typed),
    }));

  const change =
    flags.change ??
    (await askName({
      message: CHANGE_MESSAGE,
      preview: (typed) => previewLine(workBranchName(engineer, typed, branches).name),
      problem: (typed) => {
        const name = workBranchName(engineer, typed, branches);
        return name.ok ? undefined : nameProblemText(name.problem, 'change', name.name);
      },
      answer: (typed) => slugify(typed),
    }));

  const name = workBranchName(engineer, change, branches);
  if (!name.ok)
    throw new StageflowError(
      nameProblemText(name.problem, name.problem === 'engineer-empty' ? 'engineer' : 'change', name.name),
    );
  // Asked: the answer is remembered; a one-off --engineer is not (unless it is the first name used here).
  return {
    stage,
    engineer: name.engineer,
    rememberEngineer: flags.engineer === undefined || !remembered,
    change: name.change,
    branch: name.name,
  };
}

async function askStage(
  flag: string | undefined,
  stages: readonly StageEntry[],
  branches: BranchConfig,
  remote: string,
): Promise<WorkAnswers['stage']> {
  if (flag !== undefined) {
    const existing = findStage(stages, flag, branches);
    if (!existing)
      throw new UsageError(unknownStageText(flag, stages, branches, {}, closestStage(stages, flag, branches)));
    return { existing };
  }
  const now = Math.floor(Date.now() / 1000);
  const width = Math.max(0, ...stages.map((entry) => entry.branch.length));
  const choice = await selectOne(STAGE_CHOICE_MESSAGE, [
    ...stages.map((entry) => ({
      name: entry.branch,
      message: entry.branch.padEnd(width),
      hint: stageHint(entry, remote, now),
    })),
    { name: NEW_STAGE, message: `+ ${NEW_STAGE_CHOICE}` },
  ]);
  const existing = stages.find((entry) => entry.branch === choice);
  if (existing) return { existing };
  const typed = await askName(stageQuestion(branches, stages));
  return { create: typedStageName(typed, branches).stage };
}
