import type { BranchConfig } from '../../core/config/types.js';
import { typedStageName } from '../../core/start/stage-branch-name.js';
import type { StageEntry } from '../../core/start/stage-list.js';
import { previewLine, STAGE_NAME_MESSAGE } from '../../messages/prompt-text.js';
import { stageNameReason } from '../../messages/start-text.js';
import type { NameQuestion } from '../../prompt/index.js';

/** The question for a new stage's name: slugified as typed, refused when invalid or taken. */
export function stageQuestion(branches: BranchConfig, stages: readonly StageEntry[]): NameQuestion {
  return {
    message: STAGE_NAME_MESSAGE,
    preview: (typed) =>
      previewLine(`${branches.stagePrefix}${typedStageName(typed, branches).stage || '<stage-name>'}`),
    answer: (typed) => typedStageName(typed, branches).stage,
    problem: (typed) => {
      const name = typedStageName(typed, branches);
      if (!name.ok) return stageNameReason(name, branches);
      if (stages.some((entry) => entry.stage === name.stage))
        return `${name.name} exists already; pick it from the list instead`;
      return undefined;
    },
  };
}
