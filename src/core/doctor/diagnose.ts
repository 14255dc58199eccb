import { layoutFor } from '../init/layout.js';
import { checkEnvironment, adviseEnvironment } from './check-environment.js';
import { checkHookFiles } from './check-hook-files.js';
import { checkHooksPath } from './check-hooks-path.js';
import type { DoctorFacts } from './facts.js';
import type { Diagnosis } from './finding.js';

/** Every reason the hooks would not run, from the facts alone. */
export function diagnose(facts: DoctorFacts): Diagnosis {
  if (facts.topLevel === undefined) return { findings: [{ kind: 'not-a-repository', cwd: facts.cwd }], advice: [] };
  if (facts.packagePath === undefined) return { findings: [{ kind: 'no-package-json', cwd: facts.cwd }], advice: [] };
  const layout = layoutFor(facts.packagePath);
  return {
    findings: [...checkHooksPath(facts, layout.hooksPath), ...checkHookFiles(facts), ...checkEnvironment(facts)],
    advice: adviseEnvironment(facts),
  };
}
