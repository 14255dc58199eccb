import type { DoctorFacts } from './facts.js';
import type { Finding } from './finding.js';
import { turnOnFor } from './turn-on.js';

/**
 * git runs hooks from one folder only: its own (`.git/hooks`, where npm install writes stageflow's
 * runner), unless core.hooksPath names another.
 */
export function checkHooksPath(facts: DoctorFacts): Finding[] {
  if (facts.hooksPath === undefined) return [];
  return [
    { kind: 'hooks-path-elsewhere', actual: facts.hooksPath, expected: facts.runnerDir, turnOn: turnOnFor(facts) },
  ];
}
