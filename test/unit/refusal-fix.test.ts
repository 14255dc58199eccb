import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/core/config/defaults.js';
import { chooseRefusalFix, type RefusalFacts } from '../../src/core/push/choose-refusal-fix.js';
import { judgeRef, type PushFacts } from '../../src/core/push/judge-push.js';
import type { RefUpdate } from '../../src/core/push/parse-ref-lines.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const Z = '0'.repeat(40);
const branches = defaultConfig().branches;
const GITHUB = 'git@github.com:acme/orders.git';

const facts = (overrides: Partial<RefusalFacts> = {}): RefusalFacts => ({
  branches,
  remote: 'origin',
  remoteUrl: GITHUB,
  configRemote: 'origin',
  engineer: 'jane-doe',
  engineerName: 'Jane Doe',
  headBranch: 'work/jane-doe/login-form',
  recordedStages: new Map(),
  taken: () => false,
  unpublished: new Map(),
  firstPush: undefined,
  ...overrides,
});
const ref = (
  localRef: string,
  localSha: string,
  remoteRef: string,
  remoteSha: string,
  pushFacts: PushFacts = { onRemoteMain: new Map() },
) => judgeRef({ localRef, localSha, remoteRef, remoteSha } satisfies RefUpdate, branches, pushFacts);
const fixOf = (judged: ReturnType<typeof ref>, f = facts()) => {
  const refusal = chooseRefusalFix(judged, f)!;
  return refusal.why === 'protected' ? refusal.fixes : refusal.fix;
};

describe('chooseRefusalFix: main or a stage pushed directly', () => {
  it('a work branch pushed to main goes to its recorded stage first, with the pull request page', () => {
    const recorded = new Map([['work/jane-doe/login-form', 'stage/login']]);
    expect(
      fixOf(ref('refs/heads/work/jane-doe/login-form', A, 'refs/heads/main', B), facts({ recordedStages: recorded })),
    ).toEqual([
      {
        kind: 'open-pr',
        from: 'work/jane-doe/login-form',
        into: 'stage/login',
        viaStage: true,
        prUrl: 'https://github.com/acme/orders/compare/stage/login...work/jane-doe/login-form?expand=1',
      },
    ]);
  });

  it('without a recorded stage the stage is left to name, and no page is guessed', () => {
    expect(fixOf(ref('refs/heads/work/jane-doe/login-form', A, 'refs/heads/main', B))).toEqual([
      { kind: 'open-pr', from: 'work/jane-doe/login-form', into: undefined, viaStage: true, prUrl: undefined },
    ]);
  });

  it('a stage pushed to main, or HEAD on a work branch pushed to a stage, opens a pull request into the target', () => {
    expect(
      fixOf(ref('refs/heads/stage/login', A, 'refs/heads/main', B), facts({ remoteUrl: '/srv/orders.git' })),
    ).toEqual([{ kind: 'open-pr', from: 'stage/login', into: 'main', viaStage: false, prUrl: undefined }]);
    expect(fixOf(ref('HEAD', A, 'refs/heads/stage/login', B))).toMatchObject([
      { kind: 'open-pr', from: 'work/jane-doe/login-form', into: 'stage/login' },
    ]);
  });

  it('main pushed as itself, checked out, moves its commits to a free work branch', () => {
    const judged = ref('refs/heads/main', A, 'refs/heads/main', B);
    const taken = (name: string) => name === 'work/jane-doe/describe-the-change';
    expect(fixOf(judged, facts({ headBranch: 'main', unpublished: new Map([[A, 2]]), taken }))).toEqual([
      {
        kind: 'move-commits',
        work: 'work/jane-doe/describe-the-change-2',
        count: 2,
        from: { at: 'here', branch: 'main', sha: A },
        prInto: 'a-stage',
      },
    ]);
  });

  it('a stage pushed as itself from another branch: moved from it, into the stage by pull request', () => {
    expect(
      fixOf(ref('refs/heads/stage/login', A, 'refs/heads/stage/login', B), facts({ unpublished: new Map([[A, 1]]) })),
    ).toEqual([
      {
        kind: 'move-commits',
        work: 'work/jane-doe/describe-the-change',
        count: 1,
        from: { at: 'other', branch: 'stage/login' },
        prInto: {
          stage: 'stage/login',
          prUrl: 'https://github.com/acme/orders/compare/stage/login...work/jane-doe/describe-the-change?expand=1',
        },
      },
    ]);
  });

  it('nothing the remote lacks: nothing to move; reset the branch, and push the work branch checked out instead', () => {
    expect(fixOf(ref('refs/heads/main', A, 'refs/heads/main', B), facts({ unpublished: new Map([[A, 0]]) }))).toEqual([
      {
        kind: 'nothing-to-move',
        name: 'main',
        reset: { how: 'branch-force', branch: 'main' },
        pushWork: 'work/jane-doe/login-form',
      },
    ]);
    expect(
      fixOf(
        ref('refs/heads/main', A, 'refs/heads/main', B),
        facts({ headBranch: 'main', unpublished: new Map([[A, 0]]) }),
      ),
    ).toEqual([
      { kind: 'nothing-to-move', name: 'main', reset: { how: 'reset-keep', branch: 'main' }, pushWork: undefined },
    ]);
  });

  it('deleting main lists the remote branches; deleting a stage retires it by pull request', () => {
    expect(fixOf(ref('(delete)', Z, 'refs/heads/main', B))).toEqual([{ kind: 'list-remote-branches' }]);
    expect(fixOf(ref('(delete)', Z, 'refs/heads/stage/login', B))).toEqual([
      { kind: 'retire-stage', prUrl: 'https://github.com/acme/orders/compare/main...stage/login?expand=1' },
    ]);
  });
});

