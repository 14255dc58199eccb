import { describe, expect, it } from 'vitest';
import { groupByBranch } from '../../src/core/push/group-by-branch.js';

/** a ← b ← c (work/x), a ← d ← e (work/y), m merges c and e (work/z); f stands alone (a tag). */
const parents = new Map<string, string[]>([
  ['a', ['base']],
  ['b', ['a']],
  ['c', ['b']],
  ['d', ['a']],
  ['e', ['d']],
  ['m', ['c', 'e']],
  ['f', ['base']],
]);

describe('groupByBranch', () => {
  it.each<[string, { branch: string | undefined; sha: string }[], string[], [string | undefined, string[]][]]>([
    ['one branch', [{ branch: 'work/x', sha: 'c' }], ['c', 'b'], [['work/x', ['c', 'b']]]],
    [
      'two branches, each its own commits',
      [
        { branch: 'work/x', sha: 'c' },
        { branch: 'work/y', sha: 'e' },
      ],
      ['e', 'c', 'd'],
      [
        ['work/y', ['e', 'd']],
        ['work/x', ['c']],
      ],
    ],
    [
      'a shared commit goes to the first branch pushed',
      [
        { branch: 'work/x', sha: 'c' },
        { branch: 'work/y', sha: 'e' },
      ],
      ['a'],
      [['work/x', ['a']]],
    ],
    ['a merge reaches both sides', [{ branch: 'work/z', sha: 'm' }], ['e', 'b'], [['work/z', ['e', 'b']]]],
    [
      'a commit only a tag or a bare id reaches',
      [
        { branch: undefined, sha: 'f' },
        { branch: 'work/x', sha: 'c' },
      ],
      ['f', 'c'],
      [
        [undefined, ['f']],
        ['work/x', ['c']],
      ],
    ],
    ['nothing wanted', [{ branch: 'work/x', sha: 'c' }], [], []],
  ])('%s', (_name, tips, wanted, expected) => {
    expect([...groupByBranch(parents, tips, wanted)]).toEqual(expected);
  });

  it('walks a long history without recursion', () => {
    const long = new Map<string, string[]>();
    for (let i = 1; i <= 100_000; i++) long.set(`c${i}`, i === 1 ? [] : [`c${i - 1}`]);
    expect(groupByBranch(long, [{ branch: 'work/long', sha: 'c100000' }], ['c1'])).toEqual(
      new Map([['work/long', ['c1']]]),
    );
  });
});
