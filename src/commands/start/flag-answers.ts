import type { BranchConfig } from '../../core/config/types.js';
import { closestStage, findStage, type StageEntry } from '../../core/start/stage-list.js';
import { workBranchName } from '../../core/start/work-branch-name.js';
import { UsageError } from '../../errors.js';
import { badNameText, nameProblemText, noEngineerText, unknownStageText } from '../../messages/start-text.js';
import type { StartWorkFlags } from './start-work-args.js';
import type { WorkAnswers } from './work-answers.js';

/** The answers from flags alone, for scripts: anything missing or wrong is refused, never asked. */
export function answersFromFlags(
  flags: StartWorkFlags & { stage: string; change: string },
  stages: readonly StageEntry[],
  defaultEngineer: string | undefined,
  branches: BranchConfig,
  remembered: boolean,
  /** The name git has when no branch name can be made of it (`李雷`). */
  unusable?: string,
): WorkAnswers {
  const existing = findStage(stages, flags.stage, branches);
  if (!existing)
    throw new UsageError(
      unknownStageText(flags.stage, stages, branches, flags, closestStage(stages, flags.stage, branches)),
    );
  const engineerText = flags.engineer ?? defaultEngineer;
  if (engineerText === undefined) throw new UsageError(noEngineerText(flags, unusable));
  const name = workBranchName(engineerText, flags.change, branches);
  if (!name.ok) {
    const flag = name.problem === 'engineer-empty' ? 'engineer' : 'change';
    throw new UsageError(
      badNameText(
        flag,
        nameProblemText(name.problem, flag, name.name, flag === 'engineer' ? engineerText : undefined),
        flags,
      ),
    );
  }
  // A one-off --engineer leaves the remembered name alone.
  return {
    stage: { existing },
    engineer: name.engineer,
    rememberEngineer: !remembered,
    change: name.change,
    branch: name.name,
  };
}
