import { describe, expect, it } from 'vitest';
import { compilePattern } from '../../src/config/compile-pattern.js';
import { defaultConfig, PLACEHOLDER_WORDS } from '../../src/core/config/defaults.js';
import type { Config, RulesConfig } from '../../src/core/config/types.js';
import { autosquashCommits } from '../../src/core/message/autosquash-commits.js';
import { gitWritten } from '../../src/core/message/git-generated.js';
import { judgeStoredMessage } from '../../src/core/message/judge-commits.js';
import { lintMessage, type MessageRules, type RuleId, ruleVerdicts } from '../../src/core/message/lint-message.js';
import { parseMessage } from '../../src/core/message/parse-message.js';
import { subjectWords, wordWeight } from '../../src/core/message/subject-words.js';

type Extra = { severity?: Partial<Config['severity']>; ignoreReleases?: boolean };
const rules = (overrides: Partial<RulesConfig> = {}, extra: Extra = {}): MessageRules => {
  // Partial severities, as a user writes them; the config merges them over the defaults.
  const defaults = defaultConfig();
  const all = { ...defaults.rules, ...overrides };
  const pattern = all['ticket-pattern'];
  return {
    rules: { ...all, 'ticket-pattern': pattern === false ? false : compilePattern(pattern) },
    severity: { ...defaults.severity, ...extra.severity },
    ignoreReleases: extra.ignoreReleases ?? defaults.ignoreReleases,
  };
};
const failed = (message: string, overrides: Partial<RulesConfig> = {}, extra: Extra = {}): RuleId[] => {
  const verdict = lintMessage(message, rules(overrides, extra));
  return [...verdict.problems, ...verdict.warnings].map((problem) => problem.rule);
};
const refused = (message: string): RuleId[] => lintMessage(message, rules()).problems.map((problem) => problem.rule);

describe('issue 11: descriptive subjects pass, vague ones are refused, by content', () => {
  it.each([
    'fix: deprecate setToEnv',
    'chore: Release v3.16.0',
    'add aws-node-upload-to-s3-and-postprocess',
    'fix(deps): bump urllib3 to 2.7.0 to patch decompression-bomb vuln (#13568)',
    '修复登录页面的会话超时错误',
    'ログイン画面のセッション切れを修正',
    'Add the login form handler',
    'Add retry with backoff to the S3 upload handler',
    'Fix the login redirect',
    'Remove unused code from the deploy script',
    'Update README.md with the deploy steps',
    'Fix typo in serverless.yml',
    'Bump serverless from 3.38.0 to 3.39.0',
    'Merge the two upload handlers into one',
    'Revert the timeout change in the upload handler',
    'Delete old-handler.js',
    'docs: explain the --stage flag',
    'lint',
    'docs: typo',
    'Fix typo',
    'Update deps',
    'chore: bump dependencies',
    'Add throttling',
    'Use memoization',
    'fix: use ??=',
    'Add Kinesis example',
    'Initial commit',
    'chore: version bump',
    'Release v2.31.4 (#5817)',
  ])('accepts %j', (subject) => {
    expect(refused(subject)).toEqual([]);
  });

  it.each<[string, RuleId[]]>([
    ['Fix bug in code', ['subject-vague']],
    ['Update the code', ['subject-vague']],
    ['Fix some bugs', ['subject-vague']],
    ['Address PR review comments', ['subject-vague']],
    ['Minor code style updates', ['subject-vague']],
    ['fix some stuff', ['subject-vague']],
    ['tiny changes before merge', ['subject-vague']],
    ['misc changes and stuff', ['subject-vague']],
    ['more minor tweaks again', ['subject-vague']],
    ['fix: update the code', ['subject-vague']],
    ['qwer qwer qwer', ['subject-placeholder']],
    ['lorem ipsum dolor', ['subject-placeholder']],
    ['a b c d e f g', ['subject-placeholder']],
    ['asdf jkl asdasd', ['subject-placeholder']],
    ['update update update', ['subject-placeholder']],
    ['test test test test', ['subject-placeholder']],
    ['foo bar baz', ['subject-placeholder']],
    ['W.I.P. add the login form', ['subject-wip']],
    ['w-i-p add the login form', ['subject-wip']],
    ['work in progress on login', ['subject-wip']],
    ['Add the login form (wip)', ['subject-wip']],
    ['Add the login form - WIP', ['subject-wip']],
    ['Add the login form WIP', ['subject-wip']],
    ['temp commit for testing', ['subject-placeholder', 'subject-wip']],
    ['# nothing here', ['subject-placeholder']],
    ['Fix build', ['subject-vague']],
    ['update readme', ['subject-vague']],
    ['Rename variable', ['subject-vague']],
    ['Changes', ['subject-min-words', 'subject-vague']],
    ['Create LICENSE', ['subject-web-editor']],
    ['Update README.md', ['subject-web-editor']],
    ['Create handler.js', ['subject-web-editor']],
    ['Create src/functions/upload/handler.js', ['subject-web-editor']],
    ['Add files via upload', ['subject-web-editor']],
  ])('refuses %j: %j', (subject, expected) => {
    expect(refused(subject)).toEqual(expected);
  });

  it('names what is missing: which behaviour, and where', () => {
    const hint = (subject: string) => lintMessage(subject, rules()).problems[0]!;
    expect(hint('Fix bug in code').message).toBe(
      '"Fix bug in code" has only generic words (fix, bug, code): it does not say which behaviour changed, nor where',
    );
    expect(hint('Fix bug in code').hint).toMatch(
      /^say which bug: what went wrong, and in which handler, file or function/,
    );
    expect(hint('Address PR review comments').hint).toMatch(/^say what the review changed/);
    expect(hint('Update the code').hint).toMatch(/^say what behaves differently now, and in which part of the service/);
    expect(hint('Update README.md').hint).toBe(
      'say what changed in README.md and why, e.g. "Document the deploy command in README.md"',
    );
    expect(hint('qwer qwer qwer').message).toBe(
      '"qwer qwer qwer" is a placeholder (keys struck in a row), not a description of the change',
    );
  });
});

