import { describe, expect, it } from 'vitest';
import { defaultConfig, PLACEHOLDER_WORDS } from '../../src/config/defaults.js';
import type { RulesConfig } from '../../src/config/types.js';
import { autosquashCommits } from '../../src/core/message/autosquash-commits.js';
import { isGitGenerated } from '../../src/core/message/git-generated.js';
import { lintMessage, type RuleId } from '../../src/core/message/lint-message.js';
import { parseMessage } from '../../src/core/message/parse-message.js';

const rules = (overrides: Partial<RulesConfig> = {}): RulesConfig => ({ ...defaultConfig().rules, ...overrides });
const failed = (message: string, overrides: Partial<RulesConfig> = {}): RuleId[] =>
  lintMessage(message, rules(overrides)).problems.map((problem) => problem.rule);

describe('lintMessage with the default rules', () => {
  it.each<[string, RuleId[]]>([
    ['Add the login form handler', []],
    ['Add retry with backoff to the S3 upload handler', []],
    ['Add the login form\n\nThe form posts to /login and shows errors inline.', []],
    ['Fix the login redirect', []],
    ['WIP on the new login', ['subject-wip']],
    ['WIP: add login form', ['subject-wip']],
    ['', ['subject-empty']],
    ['   ', ['subject-empty']],
    ['Add logins', ['subject-min-words']],
    ['a b c', ['subject-min-length']],
    ['Add', ['subject-min-words', 'subject-min-length']],
    [`Add ${'very '.repeat(14)}long subject`, ['subject-max-length']],
    ['Add the login form\nand the logout button', ['body-leading-blank']],
    ['wip', ['subject-min-words', 'subject-min-length', 'subject-placeholder']],
    ['fix stuff', ['subject-min-words', 'subject-min-length', 'subject-placeholder']],
    ['update update update', ['subject-placeholder']],
    ['misc changes and stuff', []],
    ['more minor tweaks again', ['subject-placeholder']],
    ['.', ['subject-min-words', 'subject-min-length', 'subject-placeholder']],
    ['...', ['subject-min-words', 'subject-min-length', 'subject-placeholder']],
    ['asdf', ['subject-min-words', 'subject-min-length', 'subject-placeholder']],
  ])('%j fails %j', (message, expected) => {
    expect(failed(message)).toEqual(expected);
    expect(lintMessage(message, rules()).ok).toBe(expected.length === 0);
  });

  it.each(['WIP', 'Wip', 'FIX', 'Update', 'CHANGES', 'Misc', 'ASDF', 'wip!', 'WIP: fix, update...', 'Fix. Fix. Fix.', 'TODO tmp test'])(
    'placeholder %j is caught case-insensitively',
    (subject) => {
      expect(failed(subject)).toContain('subject-placeholder');
    },
  );

  it('a subject of exactly the thresholds passes, one less fails', () => {
    expect(failed('Add a b')).toEqual(['subject-min-length']);
    expect(failed('Add ab cde')).toEqual([]);
    expect(failed('x'.repeat(36) + ' ' + 'y'.repeat(35))).toEqual(['subject-min-words']);
    expect(failed(`Add the ${'x'.repeat(64)}`)).toEqual([]);
    expect(failed(`Add the ${'x'.repeat(65)}`)).toEqual(['subject-max-length']);
  });

  it('counts characters, not UTF-16 units, for the length rules', () => {
    expect(failed(`Add the ${'é'.repeat(64)}`)).toEqual([]);
    expect(failed(`Add the ${'😀'.repeat(64)}`)).toEqual([]);
    expect(failed(`Add the ${'😀'.repeat(65)}`)).toEqual(['subject-max-length']);
  });

  it('every problem says what is wrong and how to fix it', () => {
    const { problems } = lintMessage('wip\nmore', rules({ 'ticket-pattern': '[A-Z]+-\\d+', 'conventional-commits': true }));
    expect(problems.map((p) => p.rule)).toEqual([
      'subject-min-words',
      'subject-min-length',
      'subject-placeholder',
      'body-leading-blank',
      'ticket-pattern',
      'conventional-commits',
    ]);
    for (const problem of problems) {
      expect(problem.message.length).toBeGreaterThan(20);
      expect(problem.hint.length).toBeGreaterThan(20);
    }
  });
});

