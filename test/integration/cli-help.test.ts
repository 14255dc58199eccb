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
    expect(commands).toEqual(['init', 'start-work', 'start-stage', 'status', 'sync', 'stage', 'check', 'doctor', 'config', 'hook']);
    expect(result.stdout).toMatch(/\n\nUsed by the git hooks:\n {2}hook <name> \[args\]/);
  });

  it.each([['--help'], ['-h'], ['help']])('stageflow hook %s explains the hooks instead of calling it an unknown hook', (flag) => {
    const result = sandbox.stageflow(sandbox.root, ['hook', flag]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Usage: stageflow hook <name> [--project <dir>] [args]');
    for (const hook of ['pre-commit', 'pre-merge-commit', 'commit-msg <file>', 'pre-push <remote> <url>']) {
      expect(result.stdout).toContain(`  ${hook} `);
    }
    expect(result.stdout).toContain('npx stageflow doctor');
  });

  it('an unknown hook points at the hook help', () => {
    const result = sandbox.stageflow(sandbox.root, ['hook', 'pre-rebase']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('stageflow: unknown hook "pre-rebase"');
    expect(result.stderr).toContain('See: npx stageflow hook --help');
  });
});
