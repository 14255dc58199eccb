import { isFallbackLine } from '../hooks/fallback-line.js';
import { parseHookLine } from '../hooks/parse-hook-line.js';
import type { DoctorFacts } from './facts.js';
import type { Advice, Finding } from './finding.js';
import { turnOnFor } from './turn-on.js';

/**
 * Each hook needs stageflow's runner in `.git/hooks` (executable, or git skips it), and the stageflow
 * script it starts. The team's `.husky/<hook>` is optional: the runner checks without it.
 */
export function checkHookFiles(facts: DoctorFacts): Finding[] {
  const findings: Finding[] = [];
  const group = (
    kind: 'runner-missing' | 'runner-not-stageflow',
    hook: (typeof facts.hooks)[number]['hook'],
    path: string,
  ) => {
    // One finding for every such runner: the installer writes them all at once.
    const same = findings.find((finding) => finding.kind === kind);
    if (same?.kind === kind) {
      same.hooks.push(hook);
      same.paths.push(path);
    } else findings.push({ kind, hooks: [hook], paths: [path], turnOn: turnOnFor(facts) });
  };
  for (const { hook, runner, script } of facts.hooks) {
    if (!runner.exists) group('runner-missing', hook, runner.path);
    else if (!runner.stageflow) group('runner-not-stageflow', hook, runner.path);
    else if (!runner.executable) findings.push({ kind: 'runner-not-executable', hook, path: runner.path });
    if (hook === 'pre-push' && runner.exists && !runner.stageflow && script.text !== undefined) {
      const starved = starvingLine(script.text);
      if (starved) findings.push({ kind: 'pre-push-starved', path: script.path, ...starved });
    }
    if (runner.cli !== undefined && !runner.cli.found) {
      const same = findings.find(
        (finding) => finding.kind === 'binary-missing' && finding.command === runner.cli!.path,
      );
      if (same?.kind === 'binary-missing') same.hooks.push(hook);
      else
        findings.push({
          kind: 'binary-missing',
          hooks: [hook],
          command: runner.cli.path,
          packagePath: facts.packagePath ?? '',
          listed: facts.listedPackages.includes('stageflow'),
        });
    }
  }
  return findings;
}

/** A stageflow line left in `.husky/<hook>` by an older init, which starts node again under the runner (a fallback line does not). */
export function adviseHookFiles(facts: DoctorFacts): Advice[] {
  return facts.hooks.flatMap(({ hook, runner, script }) => {
    const line = runner.stageflow
      ? script.text?.split('\n').find((text) => parseHookLine(text)?.hook === hook && !isFallbackLine(text))
      : undefined;
    return line === undefined ? [] : [{ kind: 'leftover-line' as const, path: script.path, line: line.trim() }];
  });
}

/**
 * A pre-push file where a command before stageflow's line reads standard input (git lfs pre-push
 * reads all of git's ref lines): stageflow then reads nothing. Any command may read it, so every
 * command line before stageflow's counts, but `exec`-less shell words like `set -e` or comments.
 */
function starvingLine(text: string): { reader: string; line: string } | undefined {
  const lines = text.split('\n').map((line) => line.trim());
  const at = lines.findIndex((line) => parseHookLine(line)?.hook === 'pre-push');
  if (at === -1) return undefined;
  const reader = lines
    .slice(0, at)
    .find((line) => line !== '' && !line.startsWith('#') && !/^(set|export|\.|cd|true|:)(\s|$)/.test(line));
  return reader === undefined ? undefined : { reader, line: lines[at]! };
}
