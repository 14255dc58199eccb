import { callsStageflow } from '../init/hook-line.js';
import type { DoctorFacts } from './facts.js';
import type { Finding } from './finding.js';
import { turnOnFor } from './turn-on.js';

/** Each hook needs husky's runner (executable, or git skips it) and a script that calls stageflow. */
export function checkHookFiles(facts: DoctorFacts): Finding[] {
  const findings: Finding[] = [];
  for (const { hook, runner, script, binary } of facts.hooks) {
    if (!runner.exists) {
      // One finding for every missing runner: husky writes them all at once.
      const same = findings.find((finding) => finding.kind === 'runner-missing');
      if (same?.kind === 'runner-missing') {
        same.hooks.push(hook);
        same.paths.push(runner.path);
      } else findings.push({ kind: 'runner-missing', hooks: [hook], paths: [runner.path], turnOn: turnOnFor(facts) });
    } else if (!runner.executable) findings.push({ kind: 'runner-not-executable', hook, path: runner.path });
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
      else findings.push({ kind: 'binary-missing', hooks: [hook], command: binary.command, packagePath: facts.packagePath ?? '', listed: facts.listedPackages.includes('stageflow') });
    }
  }
  return findings;
}
