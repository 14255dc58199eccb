import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shellQuote } from '../../src/messages/render.js';

/** What a POSIX shell makes of a printed command word: it must be the value, and run nothing. */
function throughShell(word: string): string {
  const result = spawnSync('sh', ['-c', `printf '%s' ${word}`], { encoding: 'utf8', env: { PATH: process.env.PATH } });
  expect(result.status).toBe(0);
  return result.stdout;
}

describe('shellQuote against a real shell', () => {
  it.each([
    '$(touch pwned)',
    '`id`',
    "it's",
    '"quoted"',
    'a;b',
    'a b',
    '*',
    '~',
    '-n',
    '',
    '\\',
    '!',
    'a\nb',
    '${IFS}',
    'ü🚀',
  ])('gives back %j unchanged', (value) => {
    expect(throughShell(shellQuote(value))).toBe(value);
  });

  it('gives back any string unchanged (fuzz)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 30 }).filter((s) => !s.includes('\0')),
        (value) => {
          expect(throughShell(shellQuote(value))).toBe(value);
        },
      ),
      { numRuns: 150, seed: 20261122 },
    );
  });
});
