import { describe, expect, it } from 'vitest';
import {
  type BranchInfo,
  classifyBranch,
  isCommitAllowedOn,
  isSlug,
  stageNameProblem,
} from '../../src/core/branch/classify-branch.js';
import { globToRegExp, matchesAnyGlob } from '../../src/core/branch/glob.js';
import { judgeCommit } from '../../src/core/branch/judge-commit.js';
import { mergedBranch } from '../../src/core/branch/merged-branch.js';
import { slugify, stageSlugify } from '../../src/core/branch/slugify.js';
import { freeBranchName, suggestBranchName, suggestWorkBranch } from '../../src/core/branch/suggest-branch.js';
import { defaultConfig } from '../../src/core/config/defaults.js';
import type { BranchConfig } from '../../src/core/config/types.js';

const branches = (overrides: Partial<BranchConfig> = {}): BranchConfig => ({
  ...defaultConfig().branches,
  ...overrides,
});

describe('classifyBranch with the default config', () => {
  it.each<[string, Partial<BranchInfo>]>([
    ['main', { kind: 'main', protected: true }],
    ['stage/login', { kind: 'stage', stage: 'login', protected: true }],
    ['stage/x', { kind: 'stage', stage: 'x', protected: true }],
    ['stage/payment-v2', { kind: 'stage', stage: 'payment-v2', protected: true }],
    ['stage/a1-b2-c3', { kind: 'stage', stage: 'a1-b2-c3' }],
    [`stage/${'a'.repeat(32)}`, { kind: 'stage' }],
    ['work/jane-doe/add-login', { kind: 'work', engineer: 'jane-doe', change: 'add-login' }],
    ['work/j/x', { kind: 'work', engineer: 'j', change: 'x' }],
    ['work/jane2/fix-42', { kind: 'work', engineer: 'jane2', change: 'fix-42' }],
  ])('%s is valid', (name, expected) => {
    expect(classifyBranch(name, branches())).toMatchObject({ name, ...expected });
  });

  it.each<[string, string]>([
    ['stage/', 'stage-name-missing'],
    ['stage/Login', 'stage-name-invalid'],
    ['stage/1login', 'stage-name-invalid'],
    ['stage/login_form', 'stage-name-invalid'],
    ['stage/login--form', 'stage-name-invalid'],
    ['stage/login-', 'stage-name-invalid'],
    ['stage/-login', 'stage-name-invalid'],
    ['stage/login/form', 'stage-name-invalid'],
    ['stage/login.form', 'stage-name-invalid'],
    [`stage/${'a'.repeat(33)}`, 'stage-name-too-long'],
    ['work/jane-doe', 'work-segments'],
    ['work/', 'work-segments'],
    ['work/jane-doe/add/login', 'work-segments'],
    ['work/Jane/add-login', 'work-engineer-invalid'],
    ['work/jane_doe/add-login', 'work-engineer-invalid'],
    ['work//add-login', 'work-engineer-invalid'],
    ['work/jane-doe/Add-Login', 'work-change-invalid'],
    ['work/jane-doe/add--login', 'work-change-invalid'],
    ['work/jane-doe/', 'work-change-invalid'],
    ['work/jane-doe/add-login-', 'work-change-invalid'],
    ['feature/login', 'unknown-kind'],
    ['master', 'unknown-kind'],
    ['develop', 'unknown-kind'],
    ['Main', 'unknown-kind'],
    ['mainline', 'unknown-kind'],
    ['renovate/aws-sdk', 'unknown-kind'],
    ['staging', 'unknown-kind'],
    ['worker/a/b', 'unknown-kind'],
  ])('%s is invalid: %s', (name, reason) => {
    expect(classifyBranch(name, branches())).toEqual({ kind: 'invalid', name, reason });
  });
});