describe('subject-min-words: words as a reader counts them', () => {
  it.each<[string, number]>([
    ['Add the login form', 4],
    ['deprecate setToEnv', 3],
    ['add aws-node-upload-to-s3-and-postprocess', 3],
    ['Release v3.16.0', 3],
    ['Move src/handler.js', 3],
    ['修复登录页面的会话超时错误', 5],
    ['Fix — the - login', 3],
    ['# 42 ... !!! login', 2],
    ['#', 0],
    ['---', 0],
    ['`--no-verify` is refused', 4],
  ])('%j weighs at least %i', (text, weight) => {
    expect(wordWeight(subjectWords(text))).toBeGreaterThanOrEqual(weight);
    if (weight === 0) expect(subjectWords(text)).toEqual([]);
  });

  it('a face drawn with symbols is not a word, even with a kana in it', () => {
    expect(subjectWords('tidy the docs ⊂◉‿◉つ ¯\\_(ツ)_/¯').map((word) => word.bare)).toEqual(['tidy', 'the', 'docs']);
    expect(subjectWords('ログインを修正 café').map((word) => word.bare)).toContain('café');
  });

  it('a type(scope): prefix is not a word', () => {
    expect(failed('feat: logins')).toEqual(['subject-min-words']);
    expect(failed('fix(api): logins')).toEqual(['subject-min-words']);
    expect(lintMessage('logins', rules()).problems[0]?.message).toBe(
      'the subject has 1 word; at least 2 are needed to describe a change',
    );
    expect(failed('Add logins', { 'subject-min-words': 3 })).toEqual(['subject-min-words']);
  });
});

