import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/core/config/defaults.js';
import type { BranchConfig } from '../../src/core/config/types.js';
import {
  branchOfRef,
  judgeRef,
  type PushFacts,
  pushedTips,
  type RefVerdict,
  refAction,
  stageCreations,
} from '../../src/core/push/judge-push.js';
import { isZeroId, parseRefLines, type RefUpdate } from '../../src/core/push/parse-ref-lines.js';
import { pullRequestUrl } from '../../src/core/push/pull-request-url.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const Z = '0'.repeat(40);
const A256 = 'a'.repeat(64);
const Z256 = '0'.repeat(64);

const branches = (overrides: Partial<BranchConfig> = {}): BranchConfig => ({
  ...defaultConfig().branches,
  ...overrides,
});
const update = (remoteRef: string, localSha: string, remoteSha: string, localRef = remoteRef): RefUpdate => ({
  localRef,
  localSha,
  remoteRef,
  remoteSha,
});
const noFacts: PushFacts = { onRemoteMain: new Map() };

describe('parseRefLines', () => {
  it('reads the lines git writes to the pre-push hook', () => {
    const input = `refs/heads/work/jane-doe/a ${A} refs/heads/work/jane-doe/a ${B}\n(delete) ${Z} refs/heads/work/jane-doe/old ${B}\nHEAD ${A} refs/heads/main ${Z}\n`;
    expect(parseRefLines(input)).toEqual({
      updates: [
        update('refs/heads/work/jane-doe/a', A, B),
        update('refs/heads/work/jane-doe/old', Z, B, '(delete)'),
        update('refs/heads/main', A, Z, 'HEAD'),
      ],
      malformed: [],
    });
  });

  it('reads SHA-256 ids (64 digits) and their all-zero id', () => {
    const { updates, malformed } = parseRefLines(
      `refs/heads/main ${A256} refs/heads/main ${Z256}\n(delete) ${Z256} refs/heads/work/a/b ${A256}\n`,
    );
    expect(malformed).toEqual([]);
    expect(updates.map(refAction)).toEqual(['create', 'delete']);
  });

  it('reads many refs, CRLF and blank lines', () => {
    const lines = Array.from(
      { length: 500 },
      (_, i) => `refs/heads/work/jane-doe/change-${i} ${A} refs/heads/work/jane-doe/change-${i} ${Z}`,
    );
    const { updates, malformed } = parseRefLines(`\n${lines.join('\r\n')}\r\n\n`);
    expect(malformed).toEqual([]);
    expect(updates).toHaveLength(500);
    expect(updates[499]?.remoteRef).toBe('refs/heads/work/jane-doe/change-499');
  });

  it('reads nothing from empty input (a push with nothing to do)', () => {
    expect(parseRefLines('')).toEqual({ updates: [], malformed: [] });
  });

  it.each([
    'refs/heads/main',
    `refs/heads/main ${A} refs/heads/main`,
    `refs/heads/main ${A} refs/heads/main ${B} extra`,
    `refs/heads/main ${A.slice(1)} refs/heads/main ${B}`,
    `refs/heads/main ${A.toUpperCase()} refs/heads/main ${B}`,
    `refs/heads/main ${A} refs/heads/main ${Z256}`,
    `refs/heads/main ${A} main ${B}`,
    `refs/heads/main ${'g'.repeat(40)} refs/heads/main ${B}`,
  ])('refuses the malformed line %j', (line) => {
    expect(parseRefLines(`${line}\n`)).toEqual({ updates: [], malformed: [line] });
  });

  it('isZeroId knows both lengths', () => {
    expect(isZeroId(Z)).toBe(true);
    expect(isZeroId(Z256)).toBe(true);
    expect(isZeroId(A)).toBe(false);
  });
});

