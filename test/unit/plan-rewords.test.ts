import { describe, expect, it } from 'vitest';
import type { BadCommit } from '../../src/core/message/judge-commits.js';
import { planRewords } from '../../src/core/push/plan-rewords.js';

const bad = (sha: string, isRoot = false): BadCommit => ({ sha, isRoot, subject: 'wip', problems: [] });

/** base ← a ← b (work/x); base ← c ← m, m merging s (a stage commit already on the remote) (work/y). */
const parents = new Map<string, string[]>([
  ['a', ['base']],
  ['b', ['a']],
  ['c', ['base']],
  ['m', ['c', 's']],
]);

describe('planRewords', () => {
  it('rewords a linear branch from the oldest bad commit, without --rebase-merges', () => {
    expect(planRewords([bad('b'), bad('a')], parents, [{ branch: 'work/x', sha: 'b' }], 'work/x')).toEqual([
      {
        branch: 'work/x',
        switchFirst: false,
        commits: [bad('b'), bad('a')],
        start: { root: false, parentOf: 'a', keepMerges: false },
      },
    ]);
  });

  it('keeps merges on a branch that merged its stage', () => {
    const [step] = planRewords([bad('c')], parents, [{ branch: 'work/y', sha: 'm' }], 'work/y');
    expect(step!.start).toEqual({ root: false, parentOf: 'c', keepMerges: true });
  });

  it('puts the checked-out branch first, then switches to each other branch', () => {
    const tips = [
      { branch: 'work/x', sha: 'b' },
      { branch: 'work/y', sha: 'm' },
    ];
    const steps = planRewords([bad('c'), bad('a')], parents, tips, 'work/y');
    expect(steps.map((step) => [step.branch, step.switchFirst])).toEqual([
      ['work/y', false],
      ['work/x', true],
    ]);
  });

  it('a root commit is reworded from the root; commits only a tag brings need no switch', () => {
    const root = new Map([['r', []]]);
    expect(planRewords([bad('r', true)], root, [{ branch: undefined, sha: 'r' }], 'main')).toEqual([
      { branch: undefined, switchFirst: false, commits: [bad('r', true)], start: { root: true } },
    ]);
  });
});
