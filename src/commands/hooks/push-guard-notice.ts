import { join } from 'node:path';
import { pushGuardGap, runsLfsPrePush } from '../../core/hooks/push-guard-gap.js';
import { RUNNER_ENV, RUNNER_OWN_CALL } from '../../core/hooks/runner-env.js';
import { isStageflowRunner } from '../../core/hooks/runner-script.js';
import { shownPath } from '../../core/shown-path.js';
import { readText } from '../../fs/read-file-state.js';
import type { Repository } from '../../git/repository.js';

/**
 * What commit-msg adds when pushes from this clone would go unchecked: git's pre-push beside the
 * runner that started this hook is gone or someone else's (`git lfs install --force`). Only when
 * stageflow's runner started the hook, from git's own folder: husky's stubs carry their own line.
 * Two file reads; the words load only when there is something to say.
 */
export async function pushGuardNotice(
  repository: Promise<Repository>,
  cwd: string,
  env: NodeJS.ProcessEnv,
  projectDir: string,
): Promise<string> {
  if (env[RUNNER_ENV] !== RUNNER_OWN_CALL) return '';
  const { commonDir } = await repository;
  const folder = join(commonDir, 'hooks');
  if (!isStageflowRunner(readText(join(folder, 'commit-msg')))) return '';
  const hook = join(folder, 'pre-push');
  const gap = pushGuardGap(readText(hook));
  if (gap === undefined) return '';
  const { pushGuardGapText } = await import('../../messages/runner-text.js');
  const teamDir = join(projectDir, '.husky');
  const teamFile = join(teamDir, 'pre-push');
  const addLfsLine = gap.kind === 'replaced' && gap.lfs && !runsLfsPrePush(readText(teamFile));
  return pushGuardGapText(
    gap,
    {
      hookPath: shownPath(cwd, hook),
      packagePath: shownPath(cwd, projectDir),
      teamFile: shownPath(cwd, teamFile),
      teamDir: shownPath(cwd, teamDir),
    },
    addLfsLine,
  );
}