describe('classifyBranch with a configured strategy', () => {
  it.each<[string, Partial<BranchConfig>, Partial<BranchInfo>]>([
    ['renovate/aws-sdk-3.x', { allowed: ['renovate/**'] }, { kind: 'allowed' }],
    ['dependabot/npm_and_yarn/zod-4', { allowed: ['renovate/**', 'dependabot/**'] }, { kind: 'allowed' }],
    ['release-1', { allowed: ['release-*'] }, { kind: 'allowed' }],
    ['release/1', { allowed: ['release-*'] }, { kind: 'invalid' }],
    ['main', { unprotected: ['main'] }, { kind: 'main', protected: false }],
    ['stage/sandbox', { unprotected: ['stage/*'] }, { kind: 'stage', protected: false }],
    ['stage/login', { unprotected: ['stage/sandbox'] }, { kind: 'stage', protected: true }],
    ['trunk', { main: 'trunk' }, { kind: 'main', protected: true }],
    ['main', { main: 'trunk' }, { kind: 'invalid' }],
    ['env/login', { stagePrefix: 'env/' }, { kind: 'stage', stage: 'login' }],
    ['feature/jane/login', { workPrefix: 'feature/' }, { kind: 'work', engineer: 'jane', change: 'login' }],
    ['stage/abcdefghij', { stageMaxLength: 10 }, { kind: 'stage' }],
    [
      'stage/abcdefghijk',
      { stageMaxLength: 10 },
      { kind: 'invalid', reason: 'stage-name-too-long' } as Partial<BranchInfo>,
    ],
    // The prefixes win over the allowed globs: "stage/**" cannot let a bad stage name in.
    ['stage/Bad_Name', { allowed: ['stage/**'] }, { kind: 'invalid' }],
  ])('%s with %j', (name, overrides, expected) => {
    expect(classifyBranch(name, branches(overrides))).toMatchObject(expected);
  });
});

describe('stageNameProblem and isSlug', () => {
  it.each<[string, number, string | undefined]>([
    ['prod', 32, undefined],
    ['dev-2', 32, undefined],
    ['', 32, 'stage-name-missing'],
    ['2dev', 32, 'stage-name-invalid'],
    ['dev_2', 32, 'stage-name-invalid'],
    ['abcd', 3, 'stage-name-too-long'],
  ])('stage %j (max %i): %s', (stage, max, problem) => {
    expect(stageNameProblem(stage, max)).toBe(problem);
  });

  it.each<[string, boolean]>([
    ['jane-doe', true],
    ['2fa', true],
    ['a', true],
    ['Jane', false],
    ['-a', false],
    ['a-', false],
    ['a--b', false],
    ['a_b', false],
    ['', false],
  ])('isSlug(%j) is %s', (text, expected) => {
    expect(isSlug(text)).toBe(expected);
  });
});

describe('glob', () => {
  it.each<[string, string, boolean]>([
    ['renovate/**', 'renovate/foo', true],
    ['renovate/**', 'renovate/a/b/c', true],
    ['renovate/**', 'renovate', false],
    ['renovate/**', 'xrenovate/foo', false],
    ['renovate/*', 'renovate/foo', true],
    ['renovate/*', 'renovate/a/b', false],
    ['stage/*', 'stage/login', true],
    ['stage/*', 'stage/', true],
    ['release-?', 'release-1', true],
    ['release-?', 'release-12', false],
    ['release-?', 'release-/', false],
    ['v1.0', 'v1.0', true],
    ['v1.0', 'v1x0', false],
    ['a+b(c)', 'a+b(c)', true],
    ['[abc]', '[abc]', true],
    ['[abc]', 'a', false],
    ['main', 'main', true],
    ['main', 'main2', false],
  ])('%j matches %j: %s', (glob, name, expected) => {
    expect(globToRegExp(glob).test(name)).toBe(expected);
  });

  it('matchesAnyGlob is false for no globs and true when one matches', () => {
    expect(matchesAnyGlob('main', [])).toBe(false);
    expect(matchesAnyGlob('dependabot/npm/x', ['renovate/**', 'dependabot/**'])).toBe(true);
  });
});

