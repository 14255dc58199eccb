#!/usr/bin/env node
// Draws a stratified calibration sample from local snapshots of the five histories, as
// docs/rules.md "The sample" describes, and prints only `repo<TAB>commit` lines: the messages
// stay in the public histories, never in this repository.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const REPOS = [
  'serverless/serverless',
  'middyjs/middy',
  'dherault/serverless-offline',
  'getlift/lift',
  'serverless/examples',
];

const USAGE = `usage: node scripts/draw-sample.mjs --snapshots DIR --seed S [--exclude FILE]... [--short N] [--other N] [--tiny N]

Prints repo<TAB>commit for, in each history (first-parent, non-merge commits of the default
branch), in order of SHA-256(seed + commit id): the first N short subjects, the first N others,
then the first N more of at most two words (versions and dependency updates aside).
Commits listed in an --exclude file (repo<TAB>commit lines) are never drawn.`;

const { values } = parseArgs({
  options: {
    snapshots: { type: 'string' },
    seed: { type: 'string' },
    exclude: { type: 'string', multiple: true, default: [] },
    short: { type: 'string', default: '24' },
    other: { type: 'string', default: '24' },
    tiny: { type: 'string', default: '12' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help || !values.snapshots || !values.seed) {
  process.stderr.write(`${USAGE}\n`);
  process.exit(values.help ? 0 : 2);
}

const counts = {};
for (const name of ['short', 'other', 'tiny']) {
  const n = Number(values[name]);
  if (!Number.isInteger(n) || n < 0) {
    process.stderr.write(`--${name} must be a whole number, got "${values[name]}"\n`);
    process.exit(2);
  }
  counts[name] = n;
}

const excluded = new Set();
for (const file of values.exclude) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [repo, commit] = line.split('\t');
    excluded.add(`${repo}\t${commit}`);
  }
}

// A snapshot is DIR/owner+name, either a bare clone itself or holding one in repo/.
function gitDir(repo) {
  const base = join(values.snapshots, repo.replace('/', '+'));
  for (const dir of [join(base, 'repo'), base]) {
    if (existsSync(join(dir, 'HEAD'))) return dir;
  }
  process.stderr.write(`no snapshot of ${repo} under ${values.snapshots} (looked for ${base})\n`);
  process.exit(1);
}

function history(dir) {
  const out = execFileSync(
    'git',
    ['--git-dir', dir, 'log', '--first-parent', '--no-merges', '--format=%H%x00%s%x00', 'HEAD'],
    { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const fields = out.split('\0');
  const commits = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    commits.push({ commit: fields[i].trim(), subject: fields[i + 1] });
  }
  return commits;
}

const PREFIX = /^[A-Za-z]+(\([^)]*\))?!?:\s*/;
const VERSION = /\d+\.\d+/;
const DEPENDENCY = /\b(deps?|dependency|dependencies|bump|bumps|bumped|upgrade|lock ?file|package-lock|yarn\.lock)\b/i;

function words(text) {
  return text.split(/\s+/).filter(Boolean);
}

function isShort(subject) {
  const text = subject.replace(PREFIX, '').trim();
  return words(text).length <= 3 || text.length < 20;
}

function isTiny(subject) {
  const text = subject.replace(PREFIX, '').trim();
  return words(text).length <= 2 && !VERSION.test(subject) && !DEPENDENCY.test(subject);
}

function rank(commit) {
  return createHash('sha256')
    .update(values.seed + commit)
    .digest('hex');
}

for (const repo of REPOS) {
  const ordered = history(gitDir(repo))
    .filter((c) => !excluded.has(`${repo}\t${c.commit}`))
    .map((c) => ({ ...c, rank: rank(c.commit) }))
    .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0));
  const taken = new Set();
  const take = (n, keep) => {
    const picked = [];
    for (const c of ordered) {
      if (picked.length === n) break;
      if (!taken.has(c.commit) && keep(c.subject)) picked.push(c.commit);
    }
    for (const commit of picked) taken.add(commit);
    return picked;
  };
  const drawn = [
    ...take(counts.short, isShort),
    ...take(counts.other, (s) => !isShort(s)),
    ...take(counts.tiny, isTiny),
  ];
  for (const commit of drawn) process.stdout.write(`${repo}\t${commit}\n`);
}
