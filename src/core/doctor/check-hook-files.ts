import { callsStageflow } from '../init/hook-line.js';
import { prepareRunsHusky } from '../init/plan-package-json.js';
import type { DoctorFacts } from './facts.js';
import type { Finding } from './finding.js';

/** Each hook needs husky's runner (executable, or git skips it) and a script that calls stageflow. */
export function checkHookFiles(facts: DoctorFacts): Finding[] {
  const findings: Finding[] = [];
  for (const { hook, runner, script, binary } of facts.hooks) {
    if (!runner.exists) findings.push({ kind: 'runner-missing', hook, path: runner.path, prepareRunsHusky: prepareRunsHusky(facts.prepare) });
    else if (!runner.executable) findings.push({ kind: 'runner-not-executable', hook, path: runner.path });
    if (!script.exists) {
      findings.push({ kind: 'script-missing', hook, path: script.path });
      continue;
    }
    const lines = (script.text ?? '').split('\n');
    if (!lines.some((line) => callsStageflow(line, hook))) {
      findings.push({ kind: 'script-without-stageflow', hook, path: script.path });
      continue;
    }
    if (binary !== undefined && binary.foundAt === undefined) {
      // One finding per missing command, naming every hook that calls it.
      const same = findings.find((finding) => finding.kind === 'binary-missing' && finding.command === binary.command);
      if (same?.kind === 'binary-missing') same.hooks.push(hook);
      else findings.push({ kind: 'binary-missing', hooks: [hook], command: binary.command, packagePath: facts.packagePath ?? '' });
    }
  }
  return findings;
}