describe('judgeRef', () => {
  const onMain = (sha: string, value: boolean | undefined): PushFacts => ({ onRemoteMain: new Map([[sha, value]]) });

  it.each<[string, RefUpdate, PushFacts, Partial<BranchConfig>, 'create' | 'update' | 'delete', RefVerdict]>([
    ['a tag', update('refs/tags/v1.0.0', A, Z), noFacts, {}, 'create', { allowed: true, why: 'tag' }],
    ['a tag update', update('refs/tags/v1.0.0', A, B), noFacts, {}, 'update', { allowed: true, why: 'tag' }],
    [
      'a tag deletion',
      update('refs/tags/v1.0.0', Z, B, '(delete)'),
      noFacts,
      {},
      'delete',
      { allowed: true, why: 'tag' },
    ],
    ['a note', update('refs/notes/commits', A, B), noFacts, {}, 'update', { allowed: true, why: 'other-ref' }],
    [
      'main update',
      update('refs/heads/main', A, B),
      noFacts,
      {},
      'update',
      { allowed: false, why: 'protected-update' },
    ],
    [
      'HEAD:main',
      update('refs/heads/main', A, B, 'HEAD'),
      noFacts,
      {},
      'update',
      { allowed: false, why: 'protected-update' },
    ],
    [
      'work/a/b:main',
      update('refs/heads/main', A, B, 'refs/heads/work/a/b'),
      noFacts,
      {},
      'update',
      { allowed: false, why: 'protected-update' },
    ],
    [
      'main force-update',
      update('refs/heads/main', B, A),
      noFacts,
      {},
      'update',
      { allowed: false, why: 'protected-update' },
    ],
    [
      'main deletion',
      update('refs/heads/main', Z, B, '(delete)'),
      noFacts,
      {},
      'delete',
      { allowed: false, why: 'protected-delete' },
    ],
    [
      'main creation on a remote without main',
      update('refs/heads/main', A, Z),
      noFacts,
      {},
      'create',
      { allowed: true, why: 'main-bootstrap' },
    ],
    [
      'stage update',
      update('refs/heads/stage/login', A, B),
      noFacts,
      {},
      'update',
      { allowed: false, why: 'protected-update' },
    ],
    [
      'work/a/b:stage/x',
      update('refs/heads/stage/x', A, B, 'refs/heads/work/a/b'),
      noFacts,
      {},
      'update',
      { allowed: false, why: 'protected-update' },
    ],
    [
      'stage deletion',
      update('refs/heads/stage/login', Z, B, '(delete)'),
      noFacts,
      {},
      'delete',
      { allowed: false, why: 'protected-delete' },
    ],
    [
      'stage creation on main',
      update('refs/heads/stage/login', A, Z),
      onMain(A, true),
      {},
      'create',
      { allowed: true, why: 'stage-from-main' },
    ],
    [
      'stage creation with new commits',
      update('refs/heads/stage/login', A, Z),
      onMain(A, false),
      {},
      'create',
      { allowed: false, why: 'stage-not-from-main' },
    ],
    [
      'stage creation, remote main unknown',
      update('refs/heads/stage/login', A, Z),
      onMain(A, undefined),
      {},
      'create',
      { allowed: false, why: 'stage-main-unknown' },
    ],
    [
      'stage creation, not asked',
      update('refs/heads/stage/login', A, Z),
      noFacts,
      {},
      'create',
      { allowed: false, why: 'stage-main-unknown' },
    ],
    [
      'work creation',
      update('refs/heads/work/jane-doe/add-login', A, Z),
      noFacts,
      {},
      'create',
      { allowed: true, why: 'work' },
    ],
    [
      'work update',
      update('refs/heads/work/jane-doe/add-login', A, B),
      noFacts,
      {},
      'update',
      { allowed: true, why: 'work' },
    ],
    [
      'work force-update',
      update('refs/heads/work/jane-doe/add-login', B, A),
      noFacts,
      {},
      'update',
      { allowed: true, why: 'work' },
    ],
    [
      'work deletion',
      update('refs/heads/work/jane-doe/add-login', Z, B, '(delete)'),
      noFacts,
      {},
      'delete',
      { allowed: true, why: 'work' },
    ],
    [
      'an invalid name',
      update('refs/heads/feature/login', A, Z),
      noFacts,
      {},
      'create',
      { allowed: false, why: 'invalid-name' },
    ],
    [
      'an invalid name update',
      update('refs/heads/feature/login', A, B),
      noFacts,
      {},
      'update',
      { allowed: false, why: 'invalid-name' },
    ],
    [
      'an invalid stage name',
      update('refs/heads/stage/Login_Form', A, Z),
      noFacts,
      {},
      'create',
      { allowed: false, why: 'invalid-name' },
    ],
    [
      'work/a/b:work/bad',
      update('refs/heads/work/bad', A, Z, 'refs/heads/work/a/b'),
      noFacts,
      {},
      'create',
      { allowed: false, why: 'invalid-name' },
    ],
    [
      'deleting an invalid name cleans up',
      update('refs/heads/feature/login', Z, B, '(delete)'),
      noFacts,
      {},
      'delete',
      { allowed: true, why: 'delete-invalid' },
    ],
    [
      'an allowed bot branch',
      update('refs/heads/renovate/zod-4', A, B),
      noFacts,
      { allowed: ['renovate/**'] },
      'update',
      { allowed: true, why: 'allowed-name' },
    ],
    [
      'unprotected main update',
      update('refs/heads/main', A, B),
      noFacts,
      { unprotected: ['main'] },
      'update',
      { allowed: true, why: 'unprotected' },
    ],
    [
      'unprotected main deletion',
      update('refs/heads/main', Z, B, '(delete)'),
      noFacts,
      { unprotected: ['main'] },
      'delete',
      { allowed: true, why: 'unprotected' },
    ],
    [
      'unprotected stage glob',
      update('refs/heads/stage/sandbox', A, B),
      noFacts,
      { unprotected: ['stage/*'] },
      'update',
      { allowed: true, why: 'unprotected' },
    ],
    [
      'unprotected stage creation',
      update('refs/heads/stage/sandbox', A, Z),
      noFacts,
      { unprotected: ['stage/*'] },
      'create',
      { allowed: true, why: 'unprotected' },
    ],
    [
      'a configured main',
      update('refs/heads/trunk', A, B),
      noFacts,
      { main: 'trunk' },
      'update',
      { allowed: false, why: 'protected-update' },
    ],
    [
      'SHA-256 main update',
      update('refs/heads/main', A256, 'b'.repeat(64)),
      noFacts,
      {},
      'update',
      { allowed: false, why: 'protected-update' },
    ],
    [
      'SHA-256 main creation',
      update('refs/heads/main', A256, Z256),
      noFacts,
      {},
      'create',
      { allowed: true, why: 'main-bootstrap' },
    ],
    [
      'SHA-256 work deletion',
      update('refs/heads/work/a/b', Z256, A256, '(delete)'),
      noFacts,
      {},
      'delete',
      { allowed: true, why: 'work' },
    ],
  ])('%s', (_name, refUpdate, facts, overrides, action, verdict) => {
    const judged = judgeRef(refUpdate, branches(overrides), facts);
    expect(judged.action).toBe(action);
    expect(judged.verdict).toEqual(verdict);
    expect(judged.update).toBe(refUpdate);
  });

  it('stageCreations lists only protected stage branches being created', () => {
    const updates = [
      update('refs/heads/stage/login', A, Z),
      update('refs/heads/stage/pay', A, B),
      update('refs/heads/stage/sandbox', A, Z),
      update('refs/heads/stage/Bad', A, Z),
      update('refs/heads/main', A, Z),
      update('refs/tags/stage/x', A, Z),
    ];
    expect(stageCreations(updates, branches({ unprotected: ['stage/sandbox'] })).map((u) => u.remoteRef)).toEqual([
      'refs/heads/stage/login',
    ]);
  });

  it('pushedTips: the distinct new tips of allowed branches and tags, never of deletions, notes or refused refs', () => {
    const judged = [
      update('refs/heads/work/a/b', A, Z),
      update('refs/heads/work/a/c', A, B),
      update('refs/heads/work/a/d', Z, B, '(delete)'),
      update('refs/tags/v1', 'c'.repeat(40), Z),
      update('refs/tags/v0', Z, 'f'.repeat(40), '(delete)'),
      update('refs/notes/commits', '1'.repeat(40), Z),
      update('refs/heads/main', 'd'.repeat(40), B),
      update('refs/heads/work/a/e', 'e'.repeat(40), Z),
    ].map((u) => judgeRef(u, branches(), noFacts));
    expect(pushedTips(judged)).toEqual([A, 'c'.repeat(40), 'e'.repeat(40)]);
  });

  it('branchOfRef', () => {
    expect(branchOfRef('refs/heads/work/a/b')).toBe('work/a/b');
    expect(branchOfRef('refs/tags/v1')).toBeUndefined();
    expect(branchOfRef('HEAD')).toBeUndefined();
  });
});

