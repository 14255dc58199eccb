import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CommitRecord, startLog } from '../../src/git/read-commits.js';
import { Sandbox } from '../helpers/sandbox.js';

/** The whole of `git log -z --format='%H %P%n%B'` parsed at once: what each streamed commit must equal. */
function parseCommitLog(stdout: string): CommitRecord[] {
  return stdout
    .split('\0')
    .filter((record) => record.trim() !== '')
    .map((record) => {
      const newline = record.indexOf('\n');
      const [sha = '', ...parents] = record
        .slice(0, newline === -1 ? undefined : newline)
        .trim()
        .split(' ');
      return { sha, parents: parents.filter(Boolean), message: newline === -1 ? '' : record.slice(newline + 1) };
    });
}

/**
 * startLog's reader splits git's output into commits as the pieces arrive. Pieces end anywhere: in
 * the middle of a message or of a multi-byte character. Each commit must still come out whole.
 */
describe('reading commits while git writes them', () => {
  let sandbox: Sandbox;
  beforeEach(() => {
    sandbox = new Sandbox();
  });
  afterEach(() => sandbox.cleanup());

  it('gives the same commits, byte for byte, as parsing the whole output at once', async () => {
    const dir = sandbox.path('repo');
    sandbox.gitOk(sandbox.root, 'init', '-q', dir);
    const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}`;
    const lines: string[] = [];
    const count = 2000;
    for (let n = 1; n <= count; n++) {
      // Varied lengths and characters of 2, 3 and 4 bytes, so piece boundaries fall inside them.
      const body = `Körper ${'日本語のテキスト '.repeat(n % 7)}${'🚀'.repeat(n % 5)}\r\ntrailing space  \n`;
      lines.push(
        'commit refs/heads/main',
        `mark :${n}`,
        `committer Jane Doe <jane@example.com> ${1700000000 + n} +0000`,
      );
      lines.push(data(`Ändere die Zählung ${n} für café ☕\n\n${body}`));
      if (n > 1) lines.push(`from :${n - 1}`);
      lines.push('');
    }
    const imported = sandbox.run('git', ['fast-import', '--quiet'], { cwd: dir, input: `${lines.join('\n')}\n` });
    expect(imported.output).toBe('');

    const whole = parseCommitLog(
      sandbox.git(dir, 'log', '-z', '--format=%H %P%n%B', '--no-show-signature', 'main').stdout,
    );
    const streamed: unknown[] = [];
    await startLog(['main'], dir).read((commit) => streamed.push(commit));

    expect(whole).toHaveLength(count);
    expect(streamed).toEqual(whole);

    // Started early and read late: what git wrote before the reader came is read first, in order.
    const started = startLog(['main'], dir);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const late: unknown[] = [];
    await started.read((commit) => late.push(commit));
    expect(late).toEqual(whole);
  });

  it('stops git when nobody is to read the log', async () => {
    const dir = sandbox.path('repo');
    sandbox.gitOk(sandbox.root, 'init', '-q', dir);
    sandbox.gitOk(dir, 'commit', '-q', '--allow-empty', '-m', 'Start the service');
    const log = startLog(['main'], dir);
    log.stop();
    const read: unknown[] = [];
    await expect(log.read((commit) => read.push(commit))).rejects.toThrow(/abort/i);
    expect(read).toEqual([]);
  });

  it("fails with git's words for a revision git does not know", async () => {
    const dir = sandbox.path('repo');
    sandbox.gitOk(sandbox.root, 'init', '-q', dir);
    await expect(startLog(['no-such-branch'], dir).read(() => undefined)).rejects.toThrow(/no-such-branch/);
  });
});
