// Measures the message rules against commits that people labelled blind (calibration/labels.tsv):
// how many useful messages the default rules refuse, and how many vague ones they let through.
// It judges each stored message exactly as pre-push and `stageflow check` do (judgeStoredMessage,
// bundled from src/ with esbuild), with the defaults of src/core/config/defaults.ts.
// The histories are not in this repository: clone them bare, then point the script at the folder
// (docs/rules.md, "Calibration"). Without them it says how to get them and exits 0.
// By default it reports the tuning set (labels.tsv, which the rules were tuned on), the second
// set (holdout.tsv, labelled blind after the first round, tuned on in the second) and the third
// set (holdout-b.tsv, labelled blind after the second round, read in the third) and the fourth
// (holdout-c.tsv, labelled blind during the third round, never tuned on: the honest figure)
// separately; --labels FILE reports one file.
// Usage: npm run calibrate -- [--snapshots DIR] [--labels FILE] [--misses]
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '..');
const { values: options } = parseArgs({
  options: {
    snapshots: { type: 'string' },
    labels: { type: 'string' },
    misses: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (options.help) {
  console.log(
    'Usage: npm run calibrate -- [--snapshots DIR] [--labels FILE] [--misses]\n(DIR defaults to $STAGEFLOW_SNAPSHOTS; see docs/rules.md, "Calibration")',
  );
  process.exit(0);
}

const sets = options.labels
  ? [{ title: '', labels: readLabels(options.labels) }]
  : [
      {
        title: 'Tuning set (calibration/labels.tsv, the rules were tuned on it):',
        labels: readLabels(join(root, 'calibration', 'labels.tsv')),
      },
      {
        title: 'Second set (calibration/holdout.tsv, labelled blind after the first round, tuned on in the second):',
        labels: readLabels(join(root, 'calibration', 'holdout.tsv')),
      },
      {
        title: 'Third set (calibration/holdout-b.tsv, labelled blind after the second round, read in the third):',
        labels: readLabels(join(root, 'calibration', 'holdout-b.tsv')),
      },
      {
        title: 'Fourth set (calibration/holdout-c.tsv, labelled blind during the third round, never tuned on):',
        labels: readLabels(join(root, 'calibration', 'holdout-c.tsv')),
      },
    ];
const repos = [...new Set(sets.flatMap((set) => set.labels.map((label) => label.repo)))];
const snapshots = options.snapshots ?? process.env.STAGEFLOW_SNAPSHOTS;
const gitDirs = new Map(
  snapshots ? repos.map((repo) => [repo, findGitDir(snapshots, repo)]).filter(([, dir]) => dir) : [],
);
const absent = repos.filter((repo) => !gitDirs.has(repo));
if (absent.length === repos.length) {
  console.log(
    `${snapshots ? `No labelled history was found in ${snapshots}.` : 'No snapshots folder given (--snapshots DIR or STAGEFLOW_SNAPSHOTS).'}\n` +
      'Calibration needs the public histories the labels come from. Clone them bare into one folder:\n' +
      repos
        .map((repo) => `  git clone --bare https://github.com/${repo}.git DIR/${repo.replace('/', '+')}`)
        .join('\n') +
      '\nthen run: npm run calibrate -- --snapshots DIR',
  );
  process.exit(0);
}

const { judgeStoredMessage, defaultConfig, messageRules } = await loadRules();
const rules = await messageRules(defaultConfig());
const judge = (sha, message) => judgeStoredMessage({ sha, parents: ['p'], message }, rules);

const tally = () => ({ useful: 0, vague: 0, usefulRefused: 0, vagueRefused: 0, missing: 0 });
const messagesByRepo = new Map();
for (const repo of repos) {
  const gitDir = gitDirs.get(repo);
  if (gitDir)
    messagesByRepo.set(
      repo,
      await readMessages(gitDir, [
        ...new Set(sets.flatMap((set) => set.labels.filter((label) => label.repo === repo).map((label) => label.id))),
      ]),
    );
}
for (const [index, { title, labels }] of sets.entries()) {
  if (title) console.log(`${index ? '\n' : ''}${title}`);
  reportSet(labels);
}
console.log('\nRefused over the whole first-parent history (commits that are not merges):');
for (const repo of repos) {
  const gitDir = gitDirs.get(repo);
  if (!gitDir) continue;
  const { refused, total } = await judgeHistory(gitDir);
  console.log(`${repo.padEnd(30)} ${rate(refused, total)} (${refused} of ${total})`);
}
if (absent.length) console.log(`\nNot found in ${snapshots}, left out: ${absent.join(', ')}`);

/** Prints how the rules judge one labelled set, and with --misses the commits they got wrong. */
function reportSet(labels) {
  const totals = tally();
  const misses = [];
  /** Refused and labelled, by the labeller's reason code: which kinds of message the rules get wrong. */
  const byReason = new Map();
  for (const repo of [...new Set(labels.map((label) => label.repo))]) {
    const messages = messagesByRepo.get(repo);
    if (!messages) continue;
    const counts = tally();
    for (const label of labels.filter((each) => each.repo === repo)) {
      const message = messages.get(label.id);
      if (message === undefined) {
        counts.missing++;
        continue;
      }
      const bad = judge(label.id, message);
      counts[label.label]++;
      if (bad) counts[`${label.label}Refused`]++;
      const reason = `${label.label} ${label.reason || '-'}`;
      const [refused, all] = byReason.get(reason) ?? [0, 0];
      byReason.set(reason, [refused + (bad ? 1 : 0), all + 1]);
      // A refused useful message, or a vague one let through: what the rules got wrong.
      if (Boolean(bad) !== (label.label === 'vague')) {
        misses.push({
          repo,
          label,
          rule: bad ? bad.problems.map((problem) => problem.rule).join(',') : '(accepted)',
          subject: message.split('\n')[0],
        });
      }
    }
    for (const key of Object.keys(totals)) totals[key] += counts[key];
    console.log(`${repo.padEnd(30)} ${line(counts)}`);
  }
  console.log(`${'all'.padEnd(30)} ${line(totals)}`);
  console.log(
    `\nuseful refused: ${rate(totals.usefulRefused, totals.useful)}   vague refused: ${rate(totals.vagueRefused, totals.vague)}`,
  );
  console.log(
    `by reason code: ${[...byReason]
      .sort()
      .map(([reason, [refused, all]]) => `${reason} ${refused}/${all}`)
      .join(', ')}`,
  );
  if (options.misses) {
    console.log('\nMisjudged (label, reason code, rule that fired or "(accepted)", commit, subject):');
    for (const { repo, label, rule, subject } of misses) {
      console.log(
        `${label.label.padEnd(6)} ${(label.reason ?? '').padEnd(2)} ${rule.padEnd(40)} ${repo} ${label.id.slice(0, 10)}  ${subject}`,
      );
    }
  }
}

function line(counts) {
  return (
    `useful ${String(counts.useful).padStart(3)} refused ${String(counts.usefulRefused).padStart(3)}   ` +
    `vague ${String(counts.vague).padStart(3)} refused ${String(counts.vagueRefused).padStart(3)}` +
    (counts.missing ? `   not in snapshot ${counts.missing}` : '')
  );
}

function rate(part, whole) {
  return whole ? `${((100 * part) / whole).toFixed(1)}%` : 'n/a';
}

/** `repo<TAB>commit<TAB>useful|vague[<TAB>reason]` lines; `#` starts a comment. */
function readLabels(file) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((text) => text.trim() && !text.startsWith('#'))
    .map((text, index) => {
      const [repo, id, label, reason] = text.split('\t');
      if (
        !/^[\w.-]+\/[\w.-]+$/.test(repo ?? '') ||
        !/^[0-9a-f]{40}$/.test(id ?? '') ||
        !['useful', 'vague'].includes(label)
      ) {
        throw new Error(`${file}: line ${index + 1} is not "owner/name<TAB>commit<TAB>useful|vague"`);
      }
      return { repo, id, label, reason };
    });
}

/** A bare clone or a checkout of owner/name, under the names `git clone` or a snapshot tool give it. */
function findGitDir(folder, repo) {
  const [owner, name] = repo.split('/');
  const bases = [
    `${owner}+${name}`,
    `${owner}+${name}.git`,
    join(owner, name),
    join(owner, `${name}.git`),
    name,
    `${name}.git`,
  ];
  for (const base of bases) {
    for (const inner of ['', 'repo', '.git', join('repo', '.git')]) {
      const dir = join(folder, base, inner);
      if (
        existsSync(join(dir, 'HEAD')) &&
        existsSync(join(dir, 'objects')) &&
        statSync(join(dir, 'objects')).isDirectory()
      )
        return dir;
    }
  }
  return undefined;
}

/** The rules as the hooks run them: src/ bundled to a temporary CommonJS file. */
async function loadRules() {
  const { build } = await import('esbuild');
  const dir = mkdtempSync(join(tmpdir(), 'stageflow-calibrate-'));
  try {
    const outfile = join(dir, 'rules.cjs');
    await build({
      stdin: {
        contents:
          "export { judgeStoredMessage } from './src/core/message/judge-commits.ts';\nexport { defaultConfig } from './src/core/config/defaults.ts';\nexport { messageRules } from './src/config/message-rules.ts';\n",
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      outfile,
      logLevel: 'warning',
    });
    return createRequire(import.meta.url)(outfile);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every message of `ids` with one `git cat-file --batch`. */
async function readMessages(gitDir, ids) {
  const out = await git(gitDir, ['cat-file', '--batch'], ids.map((id) => `${id}\n`).join(''));
  const messages = new Map();
  let at = 0;
  while (at < out.length) {
    const end = out.indexOf(10, at);
    const [id, type, size] = out.subarray(at, end).toString().split(' ');
    if (type === 'missing' || size === undefined) {
      at = end + 1;
      continue;
    }
    const body = out.subarray(end + 1, end + 1 + Number(size));
    at = end + 1 + Number(size) + 1;
    if (type !== 'commit') continue;
    const split = body.indexOf('\n\n');
    messages.set(id, split === -1 ? '' : body.subarray(split + 2).toString('utf8'));
  }
  return messages;
}

/** The share of first-parent, non-merge commits the rules refuse, with one `git log`. */
async function judgeHistory(gitDir) {
  const out = (await git(gitDir, ['log', '--first-parent', '--no-merges', '--format=%H%x00%B%x00'])).toString('utf8');
  const fields = out.split('\0');
  let refused = 0;
  let total = 0;
  for (let index = 0; index + 1 < fields.length; index += 2) {
    const sha = fields[index].trim();
    total++;
    if (judge(sha, fields[index + 1])) refused++;
  }
  return { refused, total };
}

function git(gitDir, args, input) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('GIT_')));
  return new Promise((resolvePromise, reject) => {
    const child = spawn('git', ['--git-dir', gitDir, ...args], {
      env,
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    const chunks = [];
    let stderr = '';
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolvePromise(Buffer.concat(chunks))
        : reject(new Error(`git ${args[0]} in ${gitDir} failed: ${stderr}`)),
    );
    // A git that stops early closes its input; its exit code says why.
    child.stdin?.on('error', () => {});
    child.stdin?.end(input);
  });
}
