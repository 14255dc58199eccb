import type { Config } from './types.js';

export const PLACEHOLDER_WORDS = [
  'wip', 'fix', 'fixes', 'fixed', 'fixup', 'update', 'updates', 'updated', 'change', 'changes',
  'changed', 'misc', 'stuff', 'things', 'asdf', 'qwerty', 'test', 'testing', 'tmp', 'temp', 'foo',
  'bar', 'minor', 'tweak', 'tweaks', 'commit', 'save', 'saved', 'work', 'progress', 'done', 'more',
  'again', 'oops', 'whatever', 'cleanup', 'edit', 'edits', 'todo', 'x', 'xx', 'xxx',
];

export const CONVENTIONAL_TYPES = [
  'feat', 'fix', 'docs', 'style', 'refactor', 'perf', 'test', 'build', 'ci', 'chore', 'revert',
];

export function defaultConfig(): Config {
  return {
    branches: {
      main: 'main',
      stagePrefix: 'stage/',
      workPrefix: 'work/',
      stageMaxLength: 32,
      allowed: [],
      unprotected: [],
    },
    rules: {
      'subject-empty': true,
      'subject-min-words': 3,
      'subject-min-length': 10,
      'subject-max-length': 72,
      'subject-placeholder': true,
      'subject-wip': true,
      'body-leading-blank': true,
      'ticket-pattern': false,
      'conventional-commits': false,
    },
    remote: 'origin',
    fetchTimeoutMs: 5000,
    liveStage: 'prod',
    sync: { strategy: 'merge', mainIntoStage: 'work-branch' },
    protect: { requiredApprovals: 1 },
    deploy: { personalStages: false },
  };
}
