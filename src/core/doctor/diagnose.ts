import { adviseEnvironment, checkEnvironment } from './check-environment.js';
import { checkHookArguments } from './check-hook-arguments.js';
import { adviseHookFiles, checkHookFiles } from './check-hook-files.js';
import { checkHooksPath } from './check-hooks-path.js';
import type { DoctorFacts } from './facts.js';
import type { Diagnosis } from './finding.js';

/** Every reason the hooks would not run, from the facts alone. */
export function diagnose(facts: DoctorFacts): Diagnosis {
  if (facts.topLevel === undefined) return { findings: [{ kind: 'not-a-repository', cwd: facts.cwd }], advice: [] };
  if (facts.packagePath === undefined) return { findings: [{ kind: 'no-package-json', cwd: facts.cwd }], advice: [] };
  const hooksPath = checkHooksPath(facts);
  // When git runs another folder's hooks, whatever is there is not the runner for one reason, fixed by one command.
  const hookFiles = checkHookFiles(facts).filter(
    (finding) =>
      hooksPath.length === 0 ||
      !['runner-missing', 'runner-not-stageflow', 'runner-not-executable'].includes(finding.kind),
  );
  // Under stageflow's runner a stageflow line in .husky/<hook> does nothing (advice says so); under husky's stub it is the check.
  return {
    findings: [
      ...hooksPath,
      ...hookFiles,
      ...checkHookArguments(facts.hooks.filter((hook) => !hook.runner.stageflow)),
      ...checkEnvironment(facts),
    ],
    advice: [...adviseEnvironment(facts), ...adviseHookFiles(facts)],
  };
}
