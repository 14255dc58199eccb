import { layoutFor } from '../init/layout.js';
import type { DoctorFacts } from './facts.js';
import type { Advice, Finding } from './finding.js';

/** HUSKY=0 (in the environment or husky's init.sh) turns every hook off; an invalid config stops them all. */
export function checkEnvironment(facts: DoctorFacts): Finding[] {
  const findings: Finding[] = [];
  if (facts.huskyEnv === '0') findings.push({ kind: 'husky-disabled-env' });
  if (facts.initSh.disablesHusky) findings.push({ kind: 'husky-disabled-init', path: facts.initSh.path });
  if (facts.configProblem !== undefined) findings.push({ kind: 'config-invalid', message: facts.configProblem });
  return findings;
}

/**
 * GUI git clients do not read the shell's profile, so node from a version manager is not on their PATH.
 * Hooks left in .git/hooks never run beside husky's: worth a warning, not a failure (they may be
 * leftovers on purpose, and stageflow's own hooks run fine).
 */
export function adviseEnvironment(facts: DoctorFacts): Advice[] {
  const advice: Advice[] = [];
  if (facts.nodeFromVersionManager && !facts.initSh.exists)
    advice.push({ kind: 'gui-clients', initSh: facts.initSh.path });
  if (facts.gitHooks.names.length > 0 && facts.packagePath !== undefined) {
    advice.push({
      kind: 'git-hooks-off',
      dir: facts.gitHooks.dir,
      names: facts.gitHooks.names,
      huskyDir: layoutFor(facts.packagePath).huskyDir,
    });
  }
  return advice;
}
