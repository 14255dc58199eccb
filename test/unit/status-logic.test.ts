import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/core/config/defaults.js';
import { catchUpBranch } from '../../src/core/status/catch-up-branch.js';
import { inferStage } from '../../src/core/status/infer-stage.js';
import { stageBranchOf } from '../../src/core/status/stage-branch-of.js';
import { stageRefsOf } from '../../src/core/status/stage-refs.js';

const branches = defaultConfig().branches;

describe('inferStage: the stage a work branch shares the most history with', () => {
  it.each([
    ['no stages', [], { found: false, candidates: [] }],
    ['one stage', [{ branch: 'stage/login', workOnly: 3 }], { found: true, branch: 'stage/login' }],
    [
      'the fewest commits of its own beyond the stage wins',
      [
        { branch: 'stage/orders', workOnly: 5 },
        { branch: 'stage/login', workOnly: 2 },
      ],
      { found: true, branch: 'stage/login' },
    ],
    [
      'a tie cannot be told apart',
      [
        { branch: 'stage/orders', workOnly: 2 },
        { branch: 'stage/login', workOnly: 2 },
        { branch: 'stage/cart', workOnly: 4 },
      ],
      { found: false, candidates: ['stage/login', 'stage/orders'] },
    ],
  ])('%s', (_, candidates, expected) => {
    expect(inferStage(candidates)).toEqual(expected);
  });
});

describe('stageBranchOf: what start-work recorded, as a stage branch', () => {
  it.each([
    ['stage/login', 'stage/login'],
    ['login', 'stage/login'],
    [' stage/login\n', 'stage/login'],
    ['stage/Login', undefined],
    ['work/jane/x', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%j → %s', (recorded, expected) => {
    expect(stageBranchOf(recorded, branches)).toBe(expected);
  });

  it('follows the configured prefix', () => {
    expect(stageBranchOf('login', { ...branches, stagePrefix: 'env/' })).toBe('env/login');
  });
});

describe('catchUpBranch', () => {
  it('is a valid work branch that names the stage', () => {
    expect(catchUpBranch(branches, 'jane-doe', 'login')).toBe('work/jane-doe/login-catch-up');
  });
});

describe('stageRefsOf: the stage branches to infer from, each with the ref to compare with', () => {
  it.each([
    ['none', [], [], []],
    ['remote only', [], ['stage/login'], [{ branch: 'stage/login', ref: 'origin/stage/login' }]],
    ['local only', ['stage/login'], [], [{ branch: 'stage/login', ref: 'stage/login' }]],
    ['both: the remote one', ['stage/login'], ['stage/login'], [{ branch: 'stage/login', ref: 'origin/stage/login' }]],
    ['not stages', ['main', 'work/jane-doe/x', 'stage/Bad_Name'], ['feature/x'], []],
  ])('%s', (_, local, remote, expected) => {
    expect(stageRefsOf({ local: new Set(local), remote: new Set(remote) }, branches, 'origin')).toEqual(expected);
  });
});