describe('subject-wip: a subject that starts with a work-in-progress marker', () => {
  it.each<[string, boolean]>([
    ['WIP: add login form', true],
    ['wip: add login form', true],
    ['WIP add login form', true],
    ['Wip - add login form', true],
    ['[WIP] add login form', true],
    ['(wip) add login form', true],
    ['[ WIP ] Add the login form', true],
    ['tmp: add login form', true],
    ['TMP add login form', true],
    ['temp: try the new cache', true],
    ['Draft: add the login form', true],
    ['[draft] add the login form', true],
    ['DO NOT MERGE add login form', true],
    ['DO NOT MERGE: add login form', true],
    ['[do not merge] add login form', true],
    ['DO-NOT-MERGE add login form', true],
    ["Don't merge: add login form", true],
    ['DNM add login form', true],
    ['[DNM] add login form', true],
    ['FIXME: add login form', true],
    ['feat: WIP add login form', true],
    ['feat(auth): [wip] add login form', true],
    ['Add the login form', false],
    ['Wipe the cache on deploy', false],
    ['Temporary files go to /tmp now', false],
    ['Temp files are cleaned on deploy', false],
    ['Draft the release notes for 2.0', false],
    ['Do not merge empty configs', false],
    ['Tmpl helpers for the login page', false],
    ['Add WIP banner to the staging site', false],
    ['Dnmlookup handles missing zones', false],
    // A lone marker is subject-placeholder's to report.
    ['wip', false],
    ['WIP!', false],
    ['[WIP]', false],
  ])('%j -> %s', (subject, fails) => {
    expect(failed(subject).includes('subject-wip')).toBe(fails);
  });

  it('names the marker and says how to write it instead', () => {
    const problem = lintMessage('[WIP] add login form', rules()).problems.find((p) => p.rule === 'subject-wip');
    expect(problem?.message).toBe('the subject starts with "[WIP]", a work-in-progress marker, not a description of the change');
    expect(problem?.hint).toContain('say what this commit does');
  });
});

describe('lintMessage: each rule can be switched off or given a threshold', () => {
  it.each<[string, Partial<RulesConfig>, RuleId[]]>([
    ['', { 'subject-empty': false }, ['subject-min-words', 'subject-min-length', 'subject-placeholder']],
    ['', { 'subject-empty': false, 'subject-min-words': false, 'subject-min-length': false, 'subject-placeholder': false }, []],
    ['Add logins', { 'subject-min-words': false }, []],
    ['Add logins', { 'subject-min-words': 2 }, []],
    ['Add the login form', { 'subject-min-words': 5 }, ['subject-min-words']],
    ['a b c', { 'subject-min-length': false }, []],
    ['a b c', { 'subject-min-length': 5 }, []],
    ['Add the login form', { 'subject-min-length': 30 }, ['subject-min-length']],
    ['Add the login form handler', { 'subject-max-length': 20 }, ['subject-max-length']],
    [`Add ${'very '.repeat(20)}long subject`, { 'subject-max-length': false }, []],
    [`Add ${'very '.repeat(20)}long subject`, { 'subject-max-length': 200 }, []],
    ['wip wip wip', { 'subject-placeholder': false }, ['subject-wip']],
    ['wip wip wip', { 'subject-placeholder': false, 'subject-wip': false }, []],
    ['wip wip wip', { 'subject-placeholder': ['foo'], 'subject-wip': false }, []],
    ['WIP: add login form', { 'subject-wip': false }, []],
    ['Foo bar baz', { 'subject-placeholder': ['foo', 'BAR', 'baz'] }, ['subject-placeholder']],
    ['Add the login form\nand more', { 'body-leading-blank': false }, []],
    ['Add the login form', { 'ticket-pattern': '[A-Z]+-\\d+' }, ['ticket-pattern']],
    ['PAY-142 Add the login form', { 'ticket-pattern': '[A-Z]+-\\d+' }, []],
    ['Add the login form\n\nRefs PAY-142', { 'ticket-pattern': '[A-Z]+-\\d+' }, []],
    ['Add the login form', { 'ticket-pattern': false }, []],
    ['Add the login form', { 'conventional-commits': true }, ['conventional-commits']],
    ['feat: add the login form', { 'conventional-commits': true }, []],
    ['feat(auth): add the login form', { 'conventional-commits': true }, []],
    ['feat(auth)!: drop the legacy login', { 'conventional-commits': true }, []],
    ['fix(api): handle empty stage names', { 'conventional-commits': true }, []],
    ['feature: add the login form', { 'conventional-commits': true }, ['conventional-commits']],
    ['feat:add the login form', { 'conventional-commits': true }, ['conventional-commits']],
    ['feat: add the login form', { 'conventional-commits': ['story', 'bug'] }, ['conventional-commits']],
    ['story: add the login form', { 'conventional-commits': ['story', 'bug'] }, []],
    // The type prefix does not count towards the words and characters of the description.
    ['feat: add logins', { 'conventional-commits': true }, ['subject-min-words']],
    ['feat(auth): a b c', { 'conventional-commits': true }, ['subject-min-length']],
    ['feat: wip', { 'conventional-commits': true }, ['subject-min-words', 'subject-min-length', 'subject-placeholder']],
  ])('%j with %j fails %j', (message, overrides, expected) => {
    expect(failed(message, overrides)).toEqual(expected);
  });

  it('names the type that is not allowed', () => {
    const [problem] = lintMessage('feature: add the login form', rules({ 'conventional-commits': true })).problems;
    expect(problem?.message).toContain('"feature" is not one of the allowed types');
  });
});