describe('chooseRefusalFix: a new stage not from main', () => {
  const notOnMain: PushFacts = { onRemoteMain: new Map([[A, false]]) };
  it.each<[string, string, PushFacts, Partial<RefusalFacts>, unknown]>([
    ['main unknown here: fetch it', 'refs/heads/main', { onRemoteMain: new Map() }, {}, { kind: 'fetch-main' }],
    [
      'a URL, not a remote: push through the remote',
      'refs/heads/main',
      { onRemoteMain: new Map() },
      { remote: GITHUB },
      { kind: 'push-through-remote', refspec: 'main:stage/pay' },
    ],
    [
      'the stage itself has the commits: restart it from main',
      'refs/heads/stage/pay',
      notOnMain,
      {},
      { kind: 'restart-stage', work: 'work/jane-doe/describe-the-change' },
    ],
    [
      'a work branch pushed as the stage: create the stage, then the pull request',
      'refs/heads/work/jane-doe/pay',
      notOnMain,
      {},
      {
        kind: 'create-stage',
        source: 'work/jane-doe/pay',
        prUrl: 'https://github.com/acme/orders/compare/stage/pay...work/jane-doe/pay?expand=1',
      },
    ],
  ])('%s', (_, localRef, pushFacts, overrides, expected) => {
    expect(fixOf(ref(localRef, A, 'refs/heads/stage/pay', Z, pushFacts), facts(overrides))).toEqual(expected);
  });
});

describe('chooseRefusalFix: a name outside the strategy', () => {
  it.each<[string, string, string, Partial<RefusalFacts>, unknown]>([
    [
      'the only branch before main: rename it main',
      'refs/heads/master',
      'refs/heads/master',
      { firstPush: 'master' },
      { kind: 'rename-to-main', local: 'master' },
    ],
    [
      'a local branch: rename and push',
      'refs/heads/Feature_X',
      'refs/heads/Feature_X',
      {},
      { kind: 'rename-and-push', local: 'Feature_X', suggestion: 'work/jane-doe/feature-x' },
    ],
    [
      'under another name: push under a valid one',
      'HEAD',
      'refs/heads/login',
      {},
      { kind: 'push-under-name', from: 'work/jane-doe/login-form', suggestion: 'work/jane-doe/login' },
    ],
    [
      'bytes that are not UTF-8: rename while checked out',
      'refs/heads/x\uFFFD',
      'refs/heads/x\uFFFD',
      {},
      { kind: 'rename-checked-out', suggestion: 'work/jane-doe/x' },
    ],
  ])('%s', (_, localRef, remoteRef, overrides, expected) => {
    expect(fixOf(ref(localRef, A, remoteRef, Z), facts(overrides))).toEqual(expected);
  });
});
