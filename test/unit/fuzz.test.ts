import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePattern } from '../../src/config/compile-pattern.js';
import { classifyBranch } from '../../src/core/branch/classify-branch.js';
import { suggestBranchName } from '../../src/core/branch/suggest-branch.js';
import { defaultConfig } from '../../src/core/config/defaults.js';
import type { RulesConfig } from '../../src/core/config/types.js';
import { cleanMessage, EDITOR_DEFAULT } from '../../src/core/message/clean-message.js';
import { cleanupFor } from '../../src/core/message/cleanup-mode.js';
import { lintMessage, type MessageRules } from '../../src/core/message/lint-message.js';
import { parseRefLines } from '../../src/core/push/parse-ref-lines.js';
import { invalidReason } from '../../src/messages/branch-text.js';

// Bounded and seeded: the same inputs every run, so a failure can be replayed.
const RUNS = { numRuns: 300, seed: 20261122 };
const branches = defaultConfig().branches;

/** Pieces that make branch names odd: slashes, prefixes, metacharacters, unicode, upper case. */
const namePiece = fc.oneof(
  fc.constantFrom(
    'work/',
    'stage/',
    'main',
    '/',
    '//',
    '-',
    '_',
    '.',
    '$(touch pwned)',
    '`id`',
    ';',
    "'",
    '"',
    ' ',
    'É',
    'ü',
    '🚀',
    'ß',
    'İ',
    '\u0301',
    'Jane Doe',
    '123',
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.stringMatching(/^[a-z0-9-]{1,20}$/),
);
const branchName = fc.array(namePiece, { maxLength: 8 }).map((pieces) => pieces.join(''));
const engineerName = fc.option(
  fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('Jane Doe', 'Zoë Ørsted', '李雷', '---', '')),
  { nil: undefined },
);

describe('fuzz: branch names', () => {
  it('classifies every name without throwing, and an invalid one always has a reason and a valid suggestion', () => {
    fc.assert(
      fc.property(branchName, engineerName, (name, engineer) => {
        const info = classifyBranch(name, branches);
        expect(['main', 'stage', 'work', 'allowed', 'invalid']).toContain(info.kind);
        if (info.kind !== 'invalid') return;
        expect(info.reason).toBeTruthy();
        expect(invalidReason(info, branches)).toMatch(/\S/);
        const suggestion = suggestBranchName(info, branches, engineer);
        const judged = classifyBranch(suggestion, branches);
        expect(judged.kind, `suggestion ${JSON.stringify(suggestion)} for ${JSON.stringify(name)}`).toMatch(
          /^(work|stage)$/,
        );
      }),
      RUNS,
    );
  });

  it('suggests a valid name for long names too', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('stage/', 'work/', 'work/jane/', 'feature/', ''),
        fc.string({ minLength: 200, maxLength: 400 }),
        (prefix, rest) => {
          const info = classifyBranch(prefix + rest, branches);
          if (info.kind !== 'invalid') return;
          const suggestion = suggestBranchName(info, branches, 'Jane Doe');
          expect(classifyBranch(suggestion, branches).kind).toMatch(/^(work|stage)$/);
          expect(suggestion.length).toBeLessThanOrEqual(120);
        },
      ),
      { ...RUNS, numRuns: 100 },
    );
  });
});

const messageLine = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\t',
    '#',
    '# comment',
    ';',
    '; comment',
    'wip',
    'Merge branch x',
    'fixup! x',
    '\uFEFF',
    '\r',
    'Add the login form handler',
    '# ------------------------ >8 ------------------------',
    'feat(api): accept the stage name',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);
const message = fc
  .array(messageLine, { maxLength: 8 })
  .chain((lines) => fc.constantFrom('\n', '\r\n', '\r').map((end) => lines.join(end)));
