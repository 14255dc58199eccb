import { describe, expect, it } from 'vitest';
import { hookProjectOption } from '../../src/core/hook-project-option.js';

describe('hookProjectOption: the --project a pre-commit hook line passes', () => {
  it.each([
    ['stageflow hook pre-commit\n', { calls: true, project: undefined }],
    ['#!/bin/sh\nfrontend/node_modules/.bin/stageflow hook pre-commit --project frontend\n', { calls: true, project: 'frontend' }],
    ['npx stageflow hook pre-commit --project=packages/api\n', { calls: true, project: 'packages/api' }],
    ["'my app/node_modules/.bin/stageflow' hook pre-commit --project 'my app'\n", { calls: true, project: 'my app' }],
    ["stageflow hook pre-commit --project 'it'\\''s'\n", { calls: true, project: "it's" }],
    ['# stageflow hook pre-commit --project old\nstageflow hook pre-commit\n', { calls: true, project: undefined }],
    ['#!/bin/sh\n. "$(dirname "$0")/h"\n', { calls: false, project: undefined }],
    ['stageflow hook pre-push --project frontend "$@"\n', { calls: false, project: undefined }],
  ])('%j', (file, expected) => {
    expect(hookProjectOption(file)).toEqual(expected);
  });
});
