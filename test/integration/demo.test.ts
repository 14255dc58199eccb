import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLI, PACKAGE_ROOT, Sandbox } from '../helpers/sandbox.js';

describe('npm run demo', () => {
  let sandbox: Sandbox;
  beforeEach(() => {
    sandbox = new Sandbox();
  });
  afterEach(() => sandbox.cleanup());

  it('walks through the strategy with real git, every step as expected, and removes what it made', () => {
    const result = sandbox.run(process.execPath, [join(PACKAGE_ROOT, 'scripts', 'demo.mjs')], {
      env: { STAGEFLOW_DEMO_CLI: CLI, TMPDIR: sandbox.root },
    });
    expect(result.code, result.output).toBe(0);
    for (const expected of [
      '$ stageflow init',
      '▶ A commit on main is refused',
      'commit blocked: main takes no direct commits',
      '▶ A vague message is refused',
      'commit message rejected',
      '▶ A described change is committed',
      'push blocked: pushing to main directly is not allowed',
      '$ git push -q -u origin work/jane-doe/return-invoice',
      'stageflow doctor: all in order',
    ]) {
      expect(result.stdout).toContain(expected);
    }
    expect(result.stdout).not.toContain('✖ expected');
    const temp = /A throwaway service in (\S+),/.exec(result.stdout)?.[1] ?? '';
    expect(temp.startsWith(sandbox.root)).toBe(true);
    expect(existsSync(temp)).toBe(false);
  });
});
