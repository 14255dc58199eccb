import { describe, expect, it } from 'vitest';
import { indexUsed, isRebaseReword, pathForPrefix } from '../../src/core/message/reuse-advice.js';

describe('indexUsed: the GIT_INDEX_FILE git sets for the commit-msg hook', () => {
  it.each<[string | undefined, string]>([
    [undefined, 'index'],
    ['.git/index', 'index'],
    ['/repo/.git/worktrees/w/index', 'index'],
    ['/repo/.git/index.lock', 'locked'],
    ['C:\\repo\\.git\\index.lock', 'locked'],
    ['/repo/.git/next-index-19515.lock', 'partial'],
    ['/repo/.git/next-index.txt', 'index'],
  ])('%s -> %s', (file, expected) => {
    expect(indexUsed(file)).toBe(expected);
  });
});

describe('isRebaseReword', () => {
  it.each<[string | undefined, boolean, boolean]>([
    ['rebase (reword)', true, true],
    ['rebase -i (reword)', true, true],
    ['rebase (reword)', false, false],
    ['rebase (pick)', true, false],
    [undefined, true, false],
    ['commit (reword)', true, false],
  ])('%s with rebase-merge %s -> %s', (action, present, expected) => {
    expect(isRebaseReword(action, present)).toBe(expected);
  });
});

describe('pathForPrefix: a top-relative path as typed from GIT_PREFIX', () => {
  it.each<[string, string, string]>([
    ['src/a.js', '', 'src/a.js'],
    ['src/a.js', 'src/', 'a.js'],
    ['lib/b.js', 'src/', '../lib/b.js'],
    ['src/*.js', 'src/', ':(literal)*.js'],
    [':odd', '', ':(literal):odd'],
  ])('%s from %j -> %s', (path, prefix, expected) => {
    expect(pathForPrefix(path, prefix)).toBe(expected);
  });
});
