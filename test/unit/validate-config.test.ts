import { describe, expect, it } from 'vitest';
import { EXPECTED_VALUES } from '../../src/config/expected-values.js';
import { validateConfig } from '../../src/config/validate-config.js';
import { closestWord } from '../../src/core/closest-word.js';
import { defaultConfig } from '../../src/core/config/defaults.js';

describe('validateConfig accepts', () => {
  it('nothing: the defaults', () => {
    expect(validateConfig({})).toEqual({ ok: true, config: defaultConfig() });
  });

  it('a partial config, merged over the defaults key by key', () => {
    const result = validateConfig({
      branches: { unprotected: ['main'], allowed: ['renovate/**'], stageMaxLength: 20 },
      rules: {
        'subject-max-length': 100,
        'ticket-pattern': '[A-Z]+-\\d+',
        'conventional-commits': ['feat', 'fix'],
        'subject-placeholder': false,
      },
      remote: 'upstream',
    });
    const defaults = defaultConfig();
    expect(result).toEqual({
      ok: true,
      config: {
        ...defaults,
        remote: 'upstream',
        branches: { ...defaults.branches, unprotected: ['main'], allowed: ['renovate/**'], stageMaxLength: 20 },
        rules: {
          ...defaults.rules,
          'subject-max-length': 100,
          'ticket-pattern': '[A-Z]+-\\d+',
          'conventional-commits': ['feat', 'fix'],
          'subject-placeholder': false,
        },
      },
    });
  });

  it.each<[string, unknown]>([
    [
      'every rule off',
      {
        rules: {
          'subject-empty': false,
          'subject-min-words': false,
          'subject-min-length': false,
          'subject-max-length': false,
          'subject-placeholder': false,
          'subject-wip': false,
          'body-leading-blank': false,
          'ticket-pattern': false,
          'conventional-commits': false,
        },
      },
    ],
    ['a list of placeholders', { rules: { 'subject-placeholder': ['wip', 'tmp'] } }],
    ['conventional commits on', { rules: { 'conventional-commits': true } }],
    ['a pattern that backtracks in JavaScript, run on RE2', { rules: { 'ticket-pattern': '^(\\w+\\s?)+:' } }],
    ['style rules made errors', { severity: { 'subject-max-length': 'error', 'body-leading-blank': 'error' } }],
    ['release commits judged', { ignoreReleases: false }],
    [
      'another strategy',
      {
        branches: { main: 'trunk', stagePrefix: 'env/', workPrefix: 'dev/' },
        liveStage: 'production',
        fetchTimeoutMs: 1000,
      },
    ],
  ])('%s', (_name, raw) => {
    expect(validateConfig(raw).ok).toBe(true);
  });
});

