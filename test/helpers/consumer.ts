import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CLI, PACKAGE_ROOT, type Sandbox } from './sandbox.js';

/**
 * A project before `stageflow init`: a git repository (a bare `origin` beside it) whose package
 * sits at `packagePath` below the root, with husky and stageflow in its node_modules as npm would
 * put them there. Nothing is set up yet.
 */
export function createConsumer(sandbox: Sandbox, options: { packagePath?: string; packageJson?: object } = {}) {
  const root = sandbox.path('repo');
  const remote = sandbox.path('repo-remote.git');
  sandbox.gitOk(sandbox.root, 'init', '--bare', '-q', remote);
  sandbox.gitOk(sandbox.root, 'init', '-q', root);
  sandbox.gitOk(root, 'remote', 'add', 'origin', remote);
  const dir = join(root, options.packagePath ?? '');
  mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify(options.packageJson ?? { name: 'service', private: true }, null, 2)}\n`,
  );
  writeFileSync(join(root, '.gitignore'), 'node_modules/\n');
  symlinkSync(join(PACKAGE_ROOT, 'node_modules', 'husky'), join(dir, 'node_modules', 'husky'));
  symlinkSync(join(PACKAGE_ROOT, 'node_modules', 'husky', 'bin.js'), join(dir, 'node_modules', '.bin', 'husky'));
  symlinkSync(CLI, join(dir, 'node_modules', '.bin', 'stageflow'));
  return { root, dir, remote };
}

/** Every file below `dir` (node_modules and .git left out) with its mode, and the repository's local config. */
export function snapshot(sandbox: Sandbox, dir: string): string {
  const lines: string[] = [];
  const walk = (at: string) => {
    for (const name of readdirSync(at).sort()) {
      if (name === 'node_modules' || name === '.git') continue;
      const path = join(at, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      else lines.push(`${relative(dir, path)} ${(stat.mode & 0o777).toString(8)}\n${readFileSync(path, 'utf8')}`);
    }
  };
  walk(dir);
  return `${lines.join('\n')}\n${sandbox.gitOk(dir, 'config', '--local', '--list')}`;
}

export function writeExecutable(path: string, text: string): void {
  writeFileSync(path, text);
  chmodSync(path, 0o755);
}
