import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { inject } from 'vitest';

export const PACKAGE_ROOT = resolve(import.meta.dirname, '..', '..');
/** The CLI built for this test run (see build-once.ts). */
export const CLI = inject('cliPath');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout and stderr together, for asserting on what the user sees. */
  output: string;
}

export interface RunOptions {
  cwd?: string;
  input?: string;
  env?: NodeJS.ProcessEnv;
}

/**
 * A throwaway world for one test: a realpath'd temp directory with its own HOME and global git
 * config, and an environment with no GIT_* variables inherited from whoever runs the tests.
 */
export class Sandbox {
  readonly root: string;
  readonly env: NodeJS.ProcessEnv;
  private readonly closers: (() => void)[] = [];

  constructor() {
    this.root = realpathSync(mkdtempSync(join(tmpdir(), 'stageflow-test-')));
    const home = join(this.root, 'home');
    mkdirSync(home);
    const globalConfig = join(home, '.gitconfig');
    writeFileSync(
      globalConfig,
      '[user]\n\tname = Jane Doe\n\temail = jane@example.com\n[init]\n\tdefaultBranch = main\n[commit]\n\tgpgsign = false\n[tag]\n\tgpgsign = false\n[advice]\n\tdetachedHead = false\n',
    );
    const env: NodeJS.ProcessEnv = {};
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
      GIT_EDITOR: 'true',
      NO_COLOR: '1',
      LANG: 'C.UTF-8',
    });
    delete env.FORCE_COLOR;
    this.env = env;
  }

  path(...parts: string[]): string {
    return join(this.root, ...parts);
  }

  run(command: string, args: readonly string[], options: RunOptions = {}): RunResult {
    const result: SpawnSyncReturns<string> = spawnSync(command, args, {
      cwd: options.cwd ?? this.root,
      env: { ...this.env, ...options.env },
      input: options.input ?? '',
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    if (result.error) throw result.error;
    const stdout = result.stdout ?? '';
    const stderr = result.stderr ?? '';
    return { code: result.status ?? 128, stdout, stderr, output: stdout + stderr };
  }

  git(cwd: string, ...args: string[]): RunResult {
    return this.run('git', args, { cwd });
  }

  /** git that must succeed: returns trimmed stdout, throws with git's words otherwise. */
  gitOk(cwd: string, ...args: string[]): string {
    const result = this.git(cwd, ...args);
    if (result.code !== 0) throw new Error(`git ${args.join(' ')} failed (${result.code}): ${result.output}`);
    return result.stdout.trim();
  }

  /** Runs the built stageflow CLI. */
  stageflow(cwd: string, args: readonly string[], options: Omit<RunOptions, 'cwd'> = {}): RunResult {
    return this.run(process.execPath, [CLI, ...args], { ...options, cwd });
  }

  /** Has cleanup() run `close` before removing the directory: for a process that lives in it (a tmux server). */
  onCleanup(close: () => void): void {
    this.closers.push(close);
  }

  cleanup(): void {
    for (const close of this.closers.splice(0).reverse()) close();
    // A tmux server or a hook killed a moment ago may still be writing its last file here.
    rmSync(this.root, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
  }
}

export interface Project {
  dir: string;
  /** A bare repository that stands for the team's GitHub remote. */
  remote: string;
}

/**
 * A project as a user has it after `stageflow init` and `npm install`: package.json's prepare script
 * `stageflow install-hooks` has run as npm runs it (node_modules/.bin on PATH), so core.hooksPath
 * names `.husky/_`, where husky's runner and stageflow's hook runner are; `node_modules/.bin/stageflow`
 * is the built CLI. No `.husky/<hook>` file: stageflow's check needs none. `origin` is a real bare repository.
 */
export function createProject(sandbox: Sandbox, name = 'project', options: { packageJson?: object } = {}): Project {
  const dir = sandbox.path(name);
  const remote = sandbox.path(`${name}-remote.git`);
  if (options.packageJson === undefined) {
    copyProject(projectTemplate(name), { dir, remote });
    return { dir, remote };
  }
  makeProject(sandbox, dir, remote, options.packageJson);
  return { dir, remote };
}

function makeProject(sandbox: Sandbox, dir: string, remote: string, packageJson: object): void {
  sandbox.gitOk(sandbox.root, 'init', '--bare', '-q', remote);
  sandbox.gitOk(sandbox.root, 'init', '-q', dir);
  sandbox.gitOk(dir, 'remote', 'add', 'origin', remote);
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(packageJson, null, 2)}\n`);
  writeFileSync(join(dir, '.gitignore'), 'node_modules/\n');
  installHooks(sandbox, dir);
}

/**
 * A project made the long way once per test process and name (about 270 ms: npm's prepare script
 * starts husky and stageflow), which each test then copies (a few ms). The copy differs from the
 * template only in where it is: its remote's path in .git/config. Symbolic links are copied as
 * they are (node_modules/.bin/stageflow, node_modules/husky), and the hook runner's paths are
 * relative to the working tree.
 */
const templates = new Map<string, Project>();

function projectTemplate(name: string): Project {
  let template = templates.get(name);
  if (template === undefined) {
    const sandbox = new Sandbox();
    process.once('exit', () => sandbox.cleanup());
    template = { dir: sandbox.path(name), remote: sandbox.path(`${name}-remote.git`) };
    makeProject(sandbox, template.dir, template.remote, { name, private: true, scripts: { prepare: PREPARE } });
    templates.set(name, template);
  }
  return template;
}

function copyProject(template: Project, to: Project): void {
  cpSync(template.remote, to.remote, { recursive: true, verbatimSymlinks: true });
  cpSync(template.dir, to.dir, { recursive: true, verbatimSymlinks: true });
  const config = join(to.dir, '.git', 'config');
  const text = readFileSync(config, 'utf8');
  if (!text.includes(template.remote)) throw new Error(`the project template's remote is not in ${config}`);
  writeFileSync(config, text.split(template.remote).join(to.remote));
}

/** The prepare script `stageflow init` writes. */
export const PREPARE = 'stageflow install-hooks';

/**
 * What `npm install` does for the hooks in a clone of the project: puts stageflow and husky into
 * node_modules, then runs package.json's prepare script (`stageflow install-hooks` when it has none)
 * through sh with node_modules/.bin first on PATH, as npm runs scripts.
 */
export function installHooks(sandbox: Sandbox, dir: string): void {
  const bin = join(dir, 'node_modules', '.bin');
  mkdirSync(bin, { recursive: true });
  if (!existsSync(join(bin, 'stageflow'))) symlinkSync(CLI, join(bin, 'stageflow'));
  if (!existsSync(join(dir, 'node_modules', 'husky')))
    symlinkSync(join(PACKAGE_ROOT, 'node_modules', 'husky'), join(dir, 'node_modules', 'husky'));
  const manifest = join(dir, 'package.json');
  const scripts = existsSync(manifest)
    ? (JSON.parse(readFileSync(manifest, 'utf8')) as { scripts?: { prepare?: string } }).scripts
    : undefined;
  const prepared = sandbox.run('sh', ['-c', scripts?.prepare ?? PREPARE], {
    cwd: dir,
    env: { PATH: `${bin}${delimiter}${sandbox.env.PATH ?? ''}` },
  });
  if (prepared.code !== 0 || prepared.output.trim() !== '')
    throw new Error(`the prepare script failed to install the hooks: ${prepared.output}`);
}

/**
 * Makes the first commit on main and publishes it, bypassing the hooks the way a team's
 * bootstrap does, then cuts `stage/<stage>` and `work/jane-doe/<change>` from it.
 */
export function bootstrap(sandbox: Sandbox, project: Project, options: { stage?: string; work?: string } = {}): void {
  const { dir } = project;
  sandbox.gitOk(dir, 'add', '-A');
  sandbox.gitOk(dir, 'commit', '-q', '--no-verify', '-m', 'Set up the service with stageflow hooks');
  sandbox.gitOk(dir, 'push', '-q', '--no-verify', 'origin', 'main');
  if (options.stage) {
    sandbox.gitOk(dir, 'branch', `stage/${options.stage}`, 'main');
    sandbox.gitOk(dir, 'push', '-q', '--no-verify', 'origin', `stage/${options.stage}`);
  }
  if (options.work)
    sandbox.gitOk(dir, 'switch', '-q', '-c', options.work, options.stage ? `stage/${options.stage}` : 'main');
}

/** Every ref of a repository and its id: compared before and after a refused operation. */
export function refsOf(sandbox: Sandbox, gitDir: string): string {
  return sandbox.gitOk(gitDir, 'for-each-ref', '--format=%(refname) %(objectname)');
}
