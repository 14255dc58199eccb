import { describe, expect, it } from 'vitest';
import { classifyBranch } from '../../src/core/branch/classify-branch.js';
import { defaultConfig } from '../../src/core/config/defaults.js';
import { judgeSyncHead } from '../../src/core/sync/judge-sync-head.js';
import { planSync } from '../../src/core/sync/plan-sync.js';
import type { SyncFacts } from '../../src/core/sync/sync-facts.js';

const { branches } = defaultConfig();
const facts = (change: Partial<SyncFacts> = {}, main: Partial<NonNullable<SyncFacts['main']>> = {}): SyncFacts => ({
  branch: 'work/jane/form',
  stage: { branch: 'stage/login', ref: 'origin/stage/login', source: 'recorded' },
  stageOnly: 0,
  main: { ref: 'origin/main', stageBehind: 0, stageMerged: false, workLacks: 0, ...main },
  changedPaths: [],
  sync: { strategy: 'merge', mainIntoStage: 'work-branch' },
  ...change,
});

describe('judgeSyncHead', () => {
  it.each([
    [{ branch: undefined, operation: undefined }, 'detached'],
    [{ branch: classifyBranch('work/jane/form', branches), operation: 'rebase' as const }, 'operation'],
    [{ branch: classifyBranch('main', branches), operation: undefined }, 'main'],
    [{ branch: classifyBranch('stage/login', branches), operation: undefined }, 'stage'],
    [{ branch: classifyBranch('feature/x', branches), operation: undefined }, 'not-work'],
  ])('%o is refused as %s', (head, why) => {
    expect(judgeSyncHead(head)?.why).toBe(why);
  });

  it('lets a work branch through', () => {
    expect(judgeSyncHead({ branch: classifyBranch('work/jane/form', branches), operation: undefined })).toBeUndefined();
  });
});

describe('planSync', () => {
  it('does nothing, and stashes nothing, when up to date', () => {
    expect(planSync(facts({ changedPaths: ['a.txt'] }), 'main')).toMatchObject({
      kind: 'act',
      steps: [],
      stash: false,
    });
  });

  it('takes the stage by the configured strategy, then main by a merge, stashing uncommitted work', () => {
    const plan = planSync(
      facts(
        { stageOnly: 2, changedPaths: ['a.txt'], sync: { strategy: 'rebase', mainIntoStage: 'work-branch' } },
        { stageBehind: 3, workLacks: 3 },
      ),
      'main',
    );
    expect(plan).toMatchObject({
      kind: 'act',
      stash: true,
      stageBehindMain: 3,
      steps: [
        { kind: 'stage', strategy: 'rebase', ref: 'origin/stage/login', count: 2 },
        { kind: 'main', ref: 'origin/main', count: 3 },
      ],
    });
  });

  it('does not merge main again once the work branch has it', () => {
    expect(planSync(facts({}, { stageBehind: 3, workLacks: 0 }), 'main')).toMatchObject({
      steps: [],
      stageBehindMain: 3,
    });
  });

  it('names the main → stage pull request instead of merging main when the config routes it so', () => {
    const plan = planSync(
      facts({ sync: { strategy: 'merge', mainIntoStage: 'pull-request' } }, { stageBehind: 1, workLacks: 1 }),
      'main',
    );
    expect(plan).toMatchObject({
      steps: [],
      mainPullRequest: { head: 'main', base: 'stage/login', mainRef: 'origin/main' },
    });
  });

  it('stops for a stage merged into main, and for an unignored node_modules', () => {
    expect(planSync(facts({}, { stageMerged: true }), 'main').kind).toBe('stage-merged');
    expect(planSync(facts({ changedPaths: ['node_modules/'] }), 'main').kind).toBe('node-modules-untracked');
  });
});
