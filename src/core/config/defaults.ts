import type { Config, RuleId } from './types.js';

/** Words that say nothing about a change on their own; subject-vague reads generic verbs and objects. */
export const PLACEHOLDER_WORDS = [
  'wip', 'fixup', 'asdf', 'qwerty', 'test', 'testing', 'tmp', 'temp', 'foo', 'bar', 'baz', 'qux',
  'commit', 'save', 'saved', 'work', 'progress', 'done', 'again', 'oops', 'whatever', 'todo', 'blah',
  'meh', 'hmm', 'lol', 'x', 'xx', 'xxx', 'xyz', 'abc', 'nothing', 'something', 'dummy', 'placeholder',
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
      'subject-min-words': 2,
      'subject-min-length': 4,
      'subject-max-length': 72,
      'subject-placeholder': true,
      'subject-wip': true,
      'subject-vague': true,
      'subject-web-editor': true,
      'body-leading-blank': true,
      'ticket-pattern': false,
      'conventional-commits': false,
    },
    severity: {
      'subject-empty': 'error',
      'subject-min-words': 'error',
      'subject-min-length': 'error',
      'subject-max-length': 'warning',
      'subject-placeholder': 'error',
      'subject-wip': 'error',
      'subject-vague': 'error',
      'subject-web-editor': 'error',
      'body-leading-blank': 'warning',
      'ticket-pattern': 'error',
      'conventional-commits': 'error',
    },
    ignoreReleases: true,
    remote: 'origin',
    fetchTimeoutMs: 5000,
    liveStage: 'prod',
    sync: { strategy: 'merge', mainIntoStage: 'work-branch' },
    protect: { requiredApprovals: 1 },
    deploy: { personalStages: false },
  };
}

/** Every rule, in the order the engine applies them and reports their problems. */
export const RULE_IDS = Object.keys(defaultConfig().rules) as RuleId[];