describe('messages that git writes are exempt', () => {
  it.each([
    "Merge branch 'work/jane-doe/add-login' into stage/login",
    "Merge remote-tracking branch 'origin/main'",
    'Merge pull request #12 from org/work/jane-doe/add-login',
    'Revert "Add the login form"',
    'Revert "wip"\n\nThis reverts commit 0123456789abcdef0123456789abcdef01234567.',
    'Reapply "Add the login form"',
    'fixup! Add the login form',
    'fixup! wip',
    'squash! Add the login form',
    'amend! Add the login form\n\nAdd the login form with a better name',
  ])('%j', (message) => {
    expect(isGitGenerated(parseMessage(message).subject)).toBe(true);
    expect(lintMessage(message, rules({ 'ticket-pattern': '[A-Z]+-\\d+', 'conventional-commits': true }))).toEqual({ ok: true, exempt: true, problems: [] });
  });

  it.each(['merge', 'Merge', 'Merged', 'Revert', 'revert "wip"', 'fixup!', 'fixup!wip', 'Fixup! wip', 'squash!'])('%j is not exempt', (subject) => {
    expect(isGitGenerated(subject)).toBe(false);
    expect(lintMessage(subject, rules()).exempt).toBe(false);
  });
});

describe('parseMessage', () => {
  it('splits subject, second line and body, and strips a Conventional Commits prefix from the description', () => {
    expect(parseMessage('feat(api)!: take the stage\n\nBody\nmore')).toEqual({
      text: 'feat(api)!: take the stage\n\nBody\nmore',
      subject: 'feat(api)!: take the stage',
      secondLine: '',
      body: 'Body\nmore',
      description: 'take the stage',
    });
    expect(parseMessage('One line').secondLine).toBeUndefined();
  });

  it('the default placeholder list is lower case', () => {
    for (const word of PLACEHOLDER_WORDS) expect(word).toBe(word.toLowerCase());
  });
});

describe('autosquashCommits', () => {
  it.each([
    ['fixup! Add the login form', true],
    ['squash! Add the login form', true],
    ['amend! Add the login form\n\nAdd the login form with labels', true],
    ['\n\nfixup! Add the login form\n', true],
    ['Revert "Add the login form"', false],
    ['Merge branch \'stage/login\'', false],
    ['Add the fixup! marker to the docs', false],
    ['Fixup! wip', false],
    ['fixup!wip', false],
  ])('%j is a marker: %s', (message, marker) => {
    expect(autosquashCommits([{ sha: 'abc', parents: [], message }])).toEqual(marker ? [{ sha: 'abc', subject: message.trim().split('\n')[0] }] : []);
  });
});
