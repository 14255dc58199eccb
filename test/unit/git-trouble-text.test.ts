import { describe, expect, it } from 'vitest';
import { GitTroubleError, StageflowError } from '../../src/errors.js';
import { ExitCode } from '../../src/exit-codes.js';
import { stageflowErrorText } from '../../src/messages/git-trouble-text.js';

describe('the words for what the git door found (src/git throws data, messages word it)', () => {
  it('words each trouble as its message file does, and leaves other errors as they are', () => {
    const outside = new GitTroubleError({ kind: 'not-a-repository', cwd: '/tmp/x' }, ExitCode.usage);
    expect(stageflowErrorText(outside)).toBe(
      'stageflow: not a git repository (/tmp/x): stageflow guards the branches of a git repository.\n  Run it inside one, or create one with: git init',
    );
    expect(outside.exitCode).toBe(ExitCode.usage);
    const head = stageflowErrorText(
      new GitTroubleError({ kind: 'head-unreadable', gitError: 'fatal: unknown repository format\n' }),
    );
    expect(head).toContain('git could not say which branch HEAD is on');
    expect(head).toContain('git said: fatal: unknown repository format');
    expect(stageflowErrorText(new StageflowError('stageflow: as it is'))).toBe('stageflow: as it is');
  });
});
