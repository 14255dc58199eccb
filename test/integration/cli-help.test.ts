import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Sandbox } from '../helpers/sandbox.js';

describe('help: stageflow --help and stageflow hook --help', () => {
  let sandbox: Sandbox;
  beforeEach(() => {
    sandbox = new Sandbox();
  });
  afterEach(() => sandbox.cleanup());

  it('stageflow --help lists the user commands first, in the order of a day, and hook last', () => {
    const result = sandbox.stageflow(sandbox.root, ['--help']);
    expect(result.code).toBe(0);
    const commands = [...result.stdout.matchAll(/^ {2}([a-z-]+)/gm)].map((match) => match[1]);
    expect(commands).toEqual([
      'init',
      'start-work',
      'start-stage',
      'status',
      'sync',
      'stage',
      'check',
      'doctor',
      'protect',
      'config',
      'install-hooks',
      'hook',
    ]);
    expect(result.stdout).toMatch(
      /\n\nUsed by npm install and the git hooks:\n {2}install-hooks .*\n {2}hook <name> \[args\]/,
    );
  });

  it.each([['--help'], ['-h'], ['help']])(
    'stageflow hook %s explains the hooks instead of calling it an unknown hook',
    (flag) => {
      const result = sandbox.stageflow(sandbox.root, ['hook', flag]);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      expect(result.stdout).toContain('Usage: stageflow hook <name> [--project <dir>] [args]');
      for (const hook of ['pre-commit', 'pre-merge-commit', 'commit-msg <file>', 'pre-push <remote> <url>']) {
        expect(result.stdout).toContain(`  ${hook} `);
      }
      expect(result.stdout).toContain('npx stageflow doctor');
    },
  );

  it('an unknown hook points at the hook help', () => {
    const result = sandbox.stageflow(sandbox.root, ['hook', 'pre-rebase']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('stageflow: unknown hook "pre-rebase"');
    expect(result.stderr).toContain('See: npx stageflow hook --help');
  });

  it.each([
    ['stauts', 'npx stageflow status'],
    ['start-wrok', 'npx stageflow start-work'],
    ['--verison', 'npx stageflow --version'],
  ])('an unknown command %s gets the closest one', (typed, closest) => {
    const result = sandbox.stageflow(sandbox.root, [typed]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `stageflow: unknown command "${typed}".\n  Did you mean: ${closest}\n  See the commands with: npx stageflow --help\n`,
    );
    const suggested = sandbox.stageflow(sandbox.root, [
      closest.split(' ')[2]!,
      ...(closest.endsWith('--version') ? [] : ['--help']),
    ]);
    expect(suggested.code).toBe(0);
  });

  it("an unknown option gets the closest one of that command, in stageflow's words", () => {
    const result = sandbox.stageflow(sandbox.root, ['status', '--jsn']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^stageflow: status: unknown option --jsn; did you mean --json\?\nUsage: stageflow status \[--all\] \[--json\]/,
    );
  });

  it('init, through the same parser, names the closest one too', () => {
    const result = sandbox.stageflow(sandbox.root, ['init', '--dry-rn']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^stageflow: init: unknown option --dry-rn; did you mean --dry-run\?\n/);
  });

  it("an option the command does not take names the ones it does, without node's parser text", () => {
    const result = sandbox.stageflow(sandbox.root, ['stage', '--json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^stageflow: stage: unknown option --json; stage takes --help\nUsage: stageflow stage \[branch\]/,
    );
    expect(result.stderr).not.toContain("'--");
    const missing = sandbox.stageflow(sandbox.root, ['start-work', '--stage']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('stageflow: start-work: --stage needs a value, e.g. --stage <value>');
  });

  it("stageflow help <command> prints that command's help", () => {
    for (const command of ['status', 'start-work', 'check']) {
      const result = sandbox.stageflow(sandbox.root, ['help', command]);
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(sandbox.stageflow(sandbox.root, [command, '--help']).stdout);
      expect(result.stdout).toContain(`Usage: stageflow ${command}`);
    }
  });
});