describe('pullRequestUrl', () => {
  it.each<[string, string | undefined]>([
    [
      'git@github.com:acme/orders.git',
      'https://github.com/acme/orders/compare/stage/login...work/jane-doe/add-login?expand=1',
    ],
    [
      'git@github.com:acme/orders',
      'https://github.com/acme/orders/compare/stage/login...work/jane-doe/add-login?expand=1',
    ],
    [
      'https://github.com/acme/orders.git',
      'https://github.com/acme/orders/compare/stage/login...work/jane-doe/add-login?expand=1',
    ],
    [
      'https://github.com/acme/orders',
      'https://github.com/acme/orders/compare/stage/login...work/jane-doe/add-login?expand=1',
    ],
    [
      'https://github.com/acme/orders/',
      'https://github.com/acme/orders/compare/stage/login...work/jane-doe/add-login?expand=1',
    ],
    [
      'https://jane:token@github.com/acme/orders.git',
      'https://github.com/acme/orders/compare/stage/login...work/jane-doe/add-login?expand=1',
    ],
    [
      'ssh://git@github.com/acme/orders.git',
      'https://github.com/acme/orders/compare/stage/login...work/jane-doe/add-login?expand=1',
    ],
    [
      'ssh://git@github.com:22/acme/orders.git',
      'https://github.com/acme/orders/compare/stage/login...work/jane-doe/add-login?expand=1',
    ],
    [
      'git@github.acme.internal:platform/orders.git',
      'https://github.acme.internal/platform/orders/compare/stage/login...work/jane-doe/add-login?expand=1',
    ],
    [
      'git@gitlab.com:acme/backend/orders.git',
      'https://gitlab.com/acme/backend/orders/-/merge_requests/new?merge_request%5Bsource_branch%5D=work%2Fjane-doe%2Fadd-login&merge_request%5Btarget_branch%5D=stage%2Flogin',
    ],
    [
      'https://gitlab.com/acme/orders.git',
      'https://gitlab.com/acme/orders/-/merge_requests/new?merge_request%5Bsource_branch%5D=work%2Fjane-doe%2Fadd-login&merge_request%5Btarget_branch%5D=stage%2Flogin',
    ],
    [
      'git@bitbucket.org:acme/orders.git',
      'https://bitbucket.org/acme/orders/pull-requests/new?source=work%2Fjane-doe%2Fadd-login&dest=stage%2Flogin',
    ],
    [
      'https://jane@bitbucket.org/acme/orders.git',
      'https://bitbucket.org/acme/orders/pull-requests/new?source=work%2Fjane-doe%2Fadd-login&dest=stage%2Flogin',
    ],
    [
      'ssh://git@bitbucket.org/acme/orders.git',
      'https://bitbucket.org/acme/orders/pull-requests/new?source=work%2Fjane-doe%2Fadd-login&dest=stage%2Flogin',
    ],
    ['/srv/git/orders.git', undefined],
    ['file:///srv/git/orders.git', undefined],
    ['../orders.git', undefined],
    ['git@git.acme.internal:acme/orders.git', undefined],
    ['https://dev.azure.com/acme/_git/orders', undefined],
    ['', undefined],
  ])('%j', (remoteUrl, expected) => {
    expect(pullRequestUrl(remoteUrl, 'stage/login', 'work/jane-doe/add-login')).toBe(expected);
  });

  it('encodes characters that would break the link', () => {
    expect(pullRequestUrl('git@github.com:acme/orders.git', 'main', 'renovate/a#b')).toBe(
      'https://github.com/acme/orders/compare/main...renovate/a%23b?expand=1',
    );
  });
});