describe('lintMessage with the default rules', () => {
  it.each<[string, RuleId[]]>([
    ['Add the login form\n\nThe form posts to /login and shows errors inline.', []],
    ['WIP on the new login', ['subject-wip']],
    ['WIP: add login form', ['subject-wip']],
    ['', ['subject-empty']],
    ['   ', ['subject-empty']],
    ['logins', ['subject-min-words']],
    ['Add', ['subject-min-words', 'subject-min-length', 'subject-vague']],
    [`Add ${'very '.repeat(14)}long subject`, ['subject-max-length']],
    ['Add the login form\nand the logout button', ['body-leading-blank']],
    ['wip', ['subject-min-words', 'subject-min-length', 'subject-placeholder']],
    ['fix stuff', ['subject-vague']],
    ['.', ['subject-min-words', 'subject-min-length', 'subject-placeholder']],
    ['...', ['subject-min-words', 'subject-min-length', 'subject-placeholder']],
    ['asdf', ['subject-min-words', 'subject-placeholder']],
  ])('%j fails %j', (message, expected) => {
    expect(failed(message)).toEqual(expected);
  });

  it.each(['WIP', 'Wip', 'ASDF', 'wip!', 'TODO tmp test', 'Foo. Foo. Foo.', 'xxx'])(
    'placeholder %j is caught case-insensitively',
    (subject) => {
      expect(failed(subject)).toContain('subject-placeholder');
    },
  );

  it('a subject of exactly the thresholds passes, one less fails', () => {
    expect(failed('Add dns')).toEqual([]);
    expect(failed('Add dns', { 'subject-min-length': 8 })).toEqual(['subject-min-length']);
    expect(failed('Document')).toEqual(['subject-min-words']);
    expect(failed(`Add the ${'x'.repeat(64)}`)).toEqual([]);
    expect(failed(`Add the ${'x'.repeat(65)}`)).toEqual(['subject-max-length']);
  });

  it('counts columns for the length rules: a Chinese character takes two, an emoji one', () => {
    expect(failed(`Add the ${'é'.repeat(64)}`)).toEqual([]);
    expect(failed(`Add ${'😀'.repeat(61)} to dns`)).toEqual([]);
    expect(failed(`Add ${'😀'.repeat(62)} to dns`)).toEqual(['subject-max-length']);
    expect(failed('修复登录超时错误')).toEqual([]);
    expect(failed('修'.repeat(37))).toContain('subject-max-length');
  });

  it('a trailing (#1234) does not count toward the length', () => {
    const subject = `Add the ${'x'.repeat(64)}`;
    expect(failed(`${subject} (#13568)`)).toEqual([]);
    expect(failed(`${subject}x (#13568)`)).toEqual(['subject-max-length']);
    expect(lintMessage(`${subject}x (#13568)`, rules()).warnings[0]?.message).toBe(
      'the subject is 73 characters long without its (#number); at most 72 fit in git log and pull request titles',
    );
  });

  it('every problem says what is wrong and how to fix it', () => {
    const verdict = lintMessage('wip\nmore', rules({ 'ticket-pattern': '[A-Z]+-\\d+', 'conventional-commits': true }));
    expect([...verdict.problems, ...verdict.warnings].map((p) => p.rule)).toEqual([
      'subject-min-words',
      'subject-min-length',
      'subject-placeholder',
      'ticket-pattern',
      'conventional-commits',
      'body-leading-blank',
    ]);
    for (const problem of [...verdict.problems, ...verdict.warnings]) {
      expect(problem.message.length).toBeGreaterThan(20);
      expect(problem.hint.length).toBeGreaterThan(20);
    }
  });
});

describe('severity: style warns, usefulness refuses; one engine applies the config', () => {
  it('subject length and the blank line after the subject are warnings by default: printed, not refusing', () => {
    const verdict = lintMessage(`Add the login form handler\nwith ${'very '.repeat(14)}long lines`, rules());
    expect(verdict.ok).toBe(true);
    expect(verdict.problems).toEqual([]);
    expect(verdict.warnings.map((w) => [w.rule, w.severity])).toEqual([['body-leading-blank', 'warning']]);
    const long = lintMessage(`Add ${'very '.repeat(14)}long subject`, rules());
    expect(long.ok).toBe(true);
    expect(long.warnings.map((w) => w.rule)).toEqual(['subject-max-length']);
  });

  it('either can be made an error, and any error rule a warning', () => {
    const strict = { severity: { 'subject-max-length': 'error', 'body-leading-blank': 'error' } } as const;
    const verdict = lintMessage(`Add ${'very '.repeat(14)}long subject\nbody`, rules({}, strict));
    expect(verdict.ok).toBe(false);
    expect(verdict.problems.map((p) => [p.rule, p.severity])).toEqual([
      ['subject-max-length', 'error'],
      ['body-leading-blank', 'error'],
    ]);
    const lenient = lintMessage('Fix bug in code', rules({}, { severity: { 'subject-vague': 'warning' } }));
    expect(lenient.ok).toBe(true);
    expect(lenient.warnings.map((w) => w.rule)).toEqual(['subject-vague']);
  });
});