describe('slugify', () => {
  it.each<[string, string]>([
    ['Jane Doe', 'jane-doe'],
    ['Jane Doë', 'jane-doe'],
    ['  José  Álvarez-García ', 'jose-alvarez-garcia'],
    ["Zoë O'Brien", 'zoe-o-brien'],
    ['J.R.R. Tolkien', 'j-r-r-tolkien'],
    ['ALL_CAPS__NAME', 'all-caps-name'],
    ['feature/Login Form', 'feature-login-form'],
    ['---', ''],
    ['', ''],
    ['李小龍', ''],
    ['Ünïcödé 2', 'unicode-2'],
    ['Größe', 'grosse'],
    ['Søren Kierkegaard', 'soren-kierkegaard'],
    ['Łukasz Żółć', 'lukasz-zolc'],
    ['Æsa Þórsdóttir', 'aesa-thorsdottir'],
    ['李雷', ''],
  ])('%j → %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
    if (slug) expect(isSlug(slug)).toBe(true);
  });

  it('cuts long text at a word boundary, never leaving a trailing hyphen', () => {
    const slug = slugify('add retry with exponential backoff to the upload handler of the service');
    expect(slug.length).toBeLessThanOrEqual(48);
    expect(isSlug(slug)).toBe(true);
    expect(slug).toBe('add-retry-with-exponential-backoff-to-the-upload');
    expect(slugify('a'.repeat(60))).toBe('a'.repeat(48));
    expect(slugify('abc def', 5)).toBe('abc');
  });

  it.each<[string, number, string]>([
    ['Login Form', 32, 'login-form'],
    ['2FA login', 32, 'fa-login'],
    ['123', 32, ''],
    ['payment service v2 with a very long name', 16, 'payment-service'],
  ])('stageSlugify(%j, %i) → %j', (text, max, slug) => {
    expect(stageSlugify(text, max)).toBe(slug);
    if (slug) expect(stageNameProblem(slug, max)).toBeUndefined();
  });
});

describe('suggestBranchName', () => {
  const invalid = (name: string, config = branches()) => {
    const branch = classifyBranch(name, config);
    if (branch.kind !== 'invalid') throw new Error(`${name} is valid`);
    return branch;
  };

  it.each<[string, string | undefined, string]>([
    ['feature/login', 'Jane Doe', 'work/jane-doe/feature-login'],
    ['login', 'Jane Doe', 'work/jane-doe/login'],
    ['Fix_Login', 'José Álvarez', 'work/jose-alvarez/fix-login'],
    ['master', undefined, 'work/your-name/master'],
    ['master', '李小龍', 'work/your-name/master'],
    ['work/jane-doe', 'Jane Doe', 'work/jane-doe/jane-doe'],
    ['work/Add_Login', 'Jane Doe', 'work/jane-doe/add-login'],
    ['work/Jane/Add Login', 'Jane Doe', 'work/jane/add-login'],
    ['work/jane/add/login', 'Jane Doe', 'work/jane/add-login'],
    ['work/jane/', 'Jane Doe', 'work/jane-doe/jane'],
    ['stage/Login_Form', 'Jane Doe', 'stage/login-form'],
    ['stage/2fa', 'Jane Doe', 'stage/fa'],
    ['stage/', 'Jane Doe', 'work/jane-doe/describe-the-change'],
    ['stage/123', 'Jane Doe', 'work/jane-doe/describe-the-change'],
    [`stage/${'a'.repeat(40)}`, 'Jane Doe', `stage/${'a'.repeat(32)}`],
    ['---', 'Jane Doe', 'work/jane-doe/describe-the-change'],
  ])('%s (user.name %j) → %s', (name, engineer, expected) => {
    const suggestion = suggestBranchName(invalid(name), branches(), engineer);
    expect(suggestion).toBe(expected);
    expect(classifyBranch(suggestion, branches()).kind).not.toBe('invalid');
  });

  it('uses the configured prefixes', () => {
    const config = branches({ workPrefix: 'dev/', stagePrefix: 'env/' });
    expect(suggestBranchName(invalid('feature/login', config), config, 'Jane Doe')).toBe('dev/jane-doe/feature-login');
    expect(suggestBranchName(invalid('env/Login', config), config, 'Jane Doe')).toBe('env/login');
  });

  it('suggestWorkBranch falls back to a placeholder change', () => {
    expect(suggestWorkBranch(branches(), 'jane-doe', '')).toBe('work/jane-doe/describe-the-change');
    expect(suggestWorkBranch(branches(), 'jane-doe', 'Add Login!')).toBe('work/jane-doe/add-login');
  });
});

