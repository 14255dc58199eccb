import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newProject } from '../helpers/new-project.js';
import type { Sandbox } from '../helpers/sandbox.js';

const ESC = '\u001b';

describe('colours through a pipe: FORCE_COLOR=0 and NO_COLOR mean none', () => {
  let sandbox: Sandbox;
  let dir: string;

  beforeEach(() => {
    ({
      sandbox,
      project: { dir },
    } = newProject({ stage: 'login', work: 'work/jane-doe/add-login' }));
  });
  afterEach(() => sandbox.cleanup());

  // NO_COLOR='' counts as unset (no-color.org), which undoes the sandbox's NO_COLOR=1.
  it.each<[string, Record<string, string | undefined>, boolean]>([
    ['FORCE_COLOR=1', { FORCE_COLOR: '1', NO_COLOR: '' }, true],
    ['FORCE_COLOR=0', { FORCE_COLOR: '0', NO_COLOR: '' }, false],
    ['FORCE_COLOR=false', { FORCE_COLOR: 'false', NO_COLOR: '' }, false],
    ['NO_COLOR=1 with FORCE_COLOR=1', { FORCE_COLOR: '1', NO_COLOR: '1' }, false],
  ])('%s: coloured %s', (_name, env, coloured) => {
    const result = sandbox.run('git', ['commit', '--allow-empty', '-m', 'wip'], { cwd: dir, env });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('commit message rejected');
    expect(result.output.includes(ESC)).toBe(coloured);
  });

  it('stageflow commands print no escapes with FORCE_COLOR=0', () => {
    sandbox.gitOk(dir, 'switch', '-q', 'main');
    const result = sandbox.stageflow(dir, ['hook', 'pre-commit'], { env: { FORCE_COLOR: '0', NO_COLOR: '' } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('stageflow:');
    expect(result.output).not.toContain(ESC);
  });
});
