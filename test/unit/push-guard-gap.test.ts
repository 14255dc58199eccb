import { describe, expect, it } from 'vitest';
import { pushGuardGap, runsLfsPrePush } from '../../src/core/hooks/push-guard-gap.js';
import { runnerScript } from '../../src/core/hooks/runner-script.js';

describe('pushGuardGap', () => {
  it("finds nothing wrong with stageflow's runner", () => {
    expect(pushGuardGap(runnerScript({ hook: 'pre-push', teamFile: '.husky/pre-push' }))).toBeUndefined();
  });

  it('names a missing hook, git lfs’s own, and any other', () => {
    expect(pushGuardGap(undefined)).toEqual({ kind: 'missing' });
    expect(pushGuardGap('#!/bin/sh\ncommand -v git-lfs >/dev/null 2>&1 || exit 2\ngit lfs pre-push "$@"\n')).toEqual({
      kind: 'replaced',
      lfs: true,
    });
    expect(pushGuardGap('#!/bin/sh\nexit 0\n')).toEqual({ kind: 'replaced', lfs: false });
  });
});

describe('runsLfsPrePush', () => {
  it.each([
    ['git lfs pre-push "$@"\n', true],
    ['npm test\n  git lfs pre-push "$@"\n', true],
    ['# git lfs pre-push "$@"\n', false],
    ['', false],
  ])('%j: %s', (text, expected) => {
    expect(runsLfsPrePush(text)).toBe(expected);
  });
});
