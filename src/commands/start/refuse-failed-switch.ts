import { StageflowError } from '../../errors.js';
import type { SwitchOutcome } from '../../git/switch-branch.js';
import { localChangesText, switchFailedText } from '../../messages/start-text.js';

/** A failed switch becomes the refusal that says why and what to do; git changed nothing. */
export function refuseFailedSwitch(
  outcome: SwitchOutcome,
  target: string,
  from: string,
  current: string | undefined,
  rerun: string,
): void {
  if (outcome.ok) return;
  if (outcome.why === 'local-changes')
    throw new StageflowError(localChangesText(target, from, outcome.paths, current, rerun));
  throw new StageflowError(switchFailedText(target, outcome.detail));
}