const commentChar = fc.constantFrom<string | undefined | null>('#', ';', 'auto', undefined, null, '');
const rules: fc.Arbitrary<RulesConfig> = fc.record({
  'subject-empty': fc.boolean(),
  'subject-min-words': fc.oneof(fc.integer({ min: 1, max: 10 }), fc.constant(false as const)),
  'subject-min-length': fc.oneof(fc.integer({ min: 1, max: 50 }), fc.constant(false as const)),
  'subject-max-length': fc.oneof(fc.integer({ min: 1, max: 100 }), fc.constant(false as const)),
  'subject-placeholder': fc.oneof(fc.boolean(), fc.array(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 3 })),
  'subject-wip': fc.boolean(),
  'subject-vague': fc.boolean(),
  'subject-web-editor': fc.boolean(),
  'body-leading-blank': fc.boolean(),
  'ticket-pattern': fc.constantFrom<string | false>(false, '[A-Z]+-\\d+', '^.*$', '\\p{L}'),
  'conventional-commits': fc.oneof(
    fc.boolean(),
    fc.array(fc.stringMatching(/^[a-z]{1,6}$/), { minLength: 1, maxLength: 3 }),
  ),
});

/** The engine's rules for `config`, each at its default severity. */
function messageRules(config: RulesConfig): MessageRules {
  const pattern = config['ticket-pattern'];
  return {
    rules: { ...config, 'ticket-pattern': pattern === false ? false : compilePattern(pattern) },
    severity: defaultConfig().severity,
    ignoreReleases: true,
  };
}

describe('fuzz: commit messages', () => {
  it('cleans and judges every message without throwing; every problem says what and how', () => {
    fc.assert(
      fc.property(message, commentChar, rules, (raw, char, config) => {
        const cleanup = cleanupFor(
          {
            commentChar: char ?? undefined,
            configCleanup: undefined,
            configVerbose: undefined,
            hookEditor: 'vi',
            git: undefined,
          },
          raw,
        );
        const cleaned = cleanMessage(raw, char === null ? null : cleanup);
        expect(typeof cleaned).toBe('string');
        // git's white space is ASCII: no line ends in it, and no blank line leads, trails or repeats.
        expect(cleaned).not.toMatch(/[ \t\r]\n|[ \t\r]$|^\n|\n$|\n\n\n/);
        const verdict = lintMessage(cleaned, messageRules(config));
        expect(typeof verdict.ok).toBe('boolean');
        expect(verdict.ok).toBe(verdict.problems.length === 0);
        for (const problem of [...verdict.problems, ...verdict.warnings]) {
          expect(problem.message.trim()).not.toBe('');
          expect(problem.hint.trim()).not.toBe('');
          expect(problem.rule in config).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('rejects an empty or comment-only message whenever subject-empty is on', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('', ' ', '# note', '#', '\t'), { maxLength: 6 }), (lines) => {
        const verdict = lintMessage(
          cleanMessage(lines.join('\n'), EDITOR_DEFAULT),
          messageRules(defaultConfig().rules),
        );
        expect(verdict.ok).toBe(false);
        expect(verdict.problems.map((p) => p.rule)).toEqual(['subject-empty']);
      }),
      { ...RUNS, numRuns: 100 },
    );
  });
});

const hex = (length: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: length, maxLength: length });
const refLine = fc.oneof(
  fc.tuple(fc.constantFrom(40, 64)).chain(([length]) =>
    fc
      .tuple(
        fc.string({ maxLength: 30 }),
        hex(length),
        fc.string({ maxLength: 30 }).map((s) => `refs/heads/${s}`),
        hex(length),
      )
      .map((fields) => fields.join(' ')),
  ),
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 100 }),
  fc.constantFrom(
    '',
    ' ',
    'refs/heads/x 0 refs/heads/x 0',
    `(delete) ${'0'.repeat(40)} refs/heads/x ${'a'.repeat(40)}`,
  ),
);

describe('fuzz: pre-push ref lines', () => {
  it('splits any input into updates and malformed lines without throwing or losing a line', () => {
    fc.assert(
      fc.property(fc.array(refLine, { maxLength: 20 }), fc.constantFrom('\n', '\r\n'), (lines, end) => {
        const input = lines.join(end);
        const { updates, malformed } = parseRefLines(input);
        const nonBlank = input.split('\n').filter((line) => line.trim() !== '');
        expect(updates.length + malformed.length).toBe(nonBlank.length);
        for (const update of updates) {
          expect(update.localSha).toMatch(/^([0-9a-f]{40}|[0-9a-f]{64})$/);
          expect(update.remoteSha.length).toBe(update.localSha.length);
          expect(update.remoteRef.startsWith('refs/')).toBe(true);
        }
      }),
      RUNS,
    );
  });
});
