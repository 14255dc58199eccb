// npm run bench: how much stageflow's hooks cost, measured against starting node and plain git.
// Everything is a whole process, timed side by side in one run (see lib/measure.mjs). Needs only
// node and git. Options: --rounds <n> (default 25), --sizes 10,1000,10000, --cli <path> (another
// build of stageflow to measure, e.g. to compare before and after a change; default dist/cli.js).
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { commandExists, World, ZERO } from './lib/fixture.mjs';
import { benchManyRefs } from './lib/many-refs.mjs';
import { gnuTimeWorks, peakRss, runOnce, timeInterleaved } from './lib/measure.mjs';
import { formatTable, ms, ratio } from './lib/table.mjs';

const { values: options } = parseArgs({
  options: {
    rounds: { type: 'string', default: '25' },
    sizes: { type: 'string', default: '10,1000,10000' },
    cli: { type: 'string' },
  },
});
const rounds = Number(options.rounds);
const sizes = options.sizes.split(',').map(Number);
const world = new World(resolve(import.meta.dirname, '..'), options.cli && resolve(options.cli));
const node = process.execPath;

try {
  const started = Date.now();
  const project = world.createProject();
  const { dir } = project;
  const env = world.env;
  const at = (name, command, args, extra = {}) => ({ name, command, args, cwd: dir, env, ...extra });

  // pre-push alone: an update of a work branch that adds three commits.
  const pushedBase = world.commitTree(dir, 'HEAD', 'Start the hook bench branch here');
  world.git(dir, ['push', '-q', '--no-verify', 'origin', `${pushedBase}:refs/heads/work/jane-doe/hook-bench`]);
  let localTip = pushedBase;
  for (const n of [1, 2, 3]) localTip = world.commitTree(dir, localTip, `Add step ${n} of the hook bench`);
  const refLine = `refs/heads/work/jane-doe/hook-bench ${localTip} refs/heads/work/jane-doe/hook-bench ${pushedBase}\n`;
  const messageFile = world.path('COMMIT_MSG');
  (await import('node:fs')).writeFileSync(
    messageFile,
    'Add the login form handler\n\nValidates the e-mail before it calls the API.\n',
  );

  const nodeCase = at('node -e 0', node, ['-e', '0']);
  const hookCases = [
    at('hook pre-commit', node, [world.cli, 'hook', 'pre-commit']),
    at('hook commit-msg (message file)', node, [world.cli, 'hook', 'commit-msg', messageFile]),
    at('hook pre-push (1 ref, 3 commits)', node, [world.cli, 'hook', 'pre-push', 'origin', project.remote], {
      input: refLine,
    }),
  ];

  // Full commits and pushes: with the husky hooks, and the same with hooks disabled.
  let commitNumber = 0;
  const commitArgs = () => ['commit', '-q', '--allow-empty', '-m', `Record bench commit number ${++commitNumber}`];
  const commitHooked = at('git commit (hooks)', 'git', []);
  commitHooked.before = () => (commitHooked.args = commitArgs());
  const commitPlain = at('git commit (no hooks)', 'git', []);
  commitPlain.before = () => (commitPlain.args = ['-c', 'core.hooksPath=/dev/null', ...commitArgs()]);
  // HUSKY=0: husky's runner starts for every hook git looks for, then skips the hook: its own share.
  const commitHusky = at('git commit (HUSKY=0)', 'git', [], { env: { ...env, HUSKY: '0' } });
  commitHusky.before = () => (commitHusky.args = commitArgs());

  // Each push sends one new commit, made untimed just before, to a branch of its own per variant.
  const pushCase = (name, hooks, branch) => {
    let tip = pushedBase;
    const testCase = at(name, 'git', []);
    testCase.before = () => {
      tip = world.commitTree(dir, tip, `Send bench push number ${++commitNumber}`);
      testCase.args = [
        ...(hooks ? [] : ['-c', 'core.hooksPath=/dev/null']),
        'push',
        '-q',
        'origin',
        `${tip}:refs/heads/${branch}`,
      ];
    };
    return testCase;
  };
  const pushHooked = pushCase('git push (hooks)', true, 'work/jane-doe/push-hooks');
  const pushPlain = pushCase('git push (no hooks)', false, 'work/jane-doe/push-plain');

  // Warm the config cache (the first run of a new config validates it), and check every case passes.
  for (const testCase of hookCases) runOnce(testCase);

  const timed = timeInterleaved(
    [nodeCase, ...hookCases, commitHooked, commitHusky, commitPlain, pushHooked, pushPlain],
    { rounds },
  );
  const nodeMs = timed.get(nodeCase.name);
  const rssRuns = 5;
  const nodeRss = peakRss(nodeCase, rssRuns);

  const targets = [];
  const target = (what, value, limit, shown) => targets.push(`${value <= limit ? 'met ' : 'OVER'}  ${what}: ${shown}`);
  const hookRows = hookCases.map((testCase) => {
    const rss = peakRss(testCase, rssRuns);
    // The targets of the "a commit starts node once" decision: each hook 1.3x node, memory 1.2x.
    target(
      `${testCase.name} at most 1.3x node -e 0`,
      timed.get(testCase.name) / nodeMs,
      1.3,
      ratio(timed.get(testCase.name) / nodeMs),
    );
    target(`${testCase.name} peak RSS at most 1.2x node -e 0`, rss / nodeRss, 1.2, ratio(rss / nodeRss));
    return [
      testCase.name,
      ms(timed.get(testCase.name)),
      ratio(timed.get(testCase.name) / nodeMs),
      '',
      `${(rss / 1024).toFixed(1)} MB`,
      ratio(rss / nodeRss),
      String(world.countGit(testCase, runOnce)),
    ];
  });
  const fullRow = (hooked, plain, husky) => {
    const withHooks = timed.get(hooked.name);
    const without = timed.get(plain.name);
    const huskyOnly = husky && timed.get(husky.name);
    return [
      [hooked.name, ms(withHooks), ratio(withHooks / nodeMs), ratio(withHooks / without), '', '', ''],
      ...(husky
        ? [[husky.name, ms(huskyOnly), ratio(huskyOnly / nodeMs), ratio(huskyOnly / without), '', '', '']]
        : []),
      [plain.name, ms(without), ratio(without / nodeMs), '1.00x', '', '', ''],
      [`  added by the hooks`, ms(withHooks - without), ratio((withHooks - without) / nodeMs), '', '', '', ''],
      ...(husky
        ? [
            [
              `  of which husky's runner`,
              ms(huskyOnly - without),
              ratio((huskyOnly - without) / nodeMs),
              '',
              '',
              '',
              '',
            ],
          ]
        : []),
    ];
  };
  const commitAdded = (timed.get(commitHooked.name) - timed.get(commitPlain.name)) / nodeMs;
  target('a commit through the hooks adds at most 2.5x node -e 0', commitAdded, 2.5, ratio(commitAdded));
  console.log(
    `stageflow bench: node ${process.version}, ${gitVersion()}, ${cpuCount()} cores, median of ${rounds} interleaved runs`,
  );
  console.log(
    `peak RSS by ${gnuTimeWorks() ? 'GNU time (%M)' : 'process.resourceUsage().maxRSS'}, median of ${rssRuns} runs\n`,
  );
  console.log(
    formatTable(
      ['case', 'median', 'vs node -e 0', 'vs plain git', 'peak RSS', 'RSS vs node', 'git procs'],
      [
        [nodeCase.name, ms(nodeMs), '1.00x', '', `${(nodeRss / 1024).toFixed(1)} MB`, '1.00x', '0'],
        ...hookRows,
        ...fullRow(commitHooked, commitPlain, commitHusky),
        ...fullRow(pushHooked, pushPlain),
      ],
    ),
  );

  // Range checks: the pre-push hook (and `check --range` once it exists) over n new commits.
  const ranges = world.createRangeRepo(sizes);
  const rangeEnv = world.env;
  const haveCheck = commandExists(world.cli, rangeEnv, ['check', '--help']);
  const rangeRows = [];
  const rangeRounds = 11;
  for (const size of sizes) {
    const tip = ranges.tips.get(size);
    const branch = `refs/heads/work/jane-doe/range-${size}`;
    const inRanges = (name, command, args, extra = {}) => ({
      name,
      command,
      args,
      cwd: ranges.dir,
      env: rangeEnv,
      ...extra,
    });
    const logCase = inRanges(`git log (${size})`, 'git', ['log', `${ranges.base}..${tip}`]);
    const cases = [
      inRanges(`hook pre-push (${size})`, node, [world.cli, 'hook', 'pre-push', 'origin', project.remote], {
        input: `${branch} ${tip} ${branch} ${ZERO}\n`,
      }),
      ...(haveCheck
        ? [inRanges(`check --range (${size})`, node, [world.cli, 'check', '--range', `${ranges.base}..${tip}`])]
        : []),
    ];
    const times = timeInterleaved([logCase, ...cases], { rounds: rangeRounds, warmup: 1 });
    const logMs = times.get(logCase.name);
    for (const testCase of cases) {
      const label = testCase.name.replace(/ \(\d+\)$/, '');
      if (size === 10000) {
        const hookMs = times.get(testCase.name);
        target(
          `${label} of 10,000 commits under 1 s and at most 3x git log`,
          Math.max(hookMs / 1000, hookMs / logMs / 3),
          1,
          `${ms(hookMs)}, ${ratio(hookMs / logMs)}`,
        );
      }
      rangeRows.push([
        label,
        String(size),
        ms(times.get(testCase.name)),
        ms(logMs),
        ratio(times.get(testCase.name) / logMs),
        String(world.countGit(testCase, runOnce)),
      ]);
    }
  }
  console.log(
    `\nrange checks over n new commits, median of ${rangeRounds} interleaved runs; git log = one plain \`git log base..tip\`${haveCheck ? '' : '; check --range not built yet'}\n`,
  );
  console.log(formatTable(['check', 'commits', 'median', 'git log', 'vs git log', 'git procs'], rangeRows));
  benchManyRefs(world, project.remote, target);
  console.log(`\nspeed targets:\n${targets.map((line) => `  ${line}`).join('\n')}`);
  console.log(`\nbench took ${((Date.now() - started) / 1000).toFixed(0)} s`);
} finally {
  world.cleanup();
}

function gitVersion() {
  return world.git(world.root, ['--version']);
}

function cpuCount() {
  return availableParallelism();
}
