import { stageNameProblem } from '../branch/classify-branch.js';
import { stageSlugify } from '../branch/slugify.js';
import type { BranchConfig } from '../config/types.js';

export type StageBranchName =
  | { ok: true; name: string; stage: string }
  | {
      ok: false;
      problem: 'stage-name-missing' | 'stage-name-invalid' | 'stage-name-too-long';
      stage: string;
      suggestion: string | undefined;
    };

/**
 * `stage/<stage-name>` from a name given exactly (a flag, an argument): checked, never changed.
 * The suggestion is the nearest valid name, for the fix command.
 */
export function stageBranchName(stage: string, branches: BranchConfig): StageBranchName {
  const problem = stageNameProblem(stage, branches.stageMaxLength);
  if (problem)
    return { ok: false, problem, stage, suggestion: stageSlugify(stage, branches.stageMaxLength) || undefined };
  return { ok: true, name: `${branches.stagePrefix}${stage}`, stage };
}

/** The stage name a person typing free text means: `Login Page` → `login-page`. */
export function typedStageName(text: string, branches: BranchConfig): StageBranchName {
  const slug = stageSlugify(text, Number.MAX_SAFE_INTEGER);
  return stageBranchName(slug, branches);
}
