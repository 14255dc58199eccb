import { prepareInstallsHooks } from '../init/plan-package-json.js';
import type { DoctorFacts } from './facts.js';
import type { TurnOn } from './finding.js';

/** The one step that turns the hooks on here: `npm run prepare` fails with "husky: not found" without husky. */
export function turnOnFor(facts: DoctorFacts): TurnOn {
  if (!prepareInstallsHooks(facts.prepare)) return 'init';
  if (facts.huskyInstalled) return 'prepare';
  return facts.listedPackages.includes('husky') ? 'install' : 'install-husky';
}
