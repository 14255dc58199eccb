#!/usr/bin/env node
// A stand-in for `gh api` over one repository's rulesets, kept in $FAKE_GH_STATE (a JSON file):
// the list endpoint answers summaries without rules, as GitHub does; --jq runs through real jq.
// Every call is appended to $FAKE_GH_STATE.log, with its standard input.
import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';

const state = process.env.FAKE_GH_STATE;
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const input = args.includes('--input') ? readFileSync(0, 'utf8') : undefined;
appendFileSync(`${state}.log`, `${JSON.stringify({ args, input })}\n`);

if (args[0] !== 'api') fail(`fake gh: only "gh api" is faked, got: ${args.join(' ')}`);
const method = option('--method') ?? 'GET';
const endpoint = args
  .slice(1)
  .find((arg, i, rest) => !arg.startsWith('-') && !['--method', '--jq', '--input'].includes(rest[i - 1]));
const rulesets = JSON.parse(readFileSync(state, 'utf8'));
const list = /^repos\/\{owner\}\/\{repo\}\/rulesets(\?.*)?$/.test(endpoint);
const one = /^repos\/\{owner\}\/\{repo\}\/rulesets\/(\d+)$/.exec(endpoint);

let answer;
if (list && method === 'GET')
  answer = rulesets.map(
    ({ id, name, target, source_type, source, enforcement, node_id, _links, created_at, updated_at }) => ({
      id,
      name,
      target,
      source_type,
      source,
      enforcement,
      node_id,
      _links,
      created_at,
      updated_at,
    }),
  );
else if (list && method === 'POST') {
  answer = { ...JSON.parse(input), id: 1000 + rulesets.length, source_type: 'Repository', source: 'acme/service' };
  rulesets.push(answer);
} else if (one && method === 'GET')
  answer = rulesets.find((ruleset) => ruleset.id === Number(one[1])) ?? fail('gh: Not Found (HTTP 404)');
else if (one && method === 'PUT') {
  const index = rulesets.findIndex((ruleset) => ruleset.id === Number(one[1]));
  if (index < 0) fail('gh: Not Found (HTTP 404)');
  answer = rulesets[index] = { ...rulesets[index], ...JSON.parse(input) };
} else fail(`fake gh: no such endpoint: ${method} ${endpoint}`);
writeFileSync(state, JSON.stringify(rulesets));

const jq = option('--jq');
if (jq === undefined) process.stdout.write(`${JSON.stringify(answer)}\n`);
else {
  const result = spawnSync('jq', ['-r', jq], { input: JSON.stringify(answer), encoding: 'utf8' });
  if (result.status !== 0) fail(`fake gh: jq failed on ${jq}: ${result.stderr}`);
  process.stdout.write(result.stdout);
}

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}
