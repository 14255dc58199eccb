// One push of 1,000 new work branches, each with a commit of its own, to a remote holding several
// stages: what the pre-push hook adds over the same push with --no-verify. Before each timed push
// the branches are removed from the remote and from the remote-tracking refs, untimed.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { timeInterleaved } from './measure.mjs';
import { formatTable, ms, ratio } from './table.mjs';

const BRANCHES = 1000;
const STAGES = ['stage/bench', 'stage/checkout', 'stage/login', 'stage/search', 'stage/billing'];

/**
 * Prints its table and reports its speed target through `target(what, value, limit, shown)`;
 * measured on a clone of the bench project's `remote`.
 */
export function benchManyRefs(world, remote, target, { rounds = 7 } = {}) {
  const dir = world.path('many-refs');
  world.git(world.root, ['clone', '-q', remote, dir]);
  const bin = join(dir, 'node_modules', '.bin');
  mkdirSync(bin, { recursive: true });
  symlinkSync(world.cli, join(bin, 'stageflow'));
  world.git(dir, [
    '-c',
    'core.hooksPath=/dev/null',
    'push',
    '-q',
    'origin',
    ...STAGES.map((stage) => `main:refs/heads/${stage}`),
  ]);
  world.git(dir, ['fetch', '-q', 'origin']);
  const base = world.git(dir, ['rev-parse', 'origin/stage/bench']);
  const names = Array.from({ length: BRANCHES }, (_, i) => `work/jane-doe/change-${i}`);
  const data = (text) => `data ${Buffer.byteLength(text)}\n${text}`;
  const lines = names.flatMap((name, i) => [
    `commit refs/heads/${name}`,
    `committer Jane Doe <jane@example.com> ${1700000000 + i} +0000`,
    data(`Handle change number ${i} in the handler\n`),
    `from ${base}`,
    'M 644 inline handler.js',
    data(`export const handler = async () => ({ statusCode: 200, change: ${i} });\n`),
    '',
  ]);
  world.git(dir, ['fast-import', '--quiet'], `${lines.join('\n')}\n`);
  installHooks(world, dir);

  const unpush = () => {
    world.git(remote, ['update-ref', '--stdin'], names.map((name) => `delete refs/heads/${name}\n`).join(''));
    world.git(dir, ['update-ref', '--stdin'], names.map((name) => `delete refs/remotes/origin/${name}\n`).join(''));
  };
  const pushCase = (name, extra) => {
    const testCase = {
      name,
      command: 'git',
      args: ['push', '-q', ...extra, 'origin', 'refs/heads/work/*:refs/heads/work/*'],
      cwd: dir,
      env: world.env,
    };
    testCase.before = unpush;
    return testCase;
  };
  const hooked = pushCase(`git push of ${BRANCHES} new branches (hooks)`, []);
  const plain = pushCase(`git push of ${BRANCHES} new branches (--no-verify)`, ['--no-verify']);
  const timed = timeInterleaved([hooked, plain], { rounds, warmup: 1 });
  const withHooks = timed.get(hooked.name);
  const without = timed.get(plain.name);
  target(
    `a push of ${BRANCHES} new work branches at most 3x the same push with --no-verify`,
    withHooks / without,
    3,
    ratio(withHooks / without),
  );
  console.log(
    `\none push of ${BRANCHES} new work branches (a commit each, ${STAGES.length} stages on the remote), median of ${rounds} interleaved runs\n`,
  );
  console.log(
    formatTable(
      ['case', 'median', 'vs --no-verify'],
      [
        [hooked.name, ms(withHooks), ratio(withHooks / without)],
        [plain.name, ms(without), '1.00x'],
      ],
    ),
  );
}

/**
 * The clone's hooks as `npm install` makes them: the prepare script `stageflow install-hooks`
 * writes stageflow's runner into the clone's .git/hooks.
 */
function installHooks(world, dir) {
  const bin = join(dir, 'node_modules', '.bin');
  symlinkSync(join(world.packageRoot, 'node_modules', 'husky'), join(dir, 'node_modules', 'husky'));
  execFileSync('sh', ['-c', 'stageflow install-hooks'], {
    cwd: dir,
    env: { ...world.env, PATH: `${bin}:${world.env.PATH ?? process.env.PATH}` },
  });
  // A push through anything but stageflow's runner would time a hook that checks nothing.
  if (!readFileSync(join(dir, '.git', 'hooks', 'pre-push'), 'utf8').includes("# stageflow's hook runner"))
    throw new Error('stageflow install-hooks wrote no pre-push runner into the clone');
}
