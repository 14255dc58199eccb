import { parseHookLine } from '../hooks/parse-hook-line.js';
import type { HookName } from '../init/layout.js';
import type { Finding, LostInput } from './finding.js';

const ALL_ARGUMENTS = /\$\{?[@*]\}?/;
const FIRST_ARGUMENT = /\$\{?1\}?(?!\d)/;
const SECOND_ARGUMENT = /\$\{?2\}?(?!\d)/;

/**
 * The stageflow lines of the hook files that do not pass on what git gives the hook: commit-msg
 * without "$1" fails every commit (no message file), pre-push without "$@" cannot tell the remote,
 * and one that takes its standard input from elsewhere (`< file`, a pipe) never sees the refs.
 */
export function checkHookArguments(
  hooks: readonly { hook: HookName; script: { path: string; text: string | undefined } }[],
): Finding[] {
  const findings: Finding[] = [];
  for (const { hook, script } of hooks) {
    const lines = (script.text ?? '').split('\n');
    lines.forEach((line, index) => {
      if (parseHookLine(line)?.hook !== hook) return;
      const lost = lostInput(hook, line);
      if (lost)
        findings.push({
          kind: 'hook-line-input',
          hook,
          path: script.path,
          lineNumber: index + 1,
          line: line.trim(),
          lost,
          fixed: fixedLine(line.trim(), lost),
        });
    });
  }
  return findings;
}

function lostInput(hook: HookName, line: string): LostInput | undefined {
  const after = line.slice(line.indexOf(` ${hook}`) + hook.length + 1);
  const before = line.slice(0, line.indexOf(` ${hook}`));
  if (hook === 'commit-msg' && !FIRST_ARGUMENT.test(after) && !ALL_ARGUMENTS.test(after)) return 'message-file';
  if (hook === 'pre-push') {
    if (!ALL_ARGUMENTS.test(after) && !(FIRST_ARGUMENT.test(after) && SECOND_ARGUMENT.test(after)))
      return 'remote-arguments';
    // A pipe feeds the line; `a || b` does not (the fallback line's guard).
    if (/(^|[^<])<(?![<(])/.test(after) || before.replaceAll('||', '').includes('|')) return 'stdin';
  }
  return undefined;
}

/** The line as it should read: the argument git passes added at its end, or the redirection taken out. */
function fixedLine(line: string, lost: LostInput): string {
  if (lost === 'message-file') return `${line} "$1"`;
  if (lost === 'remote-arguments') return `${line.replace(/\s+"?\$\{?[12]\}?"?/g, '')} "$@"`;
  const piped = line.lastIndexOf('|');
  return (piped === -1 ? line : line.slice(piped + 1).trim()).replace(/\s*<\s*\S+/, '');
}
