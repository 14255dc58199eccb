import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyBranch } from '../../src/core/branch/classify-branch.js';
import { isGitBranchName } from '../../src/core/branch/git-branch-name.js';
import { defaultConfig } from '../../src/core/config/defaults.js';
import { Sandbox } from '../helpers/sandbox.js';

const CHOSEN = [
  'main',
  'renovate/lodash-4.x',
  'dependabot/npm_and_yarn/zod-4.1',
  'release/v1.2.3',
  'a',
  '@',
  'x/@',
  'é',
  'feat/ünïcode',
  'a-b_c.d',
  'HEAD',
  'head',
  'HEAD/x',
  'x/HEAD',
  '-x',
  'x-',
  'a/-b',
  '',
  '/',
  '/a',
  'a/',
  'a//b',
  'a/b/',
  'a..b',
  'a/..',
  '..',
  '.',
  'a.',
  'a/b.',
  '.a',
  'a/.b',
  'a.lock',
  'a/b.lock',
  'a.lock/b',
  'a.locks',
  '.lock',
  'lock',
  'a@{b',
  '@{-1}',
  'a@b',
  'a{b}',
  'a}b',
  'a@',
  '@a',
  'a b',
  'a\tb',
  'a~b',
  'a^b',
  'a:b',
  'a?b',
  'a*b',
  'a[b',
  'a]b',
  'a\\b',
  'a\x7fb',
  'a\x01b',
  'a!b',
  'a#b',
  'a$b',
  "a'b",
  'a"b',
  'renovate/**',
  'renovate/*',
  'a,b',
  'a;b',
  'a=b',
  'a+b',
  'a%b',
  'a&b',
  'a|b',
  'a<b>',
  'a(b)',
  'ü/.lock',
  'x/y.lock.z',
];

/** Names from an alphabet of the characters git treats specially, by a fixed seed: the same every run. */
function generatedNames(count: number): string[] {
  const alphabet = [
    'a',
    'b',
    '/',
    '.',
    '-',
    '@',
    '{',
    '}',
    'lock',
    '.lock',
    ' ',
    '~',
    '^',
    ':',
    '?',
    '*',
    '[',
    '\\',
    'é',
    '_',
    'HEAD',
    '\t',
  ];
  let seed = 20261201;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(next() * 6) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''),
  );
}

describe('isGitBranchName agrees with git check-ref-format --branch', () => {
  let sandbox: Sandbox;
  beforeAll(() => {
    sandbox = new Sandbox();
  });
  afterAll(() => sandbox.cleanup());

  it(`on ${CHOSEN.length} chosen names and 300 generated ones`, () => {
    const names = [...new Set([...CHOSEN, ...generatedNames(300)])];
    // Outside any repository, where --branch expands no @{-N}; the ceiling stops git looking above.
    const env = { GIT_CEILING_DIRECTORIES: sandbox.root };
    const disagreements = names.flatMap((name) => {
      const git = sandbox.run('git', ['check-ref-format', '--branch', name], { env }).code === 0;
      return git === isGitBranchName(name) ? [] : [{ name, git, ours: !git }];
    });
    expect(disagreements).toEqual([]);
    // The table holds both verdicts in number, so it does compare something.
    expect(names.filter(isGitBranchName).length).toBeGreaterThan(20);
    expect(names.filter((name) => !isGitBranchName(name)).length).toBeGreaterThan(100);
  });
});

describe('branches.allowed never accepts a name git refuses', () => {
  const branches = { ...defaultConfig().branches, allowed: ['renovate/**', 'release/*'] };
  it.each([
    ['renovate/lodash-4.x', 'allowed'],
    ['release/v1.2', 'allowed'],
    ['renovate/a..b', 'invalid'],
    ['renovate/x.lock', 'invalid'],
    ['renovate/.hidden', 'invalid'],
    ['release/v1.', 'invalid'],
    ['renovate/a@{b', 'invalid'],
  ])('%s is %s', (name, kind) => {
    const branch = classifyBranch(name, branches);
    expect(branch.kind).toBe(kind);
    if (branch.kind === 'invalid') expect(branch.reason).toBe('not-a-git-name');
  });
});