describe('validateConfig refuses, naming the JSON path, what is wrong and what is expected', () => {
  it.each<[unknown, string[]]>([
    [[], [`(top level): expected ${EXPECTED_VALUES['']}, got []`]],
    [null, [`(top level): expected ${EXPECTED_VALUES['']}, got null`]],
    ['main', [`(top level): expected ${EXPECTED_VALUES['']}, got "main"`]],
    [{ branches: null }, [`branches: expected ${EXPECTED_VALUES.branches}, got null`]],
    [{ branches: { main: '' } }, ['branches.main: expected a branch name, e.g. "main", got ""']],
    [{ branches: { main: 5 } }, ['branches.main: expected a branch name, e.g. "main", got 5']],
    [{ branches: { stagePrefix: '' } }, ['branches.stagePrefix: expected a non-empty prefix, e.g. "stage/", got ""']],
    [
      { branches: { stageMaxLength: 0 } },
      ['branches.stageMaxLength: expected a positive whole number, e.g. 32, got 0'],
    ],
    [
      { branches: { stageMaxLength: 2.5 } },
      ['branches.stageMaxLength: expected a positive whole number, e.g. 32, got 2.5'],
    ],
    [
      { branches: { stageMaxLength: '32' } },
      ['branches.stageMaxLength: expected a positive whole number, e.g. 32, got "32"'],
    ],
    [
      { branches: { allowed: 'renovate/**' } },
      ['branches.allowed: expected a list of branch globs, e.g. ["renovate/**", "dependabot/**"], got "renovate/**"'],
    ],
    [
      { branches: { allowed: ['renovate/**', ''] } },
      [
        'branches.allowed[1]: expected a non-empty string (branches.allowed takes a list of branch globs, e.g. ["renovate/**", "dependabot/**"]), got ""',
      ],
    ],
    [
      { branches: { unprotected: [7] } },
      [
        'branches.unprotected[0]: expected a non-empty string (branches.unprotected takes a list of branch globs, e.g. ["main"]), got 7',
      ],
    ],
    [
      { rules: { 'subject-min-words': 0 } },
      ['rules.subject-min-words: expected a positive whole number, or false to switch the rule off, got 0'],
    ],
    [
      { rules: { 'subject-min-words': true } },
      ['rules.subject-min-words: expected a positive whole number, or false to switch the rule off, got true'],
    ],
    [
      { rules: { 'subject-max-length': '72' } },
      ['rules.subject-max-length: expected a positive whole number, or false to switch the rule off, got "72"'],
    ],
    [{ rules: { 'subject-empty': 'yes' } }, ['rules.subject-empty: expected true or false, got "yes"']],
    [{ rules: { 'body-leading-blank': 1 } }, ['rules.body-leading-blank: expected true or false, got 1']],
    [
      { rules: { 'subject-placeholder': 'wip' } },
      ['rules.subject-placeholder: expected true, false, or a list of placeholder words, got "wip"'],
    ],
    [
      { rules: { 'subject-placeholder': ['wip', ''] } },
      [
        'rules.subject-placeholder[1]: expected a non-empty string (rules.subject-placeholder takes true, false, or a list of placeholder words), got ""',
      ],
    ],
    [
      { rules: { 'ticket-pattern': '[A-Z+' } },
      [
        'rules.ticket-pattern: not a pattern stageflow can run (missing closing ]: `[A-Z+`): patterns run on RE2, which never backtracks, so no message can hang a commit, and which has no lookaround or backreferences; expected a regular expression as a string (RE2 syntax), e.g. "[A-Z]+-\\\\d+", or false, got "[A-Z+"',
      ],
    ],
    [
      { rules: { 'ticket-pattern': '^(?=[A-Z])\\w+-\\d+' } },
      [
        'rules.ticket-pattern: not a pattern stageflow can run (invalid or unsupported Perl syntax: `(?=`): patterns run on RE2, which never backtracks, so no message can hang a commit, and which has no lookaround or backreferences; expected a regular expression as a string (RE2 syntax), e.g. "[A-Z]+-\\\\d+", or false, got "^(?=[A-Z])\\\\w+-\\\\d+"',
      ],
    ],
    [
      { severity: { 'subject-max-length': 'fatal' } },
      ['severity.subject-max-length: expected "error" (refuses) or "warning" (prints only), got "fatal"'],
    ],
    [
      { severity: { 'subject-max-lenght': 'error' } },
      [
        'severity.subject-max-lenght: unknown key; did you mean "subject-max-length"? (known keys: subject-empty, subject-min-words, subject-min-length, subject-max-length, subject-placeholder, subject-wip, subject-vague, subject-web-editor, body-leading-blank, ticket-pattern, conventional-commits)',
      ],
    ],
    [
      { ignoreReleases: 'yes' },
      ['ignoreReleases: expected true (release commits such as "1.2.3" pass unjudged) or false, got "yes"'],
    ],
    [
      { rules: { 'ticket-pattern': true } },
      [
        'rules.ticket-pattern: expected a regular expression as a string (RE2 syntax), e.g. "[A-Z]+-\\\\d+", or false, got true',
      ],
    ],
    [
      { rules: { 'conventional-commits': 'feat' } },
      ['rules.conventional-commits: expected true, false, or a list of allowed types, got "feat"'],
    ],
    [{ remote: 5 }, ['remote: expected a remote name, e.g. "origin", got 5']],
    [{ fetchTimeoutMs: -1 }, ['fetchTimeoutMs: expected a positive whole number of milliseconds, e.g. 5000, got -1']],
    [{ liveStage: '' }, ['liveStage: expected a Serverless stage name, e.g. "prod", got ""']],
    [
      { liveStage: 'Prod_1' },
      [
        'liveStage: expected a Serverless stage name (lowercase letters, digits and single hyphens, starting with a letter, at most 32 characters, as for stage/<stage-name>), e.g. "prod-1", got "Prod_1"',
      ],
    ],
    [
      { liveStage: 'production', branches: { stageMaxLength: 4 } },
      [
        'liveStage: expected a Serverless stage name (lowercase letters, digits and single hyphens, starting with a letter, at most 4 characters, as for stage/<stage-name>), e.g. "prod", got "production"',
      ],
    ],
    [
      { brnches: {} },
      [
        'brnches: unknown key; did you mean "branches"? (known keys: branches, rules, severity, ignoreReleases, remote, fetchTimeoutMs, liveStage, sync, protect, deploy)',
      ],
    ],
    [
      { rules: { 'subject-max-lenght': 50 } },
      [
        'rules.subject-max-lenght: unknown key; did you mean "subject-max-length"? (known keys: subject-empty, subject-min-words, subject-min-length, subject-max-length, subject-placeholder, subject-wip, subject-vague, subject-web-editor, body-leading-blank, ticket-pattern, conventional-commits)',
      ],
    ],
    [
      { branches: { mainBranch: 'main' } },
      [
        'branches.mainBranch: unknown key (known keys: main, stagePrefix, workPrefix, stageMaxLength, allowed, unprotected)',
      ],
    ],
    [
      { branches: { unprotect: ['main'] }, remote: '' },
      [
        'branches.unprotect: unknown key; did you mean "unprotected"? (known keys: main, stagePrefix, workPrefix, stageMaxLength, allowed, unprotected)',
        'remote: expected a remote name, e.g. "origin", got ""',
      ],
    ],
    [
      { extends: 'x', plugins: [] },
      [
        expect.stringMatching(/^extends: unknown key/),
        expect.stringMatching(/^plugins: unknown key/),
      ] as unknown as string[],
    ],
  ])('%j', (raw, problems) => {
    const result = validateConfig(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual(problems);
  });

  it.each<[unknown, string[]]>([
    [
      { branches: { stagePrefix: 'x/', workPrefix: 'x/' } },
      [
        'branches.workPrefix: expected a prefix that neither starts nor is started by branches.stagePrefix ("x/"), so stage and work branches cannot be confused, got "x/"',
      ],
    ],
    [
      { branches: { workPrefix: 'stage/work/' } },
      [
        'branches.workPrefix: expected a prefix that neither starts nor is started by branches.stagePrefix ("stage/"), so stage and work branches cannot be confused, got "stage/work/"',
      ],
    ],
    [
      { branches: { main: 'stage/main' } },
      ['branches.main: expected a name outside branches.stagePrefix ("stage/"), got "stage/main"'],
    ],
    [
      { branches: { main: 'work/main' } },
      ['branches.main: expected a name outside branches.workPrefix ("work/"), got "work/main"'],
    ],
  ])('refuses overlapping kinds of branch: %j', (raw, problems) => {
    expect(validateConfig(raw)).toEqual({ ok: false, problems });
  });

  it('accepts prefixes that only share a first letter', () => {
    expect(validateConfig({ branches: { stagePrefix: 'st/', workPrefix: 'sw/' } }).ok).toBe(true);
  });

  it('shortens a long value it quotes', () => {
    const result = validateConfig({ remote: { url: 'x'.repeat(200) } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatch(/got \{"url":"x+\.\.\.$/);
  });

  it('describes every key of the config in words', () => {
    const keys = [
      '',
      ...Object.keys(defaultConfig()).flatMap((key) => {
        const value = defaultConfig()[key as keyof ReturnType<typeof defaultConfig>];
        return typeof value === 'object' ? [key, ...Object.keys(value).map((sub) => `${key}.${sub}`)] : [key];
      }),
    ];
    expect(Object.keys(EXPECTED_VALUES).sort()).toEqual(keys.sort());
  });
});

describe('closestWord', () => {
  it.each<[string, string[], string | undefined]>([
    ['brnches', ['branches', 'rules'], 'branches'],
    ['RULES', ['branches', 'rules'], 'rules'],
    ['unprotect', ['allowed', 'unprotected'], 'unprotected'],
    ['zzzzzz', ['branches', 'rules'], undefined],
    ['x', [], undefined],
  ])('%j in %j → %j', (word, candidates, expected) => {
    expect(closestWord(word, candidates)).toBe(expected);
  });
});
