import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newProject } from '../helpers/new-project.js';
import { bootstrap, installHooks, type Project, refsOf, type Sandbox } from '../helpers/sandbox.js';
import { paste, printedCommands } from '../hostile/state.js';

const WORK = 'work/jane-doe/add-login';
const COMPARE = 'https://github.com/acme/orders/compare';

describe('pre-push: real git push to a bare remote through the husky-installed hook', () => {
  let sandbox: Sandbox;
  let project: Project;
  let dir: string;
  const push = (...args: string[]) => sandbox.git(dir, 'push', ...args);
  const commitQuietly = (message: string) =>
    sandbox.gitOk(dir, 'commit', '-q', '--no-verify', '--allow-empty', '-m', message);
  const commit = (message: string) => sandbox.gitOk(dir, 'commit', '-q', '--allow-empty', '-m', message);
  const remoteRefs = () => refsOf(sandbox, project.remote);
  const remoteTip = (branch: string) => sandbox.gitOk(project.remote, 'rev-parse', `refs/heads/${branch}`);
  /** Runs a push that must be refused, and asserts that no ref of the remote moved. */
  const refusedPush = (...args: string[]) => {
    const before = remoteRefs();
    const result = push(...args);
    expect(result.code).not.toBe(0);
    expect(result.output).not.toContain('script failed');
    expect(remoteRefs()).toBe(before);
    return result.output;
  };
  const allowedPush = (...args: string[]) => {
    const result = push('-q', ...args);
    expect(result.output).toBe('');
    expect(result.code).toBe(0);
  };

  /**
   * `origin` becomes git@github.com:acme/orders.git, the URL the hook is given, while an ssh
   * command of our own serves it from a local bare repository: a real push over git's ssh transport.
   */
  const useGithubRemote = () => {
    const root = sandbox.path('github');
    const remote = join(root, 'acme', 'orders.git');
    mkdirSync(join(root, 'acme'), { recursive: true });
    sandbox.gitOk(sandbox.root, 'init', '-q', '--bare', remote);
    const ssh = sandbox.path('fake-ssh.sh');
    // git runs: <ssh> [options] git@github.com "git-receive-pack 'acme/orders.git'"
    writeFileSync(ssh, `#!/bin/sh\nfor last; do :; done\ncd '${root}' && exec sh -c "$last"\n`);
    chmodSync(ssh, 0o755);
    sandbox.gitOk(dir, 'config', 'core.sshCommand', ssh);
    sandbox.gitOk(dir, 'remote', 'set-url', 'origin', 'git@github.com:acme/orders.git');
    project = { ...project, remote };
  };

  beforeEach(() => {
    ({ sandbox, project } = newProject());
    dir = project.dir;
  });
  afterEach(() => sandbox.cleanup());

  it('a brand-new repository on master pushing to an empty remote: rename it main and publish main', () => {
    sandbox.gitOk(dir, 'symbolic-ref', 'HEAD', 'refs/heads/master');
    sandbox.gitOk(dir, 'add', '-A');
    commit('Set up the service with stageflow hooks');
    const out = refusedPush('-u', 'origin', 'master');
    expect(out).toContain("master is this repository's only branch and origin has no main yet");
    expect(out).not.toContain('work/jane-doe/master');
    const commands = printedCommands(out);
    expect(commands).toEqual(['git branch -m master main', 'git push -u origin main']);
    for (const command of commands) expect(paste(sandbox, dir, command).code).toBe(0);
    expect(remoteTip('main')).toBe(sandbox.gitOk(dir, 'rev-parse', 'HEAD'));
    expect(sandbox.gitOk(dir, 'branch', '--show-current')).toBe('main');
  });

  it('master pushed when the repository has other branches too: the usual rename to a work branch', () => {
    sandbox.gitOk(dir, 'symbolic-ref', 'HEAD', 'refs/heads/master');
    sandbox.gitOk(dir, 'add', '-A');
    commit('Set up the service with stageflow hooks');
    sandbox.gitOk(dir, 'branch', 'work/jane-doe/other');
    const out = refusedPush('origin', 'master');
    expect(out).toContain('git branch -m master work/jane-doe/master');
  });

  describe('work branches', () => {
    beforeEach(() => bootstrap(sandbox, project, { stage: 'login', work: WORK }));

    it('may be created, updated, force-updated and deleted', () => {
      commit('Add the login form handler');
      allowedPush('-u', 'origin', WORK);
      expect(remoteTip(WORK)).toBe(sandbox.gitOk(dir, 'rev-parse', WORK));

      commit('Validate the login form input');
      allowedPush('origin', WORK);
      expect(remoteTip(WORK)).toBe(sandbox.gitOk(dir, 'rev-parse', WORK));

      sandbox.gitOk(
        dir,
        'commit',
        '-q',
        '--amend',
        '--allow-empty',
        '-m',
        'Validate the login form input on the server',
      );
      allowedPush('--force', 'origin', WORK);
      expect(remoteTip(WORK)).toBe(sandbox.gitOk(dir, 'rev-parse', WORK));

      allowedPush('origin', '--delete', WORK);
      expect(sandbox.git(project.remote, 'rev-parse', '--verify', '-q', `refs/heads/${WORK}`).code).not.toBe(0);
    });

    it('tags pass, lightweight and annotated', () => {
      sandbox.gitOk(dir, 'tag', 'v1.0.0', 'main');
      sandbox.gitOk(dir, 'tag', '-a', '-m', 'Release 1.1', 'v1.1.0', 'main');
      allowedPush('origin', 'v1.0.0', 'v1.1.0');
      expect(remoteRefs()).toContain('refs/tags/v1.0.0');
      expect(remoteRefs()).toContain('refs/tags/v1.1.0');
      allowedPush('origin', '--delete', 'v1.0.0');
    });

    it('a tag still brings its commits under the message rules', () => {
      commitQuietly('wip');
      sandbox.gitOk(dir, 'tag', '-a', '-m', 'Release 1.2', 'v1.2.0');
      const out = refusedPush('origin', 'v1.2.0');
      expect(out).toContain('"wip" is a placeholder');
    });
  });

  describe('main and stage branches', () => {
    beforeEach(() => bootstrap(sandbox, project, { stage: 'login', work: WORK }));

    it('git push origin HEAD:main is blocked like a push of main', () => {
      commit('Add the login form handler');
      const out = refusedPush('origin', 'HEAD:main');
      expect(out).toContain('push blocked: pushing to main directly is not allowed');
      expect(out).toContain(
        'main holds the code of the live function; it changes only by a reviewed pull request from a stage/<stage-name> branch.',
      );
      expect(out).toContain('git push --no-verify');
    });

    it('git push origin work/a/b:stage/x is blocked: a new stage must start from main', () => {
      commit('Add the login form handler');
      const out = refusedPush('origin', `${WORK}:stage/x`);
      expect(out).toContain('push blocked: stage/x would not start from origin/main');
      expect(out).toContain('git push origin origin/main:refs/heads/stage/x');
    });

    it('an update of main is blocked, and the printed fix works', () => {
      sandbox.gitOk(dir, 'switch', '-q', 'main');
      commitQuietly('Add the login form handler');
      const out = refusedPush('origin', 'main');
      expect(out).toContain('push blocked: pushing to main directly is not allowed');
      expect(out).toContain('git switch -c work/jane-doe/describe-the-change');
      expect(out).toContain('git branch -f main origin/main');
      sandbox.gitOk(dir, 'switch', '-q', '-c', 'work/jane-doe/describe-the-change');
      sandbox.gitOk(dir, 'branch', '-f', 'main', 'origin/main');
      allowedPush('-u', 'origin', 'HEAD');
    });

    it('an update of main suggests a work branch nobody has taken, and that fix works', () => {
      sandbox.gitOk(dir, 'branch', 'work/jane-doe/describe-the-change', 'main');
      sandbox.gitOk(dir, 'switch', '-q', 'main');
      commitQuietly('Add the login form handler');
      const out = refusedPush('origin', 'main');
      const commands = printedCommands(out);
      expect(commands.slice(0, 3)).toEqual([
        'git switch -c work/jane-doe/describe-the-change-2',
        'git branch -f main origin/main',
        'git push -u origin HEAD',
      ]);
      for (const command of commands.slice(0, 2)) expect(paste(sandbox, dir, command).code).toBe(0);
      allowedPush('-u', 'origin', 'HEAD');
      expect(remoteTip('work/jane-doe/describe-the-change-2')).toBe(sandbox.gitOk(dir, 'rev-parse', 'HEAD'));
    });

    it('a forced push of a stage that has nothing of its own, from a work branch: nothing to move, do not push it', () => {
      sandbox.gitOk(dir, 'switch', '-q', 'stage/login');
      commitQuietly('Add the login form handler');
      sandbox.gitOk(dir, 'push', '-q', '--no-verify', 'origin', 'stage/login');
      const published = remoteTip('stage/login');
      sandbox.gitOk(dir, 'switch', '-q', WORK);
      sandbox.gitOk(dir, 'branch', '-f', 'stage/login', 'stage/login~1');
      const out = refusedPush('--force', 'origin', 'stage/login');
      expect(out).toContain('stage/login has no commits origin lacks: there is nothing to move');
      expect(out).not.toContain('git switch -c');
      const commands = printedCommands(out);
      expect(commands).toEqual(['git branch -f stage/login origin/stage/login', `git push -u origin ${WORK}`]);
      for (const command of commands) expect(paste(sandbox, dir, command).code).toBe(0);
      expect(sandbox.gitOk(dir, 'rev-parse', 'stage/login')).toBe(published);
      expect(remoteTip('stage/login')).toBe(published);
      expect(remoteTip(WORK)).toBe(sandbox.gitOk(dir, 'rev-parse', WORK));
    });

    it('a push of a stage with a commit of its own, from a work branch: the fix starts from the stage, not HEAD', () => {
      sandbox.gitOk(dir, 'switch', '-q', 'stage/login');
      commitQuietly('Add the logout button');
      const stray = sandbox.gitOk(dir, 'rev-parse', 'HEAD');
      sandbox.gitOk(dir, 'switch', '-q', WORK);
      commit('Add the login form handler');
      const work = sandbox.gitOk(dir, 'rev-parse', 'HEAD');
      const out = refusedPush('origin', 'stage/login');
      expect(out).toContain('Move its commit to a work branch made from stage/login');
      const commands = printedCommands(out);
      const moved = 'work/jane-doe/describe-the-change';
      expect(commands).toEqual([
        `git branch ${moved} stage/login`,
        'git branch -f stage/login origin/stage/login',
        `git push -u origin ${moved}`,
      ]);
      for (const command of commands) expect(paste(sandbox, dir, command).code).toBe(0);
      expect(remoteTip(moved)).toBe(stray);
      expect(sandbox.gitOk(dir, 'rev-parse', 'stage/login')).toBe(
        sandbox.gitOk(dir, 'rev-parse', 'origin/stage/login'),
      );
      expect(remoteTip('stage/login')).toBe(sandbox.gitOk(dir, 'rev-parse', 'origin/stage/login'));
      // Still on the work branch, untouched.
      expect(sandbox.gitOk(dir, 'branch', '--show-current')).toBe(WORK);
      expect(sandbox.gitOk(dir, 'rev-parse', 'HEAD')).toBe(work);
    });

    it('a force-update of main is blocked', () => {
      sandbox.gitOk(dir, 'switch', '-q', 'main');
      sandbox.gitOk(
        dir,
        'commit',
        '-q',
        '--no-verify',
        '--amend',
        '-m',
        'Set up the service with stageflow hooks again',
      );
      expect(refusedPush('--force', 'origin', 'main')).toContain(
        'push blocked: pushing to main directly is not allowed',
      );
    });

    it('a deletion of main or of a stage is blocked', () => {
      const main = refusedPush('origin', '--delete', 'main');
      expect(main).toContain('push blocked: deleting main directly is not allowed');
      expect(main).toContain('git ls-remote --heads origin');
      const stage = refusedPush('origin', ':stage/login');
      expect(stage).toContain('push blocked: deleting stage/login directly is not allowed');
    });

    it('an update of a stage is blocked, from the stage itself or from a work branch', () => {
      commit('Add the login form handler');
      const fromWork = refusedPush('origin', `${WORK}:stage/login`);
      expect(fromWork).toContain('push blocked: pushing to stage/login directly is not allowed');
      expect(fromWork).toContain(`git push -u origin ${WORK}`);

      sandbox.gitOk(dir, 'switch', '-q', 'stage/login');
      commitQuietly('Add the logout button');
      const fromStage = refusedPush('origin', 'stage/login');
      expect(fromStage).toContain('git switch -c work/jane-doe/describe-the-change');
      expect(fromStage).toContain('git branch -f stage/login origin/stage/login');
    });

    it('creating a stage from main is allowed; with commits of its own it is refused', () => {
      sandbox.gitOk(dir, 'branch', 'stage/payments', 'main');
      allowedPush('origin', 'stage/payments');
      expect(remoteTip('stage/payments')).toBe(remoteTip('main'));

      sandbox.gitOk(dir, 'switch', '-q', '-c', 'stage/refunds', 'main');
      commitQuietly('Add the refund handler');
      const out = refusedPush('origin', 'stage/refunds');
      expect(out).toContain('push blocked: stage/refunds would not start from origin/main');
      expect(out).toContain('this one has commits origin/main does not have');
      // The printed fix: keep the commit on a work branch, put the stage back on main, publish it.
      expect(out).toContain('git branch work/jane-doe/describe-the-change stage/refunds');
      expect(out).toContain('git switch --no-track -C stage/refunds origin/main');
      sandbox.gitOk(dir, 'branch', 'work/jane-doe/describe-the-change', 'stage/refunds');
      sandbox.gitOk(dir, 'switch', '-q', '--no-track', '-C', 'stage/refunds', 'origin/main');
      // --no-track: the stage must not take origin/main as its upstream.
      expect(sandbox.git(dir, 'config', 'branch.stage/refunds.merge').code).toBe(1);
      allowedPush('-u', 'origin', 'stage/refunds');
      expect(sandbox.gitOk(dir, 'config', 'branch.stage/refunds.merge')).toBe('refs/heads/stage/refunds');
      expect(sandbox.gitOk(dir, 'log', '-1', '--format=%s', 'work/jane-doe/describe-the-change')).toBe(
        'Add the refund handler',
      );
    });

    it('creating a stage when origin/main is not known here is refused with the fetch to run', () => {
      sandbox.gitOk(dir, 'update-ref', '-d', 'refs/remotes/origin/main');
      sandbox.gitOk(dir, 'branch', 'stage/payments', 'main');
      const out = refusedPush('origin', 'stage/payments');
      expect(out).toContain('git fetch origin main');
      sandbox.gitOk(dir, 'fetch', '-q', 'origin', 'main');
      allowedPush('origin', 'stage/payments');
    });

    it('creating a stage in the same push that creates main: main first, as the message says', () => {
      sandbox.gitOk(dir, 'push', '-q', '--no-verify', 'origin', '--delete', 'stage/login');
      sandbox.run('git', ['--git-dir', project.remote, 'symbolic-ref', 'HEAD', 'refs/heads/none']);
      sandbox.gitOk(dir, 'push', '-q', '--no-verify', 'origin', '--delete', 'main');
      sandbox.gitOk(dir, 'update-ref', '-d', 'refs/remotes/origin/main');
      const out = refusedPush('origin', 'main', 'stage/login');
      expect(out).toContain('push blocked: stage/login would not start from origin/main');
      expect(out).toContain('git push -u origin main');
      allowedPush('-u', 'origin', 'main');
      allowedPush('origin', 'stage/login');
    });

    it('the remote-tracking main is the one of the remote pushed to', () => {
      sandbox.gitOk(dir, 'branch', 'stage/payments', 'main');
      sandbox.gitOk(dir, 'update-ref', 'refs/remotes/other/main', 'main');
      sandbox.gitOk(dir, 'update-ref', '-d', 'refs/remotes/origin/main');
      expect(refusedPush('origin', 'stage/payments')).toContain('git fetch origin main');
    });
  });

  describe('the pull request to open, on a GitHub remote', () => {
    beforeEach(() => {
      useGithubRemote();
      bootstrap(sandbox, project, { stage: 'login', work: WORK });
    });

    it('work branch into a stage: the compare URL from the work branch', () => {
      commit('Add the login form handler');
      const out = refusedPush('origin', `${WORK}:stage/login`);
      expect(out).toContain(`Publish ${WORK} and open a pull request into stage/login:`);
      expect(out).toContain(`${COMPARE}/stage/login...${WORK}?expand=1`);
      allowedPush('-u', 'origin', WORK);
    });

    it('a stage into main: the compare URL from the stage', () => {
      commit('Add the login form handler');
      sandbox.gitOk(dir, 'switch', '-q', 'stage/login');
      sandbox.gitOk(dir, 'merge', '-q', '--no-ff', '--no-verify', '-m', 'Merge the login form into the stage', WORK);
      const out = refusedPush('origin', 'stage/login:main');
      expect(out).toContain(`${COMPARE}/main...stage/login?expand=1`);
    });

    it('local commits on a stage: move them to a work branch and open the pull request from it', () => {
      sandbox.gitOk(dir, 'switch', '-q', 'stage/login');
      commitQuietly('Add the logout button');
      const out = refusedPush('origin', 'stage/login');
      expect(out).toContain(`${COMPARE}/stage/login...work/jane-doe/describe-the-change?expand=1`);
    });

    it('HEAD:main from a work branch: into main only from a stage', () => {
      commit('Add the login form handler');
      const out = refusedPush('origin', 'HEAD:main');
      expect(out).toContain(`git push -u origin ${WORK}`);
      expect(out).toContain('pull request into the stage');
    });

    it('HEAD:main from a work branch that start-work cut from a stage: the compare URL into that stage', () => {
      sandbox.gitOk(dir, 'config', `branch.${WORK}.stageflowstage`, 'stage/login');
      commit('Add the login form handler');
      const out = refusedPush('origin', 'HEAD:main');
      expect(out).toContain(`${COMPARE}/stage/login...${WORK}?expand=1`);
    });

    it('HEAD:main from a work branch whose recorded stage names only the stage: the same URL, into stage/login', () => {
      sandbox.gitOk(dir, 'config', `branch.${WORK}.stageflowstage`, 'login');
      commit('Add the login form handler');
      const out = refusedPush('origin', 'HEAD:main');
      expect(out).toContain(`${COMPARE}/stage/login...${WORK}?expand=1`);
      expect(out).toContain('open a pull request into stage/login');
    });

    it('deleting a stage: the pull request into main that retires it', () => {
      const out = refusedPush('origin', '--delete', 'stage/login');
      expect(out).toContain(`${COMPARE}/main...stage/login?expand=1`);
    });
  });

  it('creating main on an empty remote is allowed (bootstrap)', () => {
    sandbox.gitOk(dir, 'add', '-A');
    expect(sandbox.git(dir, 'commit', '-q', '-m', 'Set up the service with stageflow hooks').code).toBe(0);
    allowedPush('-u', 'origin', 'main');
    expect(remoteTip('main')).toBe(sandbox.gitOk(dir, 'rev-parse', 'main'));
  });

  describe('invalid branch names', () => {
    beforeEach(() => bootstrap(sandbox, project, { stage: 'login', work: WORK }));

    it.each([
      ['feature/login', 'work/jane-doe/feature-login'],
      ['stage/Login_Form', 'stage/login-form'],
      ['work/bob', 'work/jane-doe/bob'],
    ])('%s is blocked, and the printed rename works', (name, suggestion) => {
      sandbox.gitOk(dir, 'switch', '-q', '-c', name, WORK);
      commitQuietly('Add the login form handler');
      const out = refusedPush('-u', 'origin', name);
      expect(out).toContain(`push blocked: the branch name "${name}" does not follow the strategy`);
      expect(out).toContain(`git branch -m ${name} ${suggestion}`);
      if (suggestion.startsWith('work/')) {
        sandbox.gitOk(dir, 'branch', '-m', name, suggestion);
        allowedPush('-u', 'origin', suggestion);
      }
    });

    it('HEAD:refs/heads/<invalid> is blocked with a push under a valid name', () => {
      commit('Add the login form handler');
      const out = refusedPush('origin', 'HEAD:refs/heads/login');
      expect(out).toContain('push blocked: the branch name "login" does not follow the strategy');
      expect(out).toContain('work/jane-doe/login');
    });

    it('deleting a branch with an invalid name from the remote is allowed (clean-up)', () => {
      sandbox.gitOk(dir, 'push', '-q', '--no-verify', 'origin', 'main:refs/heads/old-feature');
      allowedPush('origin', '--delete', 'old-feature');
    });
  });

  describe('commit messages of every commit the push adds', () => {
    it('a commit made with --no-verify is caught, with its short id and the git rebase -i command that works', () => {
      bootstrap(sandbox, project, { stage: 'login', work: WORK });
      // Commits that change files, as git rebase replays them.
      const edit = (text: string) => {
        writeFileSync(join(dir, 'handler.js'), `${text}\n`);
        sandbox.gitOk(dir, 'add', 'handler.js');
      };
      edit('one');
      commit('Add the login form handler');
      edit('two');
      commitQuietly('wip');
      const bad = sandbox.gitOk(dir, 'rev-parse', 'HEAD');
      edit('three');
      commit('Validate the login form input');
      const out = refusedPush('-u', 'origin', WORK);
      expect(out).toContain('push blocked: a commit has a message that does not describe the change');
      expect(out).toContain(`${bad.slice(0, 12)} "wip"`);
      expect(out).toContain('"wip" is a placeholder, not a description of the change [subject-placeholder]');
      expect(out).not.toContain('Add the login form handler"');
      const rebase = /^ {4}(git rebase -i \S+)$/m.exec(out)?.[1];
      expect(rebase).toBe(`git rebase -i ${bad.slice(0, 12)}~1`);

      // The printed command, with "reword" on the listed commit and a described message.
      const sequenceEditor = sandbox.path('reword.sh');
      writeFileSync(sequenceEditor, `#!/bin/sh\nsed -i 's/^pick ${bad.slice(0, 7)}/reword ${bad.slice(0, 7)}/' "$1"\n`);
      const editor = sandbox.path('message.sh');
      writeFileSync(editor, '#!/bin/sh\nprintf "Show errors inline in the login form\\n" > "$1"\n');
      const reworded = sandbox.run('sh', ['-c', rebase!], {
        cwd: dir,
        env: { GIT_SEQUENCE_EDITOR: `sh ${sequenceEditor}`, GIT_EDITOR: `sh ${editor}` },
      });
      expect(reworded.output).not.toContain('stageflow');
      expect(reworded.code).toBe(0);
      expect(sandbox.gitOk(dir, 'log', '--format=%s', '-3')).toBe(
        'Validate the login form input\nShow errors inline in the login form\nAdd the login form handler',
      );
      allowedPush('-u', 'origin', WORK);
    });

    it('on a work branch that merged its stage: the printed reword keeps the merge, and status asks for no merge again', () => {
      bootstrap(sandbox, project, { stage: 'login', work: WORK });
      const edit = (file: string, text: string) => {
        writeFileSync(join(dir, file), `${text}\n`);
        sandbox.gitOk(dir, 'add', file);
      };
      edit('login.js', 'login');
      commitQuietly('wip');
      const bad = sandbox.gitOk(dir, 'rev-parse', 'HEAD');
      // The stage moves on; the work branch takes it in, as status advises.
      sandbox.gitOk(dir, 'switch', '-q', '-c', 'work/jane-doe/rules', 'stage/login');
      edit('rules.js', 'rules');
      commit('Add the password rules to the login stage');
      sandbox.gitOk(dir, 'push', '-q', '--no-verify', 'origin', 'HEAD:stage/login');
      sandbox.gitOk(dir, 'switch', '-q', WORK);
      sandbox.gitOk(dir, 'fetch', '-q', 'origin');
      expect(sandbox.stageflow(dir, ['status']).stdout).toContain(
        'The stage has moved on; bring its 1 commit into your branch:\n    npx stageflow sync\n',
      );
      sandbox.gitOk(dir, 'merge', '-q', '--no-edit', 'origin/stage/login');
      edit('login.js', 'login form');
      commit('Show the login form errors inline');

      const out = refusedPush('-u', 'origin', WORK);
      expect(out).toContain(`${bad.slice(0, 12)} "wip"`);
      const commands = printedCommands(out);
      expect(commands).toEqual([`git rebase -i --rebase-merges ${bad.slice(0, 12)}~1`]);
      expect(out).toContain('leave the label, reset and merge lines as they are');

      const sequenceEditor = sandbox.path('reword.sh');
      writeFileSync(sequenceEditor, `#!/bin/sh\nsed -i 's/^pick ${bad.slice(0, 7)}/reword ${bad.slice(0, 7)}/' "$1"\n`);
      const editor = sandbox.path('message.sh');
      writeFileSync(editor, '#!/bin/sh\nprintf "Add the login form\\n" > "$1"\n');
      const reworded = sandbox.run('sh', ['-c', commands[0]!], {
        cwd: dir,
        env: { GIT_SEQUENCE_EDITOR: `sh ${sequenceEditor}`, GIT_EDITOR: `sh ${editor}` },
      });
      expect(reworded.code).toBe(0);
      // The merge is still a merge, of the stage's own commit, not a copy of it.
      expect(sandbox.gitOk(dir, 'log', '--format=%s', '--first-parent', '-3')).toBe(
        `Show the login form errors inline\nMerge remote-tracking branch 'origin/stage/login' into ${WORK}\nAdd the login form`,
      );
      expect(sandbox.git(dir, 'merge-base', '--is-ancestor', 'origin/stage/login', 'HEAD').code).toBe(0);
      expect(sandbox.gitOk(dir, 'rev-list', '--count', '--no-merges', 'origin/stage/login..HEAD')).toBe('2');
      const status = sandbox.stageflow(dir, ['status']);
      expect(status.stdout).not.toContain('git merge');
      expect(status.stdout).not.toContain('stageflow sync');
      allowedPush('-u', 'origin', WORK);
    });

    it('lists every offender, oldest last, and the rebase starts before the oldest', () => {
      bootstrap(sandbox, project, { stage: 'login', work: WORK });
      commitQuietly('fix');
      const oldest = sandbox.gitOk(dir, 'rev-parse', 'HEAD');
      commit('Add the login form handler');
      commitQuietly('Fix some bugs');
      const out = refusedPush('origin', WORK);
      expect(out).toContain('push blocked: 2 commits have messages that do not describe the change');
      expect(out.indexOf('"Fix some bugs"')).toBeLessThan(out.indexOf('"fix"'));
      expect(out).toContain(`git rebase -i ${oldest.slice(0, 12)}~1`);
    });

    it('bad commits on several branches: a switch and a rebase for each branch, and they work', () => {
      bootstrap(sandbox, project, { stage: 'login', work: WORK });
      const edit = (file: string, text: string) => {
        writeFileSync(join(dir, file), `${text}\n`);
        sandbox.gitOk(dir, 'add', file);
      };
      edit('login.js', 'login');
      commitQuietly('wip');
      const onLogin = sandbox.gitOk(dir, 'rev-parse', 'HEAD');
      sandbox.gitOk(dir, 'switch', '-q', '-c', 'work/jane-doe/add-logout', 'stage/login');
      edit('logout.js', 'logout');
      commitQuietly('fix');
      const onLogout = sandbox.gitOk(dir, 'rev-parse', 'HEAD');
      const out = refusedPush('origin', WORK, 'work/jane-doe/add-logout');
      expect(out).toContain(`${onLogin.slice(0, 12)} "wip" on ${WORK}`);
      expect(out).toContain(`${onLogout.slice(0, 12)} "fix" on work/jane-doe/add-logout`);
      const commands = [...out.matchAll(/^ {4}(git .+)$/gm)].map((match) => match[1]);
      // The branch checked out first, then a switch to the other.
      expect(commands).toEqual([
        `git rebase -i ${onLogout.slice(0, 12)}~1`,
        `git switch ${WORK}`,
        `git rebase -i ${onLogin.slice(0, 12)}~1`,
      ]);

      const sequenceEditor = sandbox.path('reword.sh');
      writeFileSync(sequenceEditor, '#!/bin/sh\nsed -i "s/^pick/reword/" "$1"\n');
      const editor = sandbox.path('message.sh');
      writeFileSync(editor, '#!/bin/sh\nprintf "Describe the change on this branch properly\\n" > "$1"\n');
      const env = { GIT_SEQUENCE_EDITOR: `sh ${sequenceEditor}`, GIT_EDITOR: `sh ${editor}` };
      for (const command of commands) expect(sandbox.run('sh', ['-c', command!], { cwd: dir, env }).code).toBe(0);
      allowedPush('origin', WORK, 'work/jane-doe/add-logout');
    });

    it('a bad root commit is reworded with git rebase -i --root', () => {
      sandbox.gitOk(dir, 'add', '-A');
      sandbox.gitOk(dir, 'commit', '-q', '--no-verify', '-m', 'init');
      const out = refusedPush('origin', 'main');
      expect(out).toContain('"init"');
      expect(out).toContain('git rebase -i --root');
    });

    it('commits the remote already has are not judged again', () => {
      sandbox.gitOk(dir, 'add', '-A');
      sandbox.gitOk(dir, 'commit', '-q', '--no-verify', '-m', 'init');
      sandbox.gitOk(dir, 'push', '-q', '--no-verify', 'origin', 'main');
      sandbox.gitOk(dir, 'switch', '-q', '-c', WORK);
      commit('Add the login form handler');
      allowedPush('-u', 'origin', WORK);
    });

    it('merge commits git wrote pass', () => {
      bootstrap(sandbox, project, { stage: 'login', work: WORK });
      commit('Add the login form handler');
      sandbox.gitOk(dir, 'switch', '-q', '-c', 'work/jane-doe/add-logout', 'stage/login');
      commit('Add the logout button');
      sandbox.gitOk(dir, 'merge', '-q', '--no-ff', '--no-edit', WORK);
      allowedPush('origin', 'work/jane-doe/add-logout');
    });
  });

  describe('many refs in one push', () => {
    beforeEach(() => bootstrap(sandbox, project, { stage: 'login', work: WORK }));

    it('git push --all with only valid branches pushes them all', () => {
      for (const change of ['add-login', 'add-logout', 'add-signup']) {
        sandbox.gitOk(dir, 'switch', '-q', '-C', `work/jane-doe/${change}`, 'stage/login');
        commit(`Add the ${change.slice(4)} handler to the service`);
      }
      allowedPush('origin', '--all');
      for (const change of ['add-login', 'add-logout', 'add-signup'])
        expect(remoteRefs()).toContain(`refs/heads/work/jane-doe/${change}`);
    });

    it('one refused ref stops the whole push, and every problem is reported', () => {
      for (const change of ['add-login', 'add-logout']) {
        sandbox.gitOk(dir, 'switch', '-q', '-C', `work/jane-doe/${change}`, 'stage/login');
        commit(`Add the ${change.slice(4)} handler to the service`);
      }
      sandbox.gitOk(dir, 'switch', '-q', '-c', 'feature/signup');
      commitQuietly('wip');
      sandbox.gitOk(dir, 'switch', '-q', 'main');
      commitQuietly('Add the signup handler to main');
      const out = refusedPush('origin', '--all');
      expect(out).toContain('push blocked: the branch name "feature/signup" does not follow the strategy');
      expect(out).toContain('push blocked: pushing to main directly is not allowed');
      expect(remoteRefs()).not.toContain('work/jane-doe/add-login');
    });

    it('several refspecs: a bad message on one branch stops them all', () => {
      sandbox.gitOk(dir, 'switch', '-q', '-C', 'work/jane-doe/add-logout', 'stage/login');
      commitQuietly('asdf');
      sandbox.gitOk(dir, 'switch', '-q', WORK);
      commit('Add the login form handler');
      const out = refusedPush('origin', WORK, 'work/jane-doe/add-logout', 'v1:refs/tags/v1'.replace('v1:', 'main:'));
      expect(out).toContain('"asdf"');
      expect(out).not.toContain('"Add the login form handler"');
    });
  });

  describe('a SHA-256 repository', () => {
    it('judges refs and messages with 64-digit ids', () => {
      dir = sandbox.path('sha256');
      const remote = sandbox.path('sha256-remote.git');
      sandbox.gitOk(sandbox.root, 'init', '-q', '--bare', '--object-format=sha256', remote);
      sandbox.gitOk(sandbox.root, 'init', '-q', '--object-format=sha256', dir);
      sandbox.gitOk(dir, 'remote', 'add', 'origin', remote);
      writeFileSync(join(dir, '.gitignore'), 'node_modules/\n');
      installHooks(sandbox, dir);
      project = { dir, remote };
      sandbox.gitOk(dir, 'add', '-A');
      commit('Set up the service with stageflow hooks');
      expect(sandbox.gitOk(dir, 'rev-parse', 'HEAD')).toMatch(/^[0-9a-f]{64}$/);
      allowedPush('-u', 'origin', 'main');

      sandbox.gitOk(dir, 'branch', 'stage/login', 'main');
      allowedPush('origin', 'stage/login');
      sandbox.gitOk(dir, 'switch', '-q', '-c', WORK, 'stage/login');
      commit('Add the login form handler');
      allowedPush('-u', 'origin', WORK);

      expect(refusedPush('origin', `${WORK}:main`)).toContain('push blocked: pushing to main directly is not allowed');
      expect(refusedPush('origin', '--delete', 'stage/login')).toContain(
        'push blocked: deleting stage/login directly is not allowed',
      );
      commitQuietly('wip');
      const bad = sandbox.gitOk(dir, 'rev-parse', 'HEAD');
      const out = refusedPush('origin', WORK);
      expect(out).toContain(`${bad.slice(0, 12)} "wip"`);
      sandbox.gitOk(dir, 'reset', '-q', '--soft', 'HEAD~1');
      allowedPush('origin', '--delete', WORK);
    });
  });
});