describe("release commits pass by default, as commitlint's default ignores do", () => {
  it.each([
    '1.2.3',
    'v1.2.3',
    '3.16.0-beta.1',
    'chore(release): 3.16.0',
    'chore(release): v3.16.0',
    'chore: 1.2.3',
    'release: 2.0.0',
    '1.2.3\n\nChangelog: ...',
  ])('%j is exempt', (message) => {
    expect(lintMessage(message, rules())).toEqual({ ok: true, exempt: 'release', problems: [], warnings: [] });
  });

  it.each(['1.2', 'v1', 'Release', 'chore(release): next', '1.2.3 and more', `${'1'.repeat(300)}.0.0`])(
    '%j is judged',
    (message) => {
      expect(lintMessage(message, rules()).exempt).toBe(false);
    },
  );

  it('ignoreReleases: false judges them like any subject', () => {
    expect(lintMessage('1.2.3', rules({}, { ignoreReleases: false })).exempt).toBe(false);
    expect(lintMessage('version bump', rules({}, { ignoreReleases: false })).ok).toBe(false);
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
    expect(problem?.message).toBe(
      'the subject starts with "[WIP]", a work-in-progress marker, not a description of the change',
    );
    expect(problem?.hint).toContain('say what this commit does');
  });
});

describe('lintMessage: each rule can be switched off or given a threshold', () => {
  it.each<[string, Partial<RulesConfig>, RuleId[]]>([
    ['', { 'subject-empty': false }, ['subject-min-words', 'subject-min-length', 'subject-placeholder']],
    [
      '',
      { 'subject-empty': false, 'subject-min-words': false, 'subject-min-length': false, 'subject-placeholder': false },
      [],
    ],
    ['Add logins', { 'subject-min-words': false }, []],
    ['Add logins', { 'subject-min-words': 2 }, []],
    ['Add the login form', { 'subject-min-words': 5 }, ['subject-min-words']],
    ['a b c', { 'subject-min-length': false }, ['subject-placeholder']],
    ['a b c', { 'subject-min-length': 5, 'subject-placeholder': false }, []],
    ['Add the login form', { 'subject-min-length': 30 }, ['subject-min-length']],
    ['Add the login form handler', { 'subject-max-length': 20 }, ['subject-max-length']],
    [`Add ${'very '.repeat(20)}long subject`, { 'subject-max-length': false }, []],
    [`Add ${'very '.repeat(20)}long subject`, { 'subject-max-length': 200 }, []],
    ['wip wip wip', { 'subject-placeholder': false }, ['subject-wip']],
    ['wip wip wip', { 'subject-placeholder': false, 'subject-wip': false }, []],
    ['wip wip wip', { 'subject-placeholder': ['foo'], 'subject-wip': false }, ['subject-placeholder']],
    ['wip login form', { 'subject-placeholder': ['foo'], 'subject-wip': false }, []],
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
    ['feat: logins', { 'conventional-commits': true }, ['subject-min-words']],
    ['feat(auth): a b c', { 'conventional-commits': true }, ['subject-placeholder']],
    ['feat: wip', { 'conventional-commits': true }, ['subject-min-words', 'subject-min-length', 'subject-placeholder']],
  ])('%j with %j fails %j', (message, overrides, expected) => {
    expect(failed(message, overrides)).toEqual(expected);
  });

  it('names the type that is not allowed', () => {
    const [problem] = lintMessage('feature: add the login form', rules({ 'conventional-commits': true })).problems;
    expect(problem?.message).toContain('"feature" is not one of the allowed types');
  });
});

