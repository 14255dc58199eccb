import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/core/config/defaults.js';
import { chooseStart, type TipRelation } from '../../src/core/start/choose-start.js';
import { parseRefTips, type RefTip, tipsOf } from '../../src/core/start/ref-tips.js';
import { stageBranchName, typedStageName } from '../../src/core/start/stage-branch-name.js';
import { findStage, listStages } from '../../src/core/start/stage-list.js';
import { workBranchName } from '../../src/core/start/work-branch-name.js';
import { fetchEnvironment } from '../../src/git/remote.js';
import { updatedAgo } from '../../src/messages/prompt-text.js';

const branches = defaultConfig().branches;
const tip = (ref: string, sha: string, date: number): RefTip => ({ ref, sha, date });

describe('parseRefTips', () => {
  it('reads name, id and date per line and skips blank lines', () => {
    expect(parseRefTips('refs/heads/main\taaa\t100\n\nrefs/remotes/origin/main\tbbb\t200\n')).toEqual([
      tip('refs/heads/main', 'aaa', 100),
      tip('refs/remotes/origin/main', 'bbb', 200),
    ]);
  });
});

describe('listStages', () => {
  const tips = [
    tip('refs/heads/main', 'm', 500),
    tip('refs/heads/stage/login', 'l1', 100),
    tip('refs/remotes/origin/stage/login', 'l2', 300),
    tip('refs/remotes/origin/stage/payments', 'p', 200),
    tip('refs/heads/stage/local-only', 'x', 400),
    tip('refs/remotes/upstream/stage/elsewhere', 'e', 900),
    tip('refs/heads/stage/Bad_Name', 'b', 950),
    tip('refs/heads/work/jane-doe/a', 'w', 990),
    tip('refs/remotes/origin/HEAD', 'm', 500),
  ];
  const stages = listStages(tips, branches, 'origin');

  it('merges local and remote into one entry per stage, most recently updated first', () => {
    expect(stages.map((entry) => [entry.stage, entry.updated, entry.local?.sha, entry.remote?.sha])).toEqual([
      ['local-only', 400, 'x', undefined],
      ['login', 300, 'l1', 'l2'],
      ['payments', 200, undefined, 'p'],
    ]);
  });

  it.each([
    ['login', 'login'],
    ['stage/payments', 'payments'],
    ['nope', undefined],
  ])('findStage(%s)', (name, found) => {
    expect(findStage(stages, name, branches)?.stage).toBe(found);
  });
});

describe('chooseStart', () => {
  const local = tip('refs/heads/stage/login', 'l', 100);
  const remote = tip('refs/remotes/origin/stage/login', 'r', 200);
  it.each<[TipRelation | undefined, 'local' | 'remote', string, string | undefined]>([
    ['same', 'local', 'l', undefined],
    ['same', 'remote', 'r', undefined],
    ['local-behind', 'local', 'r', undefined],
    ['local-ahead', 'local', 'l', undefined],
    ['local-ahead', 'remote', 'r', 'local-ahead'],
    ['diverged', 'local', 'r', 'diverged'],
    ['diverged', 'remote', 'r', 'diverged'],
  ])('%s with localAhead=%s starts from %s', (relation, localAhead, sha, leftOut) => {
    const start = chooseStart({ branch: 'stage/login', local, remote }, relation, localAhead);
    expect(start?.tip.sha).toBe(sha);
    expect(start?.leftOut).toBe(leftOut);
  });

  it('takes the only side there is, or none', () => {
    expect(chooseStart({ branch: 'b', local, remote: undefined }, undefined, 'remote')?.side).toBe('local');
    expect(chooseStart({ branch: 'b', local: undefined, remote }, undefined, 'local')?.side).toBe('remote');
    expect(chooseStart({ branch: 'b', local: undefined, remote: undefined }, undefined, 'local')).toBeUndefined();
  });

  it('tipsOf finds both sides of a branch', () => {
    expect(tipsOf('stage/login', [local, remote], 'origin')).toEqual({ branch: 'stage/login', local, remote });
  });
});

