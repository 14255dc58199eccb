import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Project, Sandbox } from './sandbox.js';

/**
 * Another engineer's clone of the project's remote, without the hooks: what they push is how the
 * remote moves on while the project under test is not looking.
 */
export class Teammate {
  readonly dir: string;

  constructor(
    private readonly sandbox: Sandbox,
    project: Project,
    name = 'teammate',
  ) {
    this.dir = sandbox.path(name);
    sandbox.gitOk(sandbox.root, 'clone', '-q', project.remote, this.dir);
  }

  /** Commits a file on `branch` (created from `from` when new) and pushes it; returns the commit. */
  commitAndPush(branch: string, file: string, content: string, options: { from?: string; date?: string } = {}): string {
    const { sandbox, dir } = this;
    const exists = sandbox.git(dir, 'rev-parse', '--verify', '-q', `refs/remotes/origin/${branch}`).code === 0;
    if (exists) sandbox.gitOk(dir, 'switch', '-q', '-C', branch, `origin/${branch}`);
    else sandbox.gitOk(dir, 'switch', '-q', '-c', branch, options.from ?? 'origin/main');
    writeFileSync(join(dir, file), content);
    sandbox.gitOk(dir, 'add', file);
    const env = options.date ? { GIT_COMMITTER_DATE: options.date, GIT_AUTHOR_DATE: options.date } : {};
    const committed = sandbox.run('git', ['commit', '-q', '-m', `Change ${file} on ${branch}`], { cwd: dir, env });
    if (committed.code !== 0) throw new Error(committed.output);
    sandbox.gitOk(dir, 'push', '-q', 'origin', branch);
    return sandbox.gitOk(dir, 'rev-parse', 'HEAD');
  }

  /** Pushes a new branch pointing at `start` (e.g. a stage created from main). */
  pushBranch(branch: string, start: string): void {
    this.sandbox.gitOk(this.dir, 'fetch', '-q', 'origin');
    this.sandbox.gitOk(this.dir, 'push', '-q', 'origin', `${start}:refs/heads/${branch}`);
  }
}
