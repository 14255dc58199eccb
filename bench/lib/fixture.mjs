// The bench's world: a temp directory with its own HOME and git config, a project with the hooks
// installed the way `npm install` leaves them (stageflow's runner in the project's .git/hooks), a bare
// remote, a repository holding long ranges of commits, and a `git` wrapper that counts processes.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

export const ZERO = '0'.repeat(40);

export class World {
  constructor(packageRoot, cli = join(packageRoot, 'dist', 'cli.js')) {
    this.packageRoot = packageRoot;
    this.cli = cli;
    this.root = realpathSync(mkdtempSync(join(tmpdir(), 'stageflow-bench-')));
    const home = join(this.root, 'home');
    mkdirSync(home);
    const globalConfig = join(home, '.gitconfig');
    writeFileSync(
      globalConfig,
      '[user]\n\tname = Jane Doe\n\temail = jane@example.com\n[init]\n\tdefaultBranch = main\n[commit]\n\tgpgsign = false\n[advice]\n\tdetachedHead = false\n',
    );
    const env = {};
    for (const [key, value] of Object.entries(process.env)) {
      if (!key.startsWith('GIT_') && key !== 'HUSKY' && !key.startsWith('STAGEFLOW_') && !key.startsWith('npm_'))
        env[key] = value;
    }
    Object.assign(env, {
      HOME: home,
      XDG_CONFIG_HOME: join(home, '.config'),
      GIT_CONFIG_GLOBAL: globalConfig,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_TERMINAL_PROMPT: '0',
      LANG: 'C.UTF-8',
    });
    // As an engineer's shell has it: colour settings left alone would change what loads.
    delete env.FORCE_COLOR;
    delete env.NO_COLOR;
    delete env.NODE_OPTIONS;
    this.env = env;
    this.gitCounter = this.#makeGitCounter();
  }

  path(...parts) {
    return join(this.root, ...parts);
  }

  git(cwd, args, input) {
    return execFileSync('git', args, {
      cwd,
      env: this.env,
      input,
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
    }).trim();
  }

  /** A project with its config in package.json, the hooks installed, a bare `origin` and branches. */
  createProject() {
    const dir = this.path('project');
    const remote = this.path('project-remote.git');
    this.git(this.root, ['init', '--bare', '-q', remote]);
    this.git(this.root, ['init', '-q', dir]);
    this.git(dir, ['remote', 'add', 'origin', remote]);
    // A config is present, as in a real project: the hooks read it from the validated cache.
    const pkg = { name: 'bench-service', private: true, stageflow: { rules: { 'subject-min-words': 3 } } };
    writeFileSync(join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
    writeFileSync(join(dir, '.gitignore'), 'node_modules/\n');
    writeFileSync(join(dir, 'handler.js'), 'export const handler = async () => ({ statusCode: 200 });\n');
    const bin = join(dir, 'node_modules', '.bin');
    mkdirSync(bin, { recursive: true });
    symlinkSync(this.cli, join(bin, 'stageflow'));
    // What npm install does: the prepare script `stageflow install-hooks` (husky, then stageflow's runner).
    symlinkSync(join(this.packageRoot, 'node_modules', 'husky'), join(dir, 'node_modules', 'husky'));
    execFileSync('sh', ['-c', 'stageflow install-hooks'], {
      cwd: dir,
      env: { ...this.env, PATH: `${bin}:${this.env.PATH ?? process.env.PATH}` },
    });
    this.git(dir, ['add', '-A']);
    this.git(dir, ['commit', '-q', '--no-verify', '-m', 'Set up the service with stageflow hooks']);
    this.git(dir, ['push', '-q', '--no-verify', 'origin', 'main']);
    this.git(dir, ['branch', 'stage/bench', 'main']);
    this.git(dir, ['push', '-q', '--no-verify', 'origin', 'stage/bench']);
    this.git(dir, ['switch', '-q', '-c', 'work/jane-doe/bench', 'stage/bench']);
    return { dir, remote };
  }

  /** A new commit on top of `parent` made without touching HEAD or running hooks. */
  commitTree(dir, parent, message) {
    return this.git(dir, ['commit-tree', '-p', parent, '-m', message, `${parent}^{tree}`]);
  }

  /**
   * One repository with a chain of `max(sizes)` commits on top of main (which `origin/main`
   * points at), and a branch `work/jane-doe/range-<n>` at the n-th commit of the chain for each
   * size: a push of that branch, or the range main..branch, holds exactly n new commits.
   */
  createRangeRepo(sizes) {
    const dir = this.path('ranges');
    this.git(this.root, ['init', '-q', dir]);
    const max = Math.max(...sizes);
    const lines = [];
    const data = (text) => `data ${Buffer.byteLength(text)}\n${text}`;
    lines.push('commit refs/heads/main', 'mark :1', 'committer Jane Doe <jane@example.com> 1700000000 +0000');
    lines.push(data('Set up the service with stageflow hooks\n'));
    lines.push('M 644 inline handler.js', data('export const handler = async () => ({ statusCode: 200 });\n'));
    for (let i = 1; i <= max; i++) {
      lines.push(
        'commit refs/heads/range-chain',
        `mark :${i + 1}`,
        `committer Jane Doe <jane@example.com> ${1700000000 + i} +0000`,
      );
      lines.push(
        data(`Handle request number ${i} in the handler\n\nKeeps the count of requests handled so far at ${i}.\n`),
      );
      lines.push(
        `from :${i}`,
        'M 644 inline handler.js',
        data(`export const handler = async () => ({ statusCode: 200, count: ${i} });\n`),
      );
    }
    lines.push('reset refs/remotes/origin/main', 'from :1', '');
    for (const size of sizes) lines.push(`reset refs/heads/work/jane-doe/range-${size}`, `from :${size + 1}`, '');
    lines.push('done', '');
    this.git(dir, ['fast-import', '--quiet', '--done'], lines.join('\n'));
    this.git(dir, ['update-ref', '-d', 'refs/heads/range-chain']);
    const base = this.git(dir, ['rev-parse', 'main']);
    const tips = new Map(sizes.map((size) => [size, this.git(dir, ['rev-parse', `work/jane-doe/range-${size}`])]));
    return { dir, base, tips };
  }

  #makeGitCounter() {
    const dir = this.path('git-counter');
    mkdirSync(dir);
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    const wrapper = join(dir, 'git');
    writeFileSync(
      wrapper,
      `#!/bin/sh\nprintf '%s\\n' "$*" >> "$STAGEFLOW_BENCH_GIT_LOG"\nexec ${shellQuote(realGit)} "$@"\n`,
    );
    chmodSync(wrapper, 0o755);
    return { dir, log: join(dir, 'calls.log') };
  }

  /** How many `git` processes (found on PATH) a case starts, counted by the wrapper. */
  countGit(testCase, run) {
    writeFileSync(this.gitCounter.log, '');
    run(testCase, {
      env: {
        PATH: `${this.gitCounter.dir}${delimiter}${testCase.env.PATH ?? ''}`,
        STAGEFLOW_BENCH_GIT_LOG: this.gitCounter.log,
      },
    });
    return readFileSync(this.gitCounter.log, 'utf8').split('\n').filter(Boolean).length;
  }

  cleanup() {
    rmSync(this.root, { recursive: true, force: true });
  }
}

function shellQuote(text) {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

export function commandExists(cli, env, args) {
  const result = spawnSync(process.execPath, [cli, ...args], { env, encoding: 'utf8' });
  return !/unknown command/.test(result.stderr);
}
