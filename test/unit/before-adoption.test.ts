import { describe, expect, it } from 'vitest';
import { beforeAdoption, staysLocal } from '../../src/core/push/before-adoption.js';

/** old1 ← old2 ← adopt ← new1, and a side branch old2 ← side merged by merge (parents new1, side). */
const parents = new Map<string, string[]>([
  ['old1', []],
  ['old2', ['old1']],
  ['adopt', ['old2']],
  ['new1', ['adopt']],
  ['side', ['old2']],
  ['merge', ['new1', 'side']],
]);

describe('beforeAdoption', () => {
  it.each<[string, string | undefined, string[]]>([
    ['the strict ancestors of the adopting commit', 'adopt', ['old1', 'old2']],
    ['nothing when no commit adopted stageflow', undefined, []],
    ['nothing when the adopting commit is the root', 'old1', []],
    ['nothing when the adoption is published (not among the pushed commits)', 'elsewhere', []],
  ])('%s', (_, adoption, expected) => {
    expect([...beforeAdoption(parents, adoption)].sort()).toEqual(expected);
  });

  it('leaves a commit made after the adoption out, even on a side branch cut before it', () => {
    expect(beforeAdoption(parents, 'adopt').has('side')).toBe(false);
  });
});

describe('staysLocal', () => {
  it.each([
    ['.', true],
    ['origin', false],
    ['git@github.com:acme/orders.git', false],
    ['./', false],
  ])('%s', (url, expected) => expect(staysLocal(url)).toBe(expected));
});
