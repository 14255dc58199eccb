// Whole-process timing: every case is a command spawned from scratch, the way git runs a hook.
// Cases are interleaved round by round (in a shuffled order each round), so that noise from
// other work on the machine falls on all of them alike; the median of each case is reported.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * @typedef {object} Case
 * @property {string} name
 * @property {string} command
 * @property {string[]} args
 * @property {string} cwd
 * @property {NodeJS.ProcessEnv} env
 * @property {string} [input]
 * @property {() => void} [before]  untimed preparation run just before each timed run
 */

/** Runs a case once and throws unless it exits 0: a refusing hook would measure the wrong thing. */
export function runOnce(testCase, extra = {}) {
  const result = spawnSync(extra.command ?? testCase.command, extra.args ?? testCase.args, {
    cwd: testCase.cwd,
    env: { ...testCase.env, ...extra.env },
    input: testCase.input ?? '',
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`bench case "${testCase.name}" exited ${result.status}:\n${result.stdout}${result.stderr}`);
  }
  return result;
}

function timeOnce(testCase) {
  testCase.before?.();
  const start = process.hrtime.bigint();
  runOnce(testCase);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Milliseconds per case name: `rounds` timed runs each, after `warmup` untimed rounds. */
export function timeInterleaved(cases, { rounds, warmup = 2 }) {
  const samples = new Map(cases.map((c) => [c.name, []]));
  for (let round = 0; round < warmup + rounds; round++) {
    for (const testCase of shuffled(cases)) {
      const ms = timeOnce(testCase);
      if (round >= warmup) samples.get(testCase.name).push(ms);
    }
  }
  return new Map([...samples].map(([name, values]) => [name, median(values)]));
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function shuffled(items) {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

const GNU_TIME = '/usr/bin/time';
const RSS_PRELOAD = join(import.meta.dirname, 'report-rss.cjs');

/**
 * Peak RSS in KiB of a case's process, median of `runs`. Uses GNU time when the machine has
 * it; otherwise a preload that reports node's own process.resourceUsage().maxRSS at exit.
 * Either way `node -e 0` is measured the same way, so the ratio is fair.
 */
export function peakRss(testCase, runs) {
  const values = [];
  const dir = mkdtempSync(join(tmpdir(), 'stageflow-bench-rss-'));
  try {
    for (let i = 0; i < runs; i++) {
      const out = join(dir, `rss-${i}`);
      if (gnuTimeWorks()) {
        runOnce(testCase, { command: GNU_TIME, args: ['-f', '%M', '-o', out, testCase.command, ...testCase.args] });
      } else {
        const options = `${testCase.env.NODE_OPTIONS ?? ''} --require ${RSS_PRELOAD}`.trim();
        runOnce(testCase, { env: { NODE_OPTIONS: options, STAGEFLOW_BENCH_RSS_FILE: out } });
      }
      values.push(Number(readFileSync(out, 'utf8').trim().split('\n').pop()));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return median(values);
}

let gnuTime;
export function gnuTimeWorks() {
  if (gnuTime === undefined) {
    gnuTime = existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-f', '%M', 'true'], { encoding: 'utf8' }).status === 0;
  }
  return gnuTime;
}
