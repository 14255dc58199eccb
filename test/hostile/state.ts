import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from '../helpers/sandbox.js';
import { refsOf } from '../helpers/sandbox.js';

/**
 * Everything a refused hook must leave alone: every ref and where HEAD points, the index, the
 * changes in the working tree, and any operation in progress.
 */
export function repositoryState(sandbox: Sandbox, dir: string): string {
  const gitDir = sandbox.gitOk(dir, 'rev-parse', '--absolute-git-dir');
  const head = sandbox.git(dir, 'symbolic-ref', '-q', 'HEAD').stdout.trim() || sandbox.gitOk(dir, 'rev-parse', 'HEAD');
  const operations = ['MERGE_HEAD', 'CHERRY_PICK_HEAD', 'REVERT_HEAD', 'rebase-merge', 'rebase-apply'].filter((name) =>
    existsSync(join(gitDir, name)),
  );
  return [
    `HEAD ${head}`,
    refsOf(sandbox, dir),
    sandbox.gitOk(dir, 'ls-files', '--stage'),
    sandbox.gitOk(dir, 'status', '--porcelain=v1', '--untracked-files=all'),
    sandbox.gitOk(dir, 'diff'),
    sandbox.gitOk(dir, 'diff', '--cached'),
    `operations: ${operations.join(' ')}`,
  ].join('\n---\n');
}

/** Files an injected `touch pwned` would have made, anywhere under the sandbox. */
export function injectedMarkers(sandbox: Sandbox): string[] {
  return (readdirSync(sandbox.root, { recursive: true }) as string[]).filter(
    (path) => path.split('/').pop() === 'pwned',
  );
}

/** The commands stageflow printed for the user to paste (its indented `git ...` lines). */
export function printedCommands(output: string): string[] {
  return output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('git '));
}

/** Pastes a printed command into a POSIX shell, as the user would. */
export function paste(sandbox: Sandbox, dir: string, command: string) {
  return sandbox.run('sh', ['-c', command], { cwd: dir });
}
