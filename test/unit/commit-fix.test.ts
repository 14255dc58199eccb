import { describe, expect, it } from 'vitest';
import { type CommitFacts, chooseCommitFix } from '../../src/core/branch/choose-commit-fix.js';
import { judgeCommit } from '../../src/core/branch/judge-commit.js';
import { defaultConfig } from '../../src/core/config/defaults.js';

const branches = defaultConfig().branches;
const facts = (overrides: Partial<CommitFacts> = {}): CommitFacts => ({
  branches,
  engineerName: 'Jane Doe',
  operation: undefined,
  merge: false,
  taken: () => false,
  merged: undefined,
  ...overrides,
});
const refused = (branch: string | undefined) => {
  const verdict = judgeCommit({ branch, unborn: false }, branches);
  if (verdict.allowed) throw new Error(`${branch} is allowed`);
  return verdict;
};
const WORK = 'work/jane-doe/describe-the-change';

describe('chooseCommitFix', () => {
  it.each<[string, string | undefined, Partial<CommitFacts>, unknown[]]>([
    ['detached: a work branch here', undefined, {}, [{ kind: 'create-work-here', work: WORK }]],
    [
      'detached in a merge: carry the merge',
      undefined,
      { operation: 'merge' },
      [{ kind: 'keep-merge', work: WORK, from: 'HEAD', prInto: undefined }],
    ],
    [
      'main: a work branch, or start-work',
      'main',
      {},
      [{ kind: 'switch-to-work', work: WORK, cutFrom: undefined }, { kind: 'start-work' }],
    ],
    [
      'a stage during a rebase: stop it, then a work branch cut from the stage',
      'stage/login',
      { operation: 'rebase' },
      [
        { kind: 'abort-operation', operation: 'rebase', branch: 'stage/login' },
        { kind: 'switch-to-work', work: WORK, cutFrom: 'stage/login' },
      ],
    ],
    [
      'a bad name: renamed to a free name',
      'Feature_X',
      { taken: (name) => name === 'work/jane-doe/feature-x' },
      [{ kind: 'rename-branch', suggestion: 'work/jane-doe/feature-x-2' }],
    ],
    [
      'main merging a stage: only by pull request',
      'main',
      { operation: 'merge', merged: 'stage/login' },
      [
        { kind: 'abort-merge', into: 'main' },
        { kind: 'stage-pr-into-main', stage: 'stage/login', into: 'main' },
      ],
    ],
    [
      'a stage merging a work branch (git merge): publish it for a pull request',
      'stage/login',
      { operation: 'merge', merge: true, merged: 'work/jane-doe/login-form' },
      [
        { kind: 'abort-merge', into: 'stage/login' },
        { kind: 'publish-work-pr', work: 'work/jane-doe/login-form', into: 'stage/login' },
      ],
    ],
    [
      'main in a conflicted merge of main: keep it on a work branch, into a stage',
      'main',
      { operation: 'merge', merged: 'origin/main' },
      [{ kind: 'keep-merge', work: WORK, from: 'main', prInto: { stageFor: 'main' } }],
    ],
  ])('%s', (_, branch, overrides, expected) => {
    expect(chooseCommitFix(refused(branch), facts(overrides)).fixes).toEqual(expected);
  });
});
