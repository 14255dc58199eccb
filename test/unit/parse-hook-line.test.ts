import { describe, expect, it } from 'vitest';
import { findHookLine, parseHookLine } from '../../src/core/hooks/parse-hook-line.js';

describe('parseHookLine: the one reading of a hook line, for config lookup, init, doctor and the hooks', () => {
  it.each([
    ['stageflow hook pre-commit', { command: 'stageflow', hook: 'pre-commit', project: undefined }],
    ['npx stageflow hook pre-push "$@"', { command: 'stageflow', hook: 'pre-push', project: undefined }],
    // The two lines the older parsers disagreed on (issue 15.2).
    [
      '"node_modules/.bin/stageflow" hook pre-commit --project app',
      { command: 'node_modules/.bin/stageflow', hook: 'pre-commit', project: 'app' },
    ],
    [
      'node_modules/.bin/stageflow hook pre-commit --project "my app"',
      { command: 'node_modules/.bin/stageflow', hook: 'pre-commit', project: 'my app' },
    ],
    [
      'frontend/node_modules/.bin/stageflow hook commit-msg --project frontend "$1"',
      { command: 'frontend/node_modules/.bin/stageflow', hook: 'commit-msg', project: 'frontend' },
    ],
    [
      "'my app/node_modules/.bin/stageflow' hook pre-commit --project 'my app'",
      { command: 'my app/node_modules/.bin/stageflow', hook: 'pre-commit', project: 'my app' },
    ],
    ["stageflow hook pre-commit --project 'it'\\''s'", { command: 'stageflow', hook: 'pre-commit', project: "it's" }],
    [
      'npx stageflow hook pre-commit --project=packages/api',
      { command: 'stageflow', hook: 'pre-commit', project: 'packages/api' },
    ],
    [
      'my\\ app/node_modules/.bin/stageflow hook pre-push --project my\\ app "$@"',
      { command: 'my app/node_modules/.bin/stageflow', hook: 'pre-push', project: 'my app' },
    ],
    // The lines stageflow's runner and this repository's own hooks run.
    [
      'node \'app/node_modules/.bin/stageflow\' hook commit-msg --project app "$1"',
      { command: 'app/node_modules/.bin/stageflow', hook: 'commit-msg', project: 'app' },
    ],
    ['node dist/cli.js hook pre-push "$@"', { command: 'dist/cli.js', hook: 'pre-push', project: undefined }],
    [
      '{ [ -z "$r" ] || printf \'%s\\n\' "$r"; } | node node_modules/.bin/stageflow hook pre-push "$@"',
      { command: 'node_modules/.bin/stageflow', hook: 'pre-push', project: undefined },
    ],
    [
      'npx lint-staged && stageflow hook pre-commit # the branch',
      { command: 'stageflow', hook: 'pre-commit', project: undefined },
    ],
  ])('%s', (line, expected) => {
    expect(parseHookLine(line)).toEqual(expected);
  });

  it.each([
    ['# stageflow hook pre-commit'],
    ['  # stageflow hook pre-commit --project old'],
    ['npx lint-staged'],
    ['echo stageflow is nice'],
    ['git lfs pre-push "$@"'],
    ['. "$(dirname "$0")/h"'],
    ['stageflow-lookalike hook pre-commit'],
    ['stageflow hook'],
  ])('%s calls no stageflow hook', (line) => {
    expect(parseHookLine(line)).toBeUndefined();
  });

  it('finds the line of a hook in a file, past comments and other hooks', () => {
    const file =
      '#!/bin/sh\n# stageflow hook commit-msg --project old\nstageflow hook pre-push --project web "$@"\nstageflow hook commit-msg --project web "$1"\n';
    expect(findHookLine(file, 'commit-msg')?.project).toBe('web');
    expect(findHookLine(file, 'pre-commit')).toBeUndefined();
  });
});
