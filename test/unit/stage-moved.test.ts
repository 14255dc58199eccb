import { describe, expect, it } from 'vitest';
import { lagBehind, reachOf } from '../../src/core/push/stage-lag.js';
import { stagesMoved } from '../../src/core/push/stage-moved.js';

/**
 * Above the shared base (left out of the graph, as readCommitGraph leaves it):
 *   base ← L1 ← L2 (stage/login)      base ← O1 (stage/orders)
 *   L1 ← w1 (work cut from stage/login at L1, which it lacks L2 of)
 *   L2 ← w2 (work up to date with stage/login)
 *   base ← m1 (work cut from main: both stages equally near)
 */
const graph = new Map<string, string[]>([
  ['L1', ['base']],
  ['L2', ['L1']],
  ['O1', ['base']],
  ['w1', ['L1']],
  ['w2', ['L2']],
  ['m1', ['base']],
]);
const stages = [
  { branch: 'stage/login', ref: 'origin/stage/login', sha: 'L2' },
  { branch: 'stage/orders', ref: 'origin/stage/orders', sha: 'O1' },
];

describe('lagBehind', () => {
  it.each([
    ['a branch behind its stage', 'w1', 'L2', { workOnly: 1, hasStage: false }],
    ['a branch with the stage tip', 'w2', 'L2', { workOnly: 1, hasStage: true }],
    ['the stage tip itself', 'L2', 'L2', { workOnly: 0, hasStage: true }],
    ['another stage', 'w1', 'O1', { workOnly: 2, hasStage: false }],
    ['a stage tip outside the graph, shared by every tip', 'm1', 'base', { workOnly: 1, hasStage: true }],
    ['a tip outside the graph, below a stage', 'base', 'L2', { workOnly: 0, hasStage: false }],
  ])('%s', (_, tip, stageTip, expected) => {
    expect(lagBehind(graph, tip, stageTip, reachOf(graph, stageTip))).toEqual(expected);
  });

  it('walks a long history without recursion', () => {
    const long = new Map<string, string[]>();
    for (let i = 1; i <= 100_000; i++) long.set(`c${i}`, i === 1 ? [] : [`c${i - 1}`]);
    long.set('s', ['c10']);
    expect(lagBehind(long, 'c100000', 's', reachOf(long, 's'))).toEqual({ workOnly: 99_990, hasStage: false });
  });
});

describe('stagesMoved', () => {
  const none = new Map<string, never>();
  it('names the recorded stage, compared as the remote has it', () => {
    const recorded = new Map([['work/a', 'stage/login']]);
    const tips = new Map([['stage/login', { ref: 'origin/stage/login', sha: 'L2' }]]);
    expect(stagesMoved([{ branch: 'work/a', sha: 'w1' }], recorded, tips, stages, graph)).toEqual([
      { branch: 'work/a', stageRef: 'origin/stage/login' },
    ]);
    expect(stagesMoved([{ branch: 'work/a', sha: 'w2' }], recorded, tips, stages, graph)).toEqual([]);
  });

  it('says nothing of a recorded stage the remote lacks, even when another stage is nearer', () => {
    const recorded = new Map([['work/a', 'stage/gone']]);
    expect(stagesMoved([{ branch: 'work/a', sha: 'w1' }], recorded, none, stages, graph)).toEqual([]);
  });

  it('infers the stage from the history when none is recorded, and is silent on a tie', () => {
    const pushed = [
      { branch: 'work/behind', sha: 'w1' },
      { branch: 'work/current', sha: 'w2' },
      { branch: 'work/from-main', sha: 'm1' },
    ];
    expect(stagesMoved(pushed, none, none, stages, graph)).toEqual([
      { branch: 'work/behind', stageRef: 'origin/stage/login' },
    ]);
  });

  it('judges a thousand branches against the stages in one pass', () => {
    const many = new Map(graph);
    const pushed = Array.from({ length: 1000 }, (_, i) => {
      many.set(`x${i}`, ['L1']);
      return { branch: `work/jane-doe/change-${i}`, sha: `x${i}` };
    });
    const moved = stagesMoved(pushed, none, none, stages, many);
    expect(moved).toHaveLength(1000);
    expect(moved[999]).toEqual({ branch: 'work/jane-doe/change-999', stageRef: 'origin/stage/login' });
  });
});