describe('judgeCommit and isCommitAllowedOn', () => {
  it.each<[string | undefined, boolean, Partial<BranchConfig>, boolean, string]>([
    ['work/jane-doe/add-login', false, {}, true, 'valid-branch'],
    ['renovate/x', false, { allowed: ['renovate/**'] }, true, 'valid-branch'],
    ['main', false, {}, false, 'protected'],
    ['stage/login', false, {}, false, 'protected'],
    ['main', false, { unprotected: ['main'] }, true, 'valid-branch'],
    ['stage/sandbox', false, { unprotected: ['stage/sandbox'] }, true, 'valid-branch'],
    ['feature/login', false, {}, false, 'invalid-name'],
    ['stage/Bad', false, {}, false, 'invalid-name'],
    [undefined, false, {}, false, 'detached'],
    ['main', true, {}, true, 'first-commit'],
    ['master', true, {}, true, 'first-commit'],
  ])('HEAD on %s (unborn %s, config %j): allowed %s (%s)', (branch, unborn, overrides, allowed, why) => {
    expect(judgeCommit({ branch, unborn }, branches(overrides))).toMatchObject({ allowed, why });
  });

  it('isCommitAllowedOn follows the kinds', () => {
    const config = branches();
    expect(isCommitAllowedOn(classifyBranch('work/a/b', config))).toBe(true);
    expect(isCommitAllowedOn(classifyBranch('main', config))).toBe(false);
    expect(isCommitAllowedOn(classifyBranch('nope', config))).toBe(false);
  });
});

describe('freeBranchName: a suggested name nobody has taken yet', () => {
  it.each<[string[], string]>([
    [[], 'work/jane/describe-the-change'],
    [['work/jane/other'], 'work/jane/describe-the-change'],
    [['work/jane/describe-the-change'], 'work/jane/describe-the-change-2'],
    [['work/jane/describe-the-change', 'work/jane/describe-the-change-2'], 'work/jane/describe-the-change-3'],
    [['work/jane/describe-the-change', 'work/jane/describe-the-change-3'], 'work/jane/describe-the-change-2'],
  ])('with %j taken: %s', (taken, expected) => {
    expect(freeBranchName('work/jane/describe-the-change', (name) => taken.includes(name))).toBe(expected);
  });
});

describe('mergedBranch: the branch a merge in progress brings in', () => {
  it.each<[string[], string | undefined, string | undefined]>([
    [['origin/stage/fa-x'], undefined, 'stage/fa-x'],
    [['refs/remotes/origin/stage/fa-x'], undefined, 'stage/fa-x'],
    [['work/jane/login'], undefined, 'work/jane/login'],
    [['a', 'b'], undefined, undefined],
    [[], "Merge branch 'work/jane/login' into stage/login\n", 'work/jane/login'],
    [[], "Merge remote-tracking branch 'origin/stage/login'\n\n# Conflicts:\n", 'stage/login'],
    [[], "Merge commit 'abc123'\n", undefined],
    [[], undefined, undefined],
  ])('from %j and %j: %s', (names, message, expected) => {
    expect(mergedBranch(names, message, 'origin')).toBe(expected);
  });
});