describe('workBranchName', () => {
  it.each([
    ['Jane Doe', 'Add login form', 'work/jane-doe/add-login-form'],
    ['jane-doe', 'fix-42', 'work/jane-doe/fix-42'],
    ['Zoë Ünal', 'Réparer la connexion', 'work/zoe-unal/reparer-la-connexion'],
    ['  j  ', '--x--', 'work/j/x'],
  ])('%j + %j = %s', (engineer, change, name) => {
    expect(workBranchName(engineer, change, branches)).toEqual({
      ok: true,
      name,
      engineer: name.split('/')[1],
      change: name.split('/')[2],
    });
  });

  it.each([
    ['', 'add login', 'engineer-empty', 'work/<engineer>/add-login'],
    ['!!!', 'add login', 'engineer-empty', 'work/<engineer>/add-login'],
    ['jane', '', 'change-empty', 'work/jane/<change>'],
    ['jane', '日本語', 'change-empty', 'work/jane/<change>'],
  ])('%j + %j is refused: %s', (engineer, change, problem, name) => {
    expect(workBranchName(engineer, change, branches)).toEqual({ ok: false, problem, name });
  });
});

describe('stage names', () => {
  it.each([
    ['login', { ok: true, name: 'stage/login', stage: 'login' }],
    ['Login', { ok: false, problem: 'stage-name-invalid', stage: 'Login', suggestion: 'login' }],
    ['login_page', { ok: false, problem: 'stage-name-invalid', stage: 'login_page', suggestion: 'login-page' }],
    ['1st', { ok: false, problem: 'stage-name-invalid', stage: '1st', suggestion: 'st' }],
    ['', { ok: false, problem: 'stage-name-missing', stage: '', suggestion: undefined }],
    ['a'.repeat(33), { ok: false, problem: 'stage-name-too-long', stage: 'a'.repeat(33), suggestion: 'a'.repeat(32) }],
  ])('stageBranchName(%j) checks without changing', (stage, expected) => {
    expect(stageBranchName(stage, branches)).toEqual(expected);
  });

  it.each([
    ['Login Page', 'stage/login-page'],
    ['  payments v2 ', 'stage/payments-v2'],
  ])('typedStageName(%j) slugifies what is typed', (typed, name) => {
    expect(typedStageName(typed, branches)).toMatchObject({ ok: true, name });
  });

  it.each([
    ['123', 'stage-name-missing'],
    ['x'.repeat(40), 'stage-name-too-long'],
  ])('typedStageName(%j) is refused: %s', (typed, problem) => {
    expect(typedStageName(typed, branches)).toMatchObject({ ok: false, problem });
  });
});

describe('updatedAgo', () => {
  it.each([
    [1000, 1030, 'updated just now'],
    [1000, 1000 + 60, 'updated 1 minute ago'],
    [1000, 1000 + 3 * 3600 + 5, 'updated 3 hours ago'],
    [1000, 1000 + 2 * 86400, 'updated 2 days ago'],
    [0, 5000, ''],
  ])('%d seen at %d', (date, now, text) => {
    expect(updatedAgo(date, now)).toBe(text);
  });
});

describe('fetchEnvironment', () => {
  const batch = (seconds: number) => `ssh -o BatchMode=yes -o ConnectTimeout=${seconds}`;
  it.each([
    { case: 'no ssh command of the user', env: {}, configured: false, timeoutMs: 5000, ssh: batch(5) },
    { case: 'a timeout in part seconds rounds up', env: {}, configured: false, timeoutMs: 1500, ssh: batch(2) },
    {
      case: 'a timeout under a second still waits a second',
      env: {},
      configured: false,
      timeoutMs: 200,
      ssh: batch(1),
    },
    { case: 'core.sshCommand is left to git', env: {}, configured: true, timeoutMs: 5000, ssh: undefined },
    {
      case: 'GIT_SSH_COMMAND is kept',
      env: { GIT_SSH_COMMAND: 'ssh -i key' },
      configured: false,
      timeoutMs: 5000,
      ssh: 'ssh -i key',
    },
    {
      case: 'GIT_SSH is left to git',
      env: { GIT_SSH: '/usr/bin/plink' },
      configured: false,
      timeoutMs: 5000,
      ssh: undefined,
    },
  ])('$case', ({ env, configured, timeoutMs, ssh }) => {
    const result = fetchEnvironment({ PATH: '/bin', ...env }, configured, timeoutMs);
    expect(result.GIT_SSH_COMMAND).toBe(ssh);
    expect(result.GIT_TERMINAL_PROMPT).toBe('0');
    expect(result.PATH).toBe('/bin');
  });
});
