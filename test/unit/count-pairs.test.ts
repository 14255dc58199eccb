import { describe, expect, it } from 'vitest';
import { countPairs, mergedFromWalk, pairKey, parseRevListParents } from '../../src/core/status/count-pairs.js';

// main: b ← m1 ← m2 (m2 merges s2);  stage: b ← s1 ← s2;  work: s1 ← w1. b is every tip's ancestor.
const walk = parseRevListParents(['m2 m1 s2', 'w1 s1', 'm1 b', 's2 s1', 's1 b', ''].join('\n'));

describe('countPairs: rev-list --left-right --count for many pairs from one walk', () => {
  it('counts what each side alone reaches', () => {
    const counts = countPairs(walk, [
      ['s2', 'w1'],
      ['m2', 's2'],
      ['m1', 'w1'],
    ]);
    expect(counts.get(pairKey('s2', 'w1'))).toEqual({ leftOnly: 1, rightOnly: 1 });
    expect(counts.get(pairKey('m2', 's2'))).toEqual({ leftOnly: 2, rightOnly: 0 });
    expect(counts.get(pairKey('m1', 'w1'))).toEqual({ leftOnly: 1, rightOnly: 2 });
  });

  it('tells a stage merged into main from one on main’s own line', () => {
    expect(mergedFromWalk(walk, 's2', 'm2')).toBe(true);
    expect(mergedFromWalk(walk, 'm1', 'm2')).toBe(false);
    expect(mergedFromWalk(walk, 'b', 'm2')).toBeUndefined();
  });
});
