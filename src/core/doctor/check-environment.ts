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

/** GUI git clients do not read the shell's profile, so node from a version manager is not on their PATH. */
export function adviseEnvironment(facts: DoctorFacts): Advice[] {
  return facts.nodeFromVersionManager && !facts.initSh.exists ? [{ kind: 'gui-clients', initSh: facts.initSh.path }] : [];
}