describe("git's own messages pass only when git wrote them (issue 10.3)", () => {
  const strict = () => rules({ 'ticket-pattern': '[A-Z]+-\\d+', 'conventional-commits': true });
  const SHA = '0123456789abcdef0123456789abcdef01234567';
  it.each<[string, 'merge' | 'revert' | 'autosquash', boolean]>([
    ["Merge branch 'work/jane-doe/add-login' into stage/login", 'merge', true],
    ["Merge remote-tracking branch 'origin/main'", 'merge', true],
    ['Merge pull request #12 from org/work/jane-doe/add-login', 'merge', true],
    [`Revert "Add the login form"\n\nThis reverts commit ${SHA}.`, 'revert', false],
    [`Revert "wip"\n\nThis reverts commit ${SHA}.`, 'revert', false],
    [`Revert "Merge branch 'x'"\n\nThis reverts commit ${SHA}, reversing\nchanges made to ${SHA}.`, 'revert', false],
    [`Reapply "Add the login form"\n\nThis reverts commit ${SHA}.`, 'revert', false],
    ['fixup! Add the login form', 'autosquash', false],
    ['fixup! wip', 'autosquash', false],
    ['squash! Add the login form', 'autosquash', false],
    ['amend! Add the login form\n\nAdd the login form with a better name', 'autosquash', false],
  ])('%j is exempt as %s', (message, kind, merge) => {
    expect(gitWritten(parseMessage(message), { merge })).toBe(kind);
    expect(lintMessage(message, strict(), { merge })).toEqual({ ok: true, exempt: kind, problems: [], warnings: [] });
  });

  it.each<[string, boolean]>([
    ['Merge stuff', false],
    ["Merge branch 'work/jane-doe/add-login' into stage/login", false],
    ['Merged the fix', true],
    ['merge branch x', true],
    ['Revert "Add the login form"', false],
    ['Revert "wip', false],
    [`Revert "wip"\n\nThis reverts nothing.`, false],
    [`Revert "wip" and more\n\nThis reverts commit ${SHA}.`, false],
    ['revert "wip"', false],
    ['fixup!', false],
    ['fixup! ', false],
    ['fixup!wip', false],
    ['Fixup! wip', false],
    ['squash!', false],
  ])('%j (merge: %s) is judged', (message, merge) => {
    expect(gitWritten(parseMessage(message), { merge })).toBeUndefined();
    expect(lintMessage(message, rules(), { merge }).exempt).toBe(false);
  });

  it('"Merge stuff" is refused on a commit with one parent and passes on a merge, in the push check too', () => {
    const single = judgeStoredMessage({ sha: 'a1', parents: ['p1'], message: 'Merge stuff\n' }, rules());
    expect(single?.problems.map((p) => p.rule)).toEqual(['subject-vague']);
    expect(judgeStoredMessage({ sha: 'a2', parents: ['p1', 'p2'], message: 'Merge stuff\n' }, rules())).toBeUndefined();
  });
});

describe("ruleVerdicts: every rule's verdict, for check --message", () => {
  it('lists each rule as passed, failed or off, with its severity', () => {
    const { exempt, rules: verdicts } = ruleVerdicts('Fix bug in code', rules());
    expect(exempt).toBe(false);
    expect(verdicts.map((v) => `${v.rule}:${v.verdict}:${v.severity}`)).toEqual([
      'subject-empty:passed:error',
      'subject-min-words:passed:error',
      'subject-min-length:passed:error',
      'subject-max-length:passed:warning',
      'subject-placeholder:passed:error',
      'subject-wip:passed:error',
      'subject-vague:failed:error',
      'subject-web-editor:passed:error',
      'body-leading-blank:passed:warning',
      'ticket-pattern:off:error',
      'conventional-commits:off:error',
    ]);
  });
});

describe('parseMessage', () => {
  it('splits subject, second line and body, and strips a Conventional Commits prefix from the description', () => {
    expect(parseMessage('feat(api)!: take the stage\n\nBody\nmore')).toMatchObject({
      text: 'feat(api)!: take the stage\n\nBody\nmore',
      subject: 'feat(api)!: take the stage',
      secondLine: '',
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
    ["Merge branch 'stage/login'", false],
    ['Add the fixup! marker to the docs', false],
    ['Fixup! wip', false],
    ['fixup!wip', false],
  ])('%j is a marker: %s', (message, marker) => {
    expect(autosquashCommits([{ sha: 'abc', parents: [], message }])).toEqual(
      marker ? [{ sha: 'abc', subject: message.trim().split('\n')[0] }] : [],
    );
  });
});
