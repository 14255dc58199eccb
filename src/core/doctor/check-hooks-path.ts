import type { DoctorFacts } from './facts.js';
import type { Finding } from './finding.js';
import { turnOnFor } from './turn-on.js';

/** git runs hooks from one folder only: core.hooksPath must name husky's runner folder. */
export function checkHooksPath(facts: DoctorFacts, expected: string): Finding[] {
  const turnOn = turnOnFor(facts);
  if (facts.hooksPath === undefined) return [{ kind: 'hooks-path-unset', expected, turnOn }];
  const actual = facts.hooksPath.replace(/\/+$/, '');
  const absolute = facts.topLevel !== undefined && actual === `${facts.topLevel}/${expected}`;
  if (actual === expected || absolute) return [];
  return [{ kind: 'hooks-path-elsewhere', actual: facts.hooksPath, expected, turnOn }];
}
