import { describe, expect, it } from 'vitest';
import { readCiContext } from '../../src/core/check/ci-context.js';
import { parseRange } from '../../src/core/check/parse-range.js';
import { planChecks } from '../../src/core/check/plan-checks.js';
import { githubAnnotation } from '../../src/messages/annotation.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const NONE = { provider: undefined, pullRequest: undefined, branch: undefined };

describe('parseRange', () => {
  it.each([
    ['main..HEAD', { base: 'main', head: 'HEAD' }],
    ['origin/stage/login..work/jane/x', { base: 'origin/stage/login', head: 'work/jane/x' }],
    ['main..', { base: 'main', head: 'HEAD' }],
    [`${A}..${B}`, { base: A, head: B }],
    ['main...HEAD', undefined],
    ['main', undefined],
    ['..HEAD', undefined],
    ['a..b..c', undefined],
    ['--output=x..HEAD', undefined],
    ['main..-p', undefined],
    ['ma in..HEAD', undefined],
  ])('%s', (text, expected) => {
    expect(parseRange(text)).toEqual(expected);
  });
});

describe('readCiContext', () => {
  it('GitHub pull_request: the branches, and the range from the event payload', () => {
    const env = {
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_HEAD_REF: 'work/jane/x',
      GITHUB_BASE_REF: 'stage/login',
    };
    expect(readCiContext(env, { pull_request: { base: { sha: A }, head: { sha: B } } })).toEqual({
      provider: 'github',
      pullRequest: { base: 'stage/login', head: 'work/jane/x', range: { base: A, head: B } },
      branch: undefined,
    });
  });

  it('GitHub pull_request without a readable payload: base on the remote up to the checked-out merge', () => {
    const env = {
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_HEAD_REF: 'work/jane/x',
      GITHUB_BASE_REF: 'stage/login',
    };
    expect(readCiContext(env, undefined).pullRequest?.range).toEqual({ base: 'origin/stage/login', head: 'HEAD' });
  });

  it('GitHub pull_request_target without a payload: no range (HEAD is the base there)', () => {
    const env = {
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'pull_request_target',
      GITHUB_HEAD_REF: 'work/jane/x',
      GITHUB_BASE_REF: 'stage/login',
    };
    expect(readCiContext(env, { pull_request: { head: { sha: 'not-a-sha' } } }).pullRequest?.range).toBeUndefined();
  });

  it('GitHub push: the branch, and no branch for a tag', () => {
    expect(
      readCiContext({ GITHUB_ACTIONS: 'true', GITHUB_REF_TYPE: 'branch', GITHUB_REF_NAME: 'stage/login' }, undefined)
        .branch,
    ).toBe('stage/login');
    expect(
      readCiContext({ GITHUB_ACTIONS: 'true', GITHUB_REF_TYPE: 'tag', GITHUB_REF_NAME: 'v1.0.0' }, undefined).branch,
    ).toBeUndefined();
  });

  it('GitLab merge request: the diff base and, in merged-results pipelines, the source id', () => {
    const env = {
      GITLAB_CI: 'true',
      CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: 'work/jane/x',
      CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'stage/login',
      CI_MERGE_REQUEST_DIFF_BASE_SHA: A,
      CI_COMMIT_SHA: 'c'.repeat(40),
    };
    expect(readCiContext(env, undefined).pullRequest).toEqual({
      base: 'stage/login',
      head: 'work/jane/x',
      range: { base: A, head: 'c'.repeat(40) },
    });
    expect(readCiContext({ ...env, CI_MERGE_REQUEST_SOURCE_BRANCH_SHA: B }, undefined).pullRequest?.range).toEqual({
      base: A,
      head: B,
    });
  });

  it('GitLab branch pipeline: CI_COMMIT_BRANCH', () => {
    expect(readCiContext({ GITLAB_CI: 'true', CI_COMMIT_BRANCH: 'main' }, undefined)).toEqual({
      provider: 'gitlab',
      pullRequest: undefined,
      branch: 'main',
    });
  });

  it('no CI', () => {
    expect(readCiContext({ CI: 'true' }, undefined)).toEqual(NONE);
  });
});

describe('planChecks', () => {
  const pr = {
    provider: 'github' as const,
    pullRequest: { base: 'stage/login', head: 'work/jane/x', range: { base: A, head: B } },
    branch: undefined,
  };
  it.each([
    [
      {},
      pr,
      {
        ok: true,
        plan: { branches: [], pullRequest: { base: 'stage/login', head: 'work/jane/x' }, range: { base: A, head: B } },
      },
    ],
    [
      {},
      { ...NONE, branch: 'main' },
      { ok: true, plan: { branches: ['main'], pullRequest: undefined, range: undefined } },
    ],
    [{}, NONE, { ok: false, problem: 'nothing-to-check' }],
    [{ branch: 'main' }, pr, { ok: true, plan: { branches: ['main'], pullRequest: undefined, range: undefined } }],
    [
      { pr: true },
      pr,
      { ok: true, plan: { branches: [], pullRequest: { base: 'stage/login', head: 'work/jane/x' }, range: undefined } },
    ],
    [{ pr: true, base: 'main' }, NONE, { ok: false, problem: 'pr-unknown' }],
    [
      { head: 'stage/a', base: 'main' },
      NONE,
      { ok: true, plan: { branches: [], pullRequest: { base: 'main', head: 'stage/a' }, range: undefined } },
    ],
    [{ range: 'main...x' }, NONE, { ok: false, problem: 'bad-range' }],
  ] as const)('%j in %j', (flags, ci, expected) => {
    expect(planChecks(flags, ci)).toEqual(expected);
  });
});

describe('githubAnnotation', () => {
  it('escapes as @actions/core does and drops colours', () => {
    expect(githubAnnotation('error', 'stageflow: route, 100%', '\u001b[31mline one\u001b[39m\nline two: 50%\r')).toBe(
      '::error title=stageflow%3A route%2C 100%25::line one%0Aline two: 50%25%0D\n',
    );
  });
});
