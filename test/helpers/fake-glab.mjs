#!/usr/bin/env node
// A stand-in for `glab api` over one project's protection, kept in $FAKE_GLAB_STATE (a JSON file:
// protected branches by name, stored and answered in the shape GitLab returns them, approval rules,
// project and approval settings). Endpoints arrive with glab's :id placeholder, as the printed
// commands pass them.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';

const file = process.env.FAKE_GLAB_STATE;
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const input = args.includes('--input') ? readFileSync(0, 'utf8') : undefined;
appendFileSync(`${file}.log`, `${JSON.stringify({ args, input })}\n`);

if (args[0] !== 'api') fail(`fake glab: only "glab api" is faked, got: ${args.join(' ')}`);
if (input !== undefined && !args.join(' ').includes('Content-Type: application/json'))
  fail('fake glab: a JSON body without its Content-Type');
const method = option('--method') ?? 'GET';
const endpoint = args
  .slice(1)
  .find((arg, i, rest) => !arg.startsWith('-') && !['--method', '--input', '-H'].includes(rest[i - 1]));
const LEVELS = { 0: 'No one', 30: 'Developers + Maintainers', 40: 'Maintainers' };
let nextId = 7001;
const access = (level) => [
  {
    id: nextId++,
    access_level: level,
    access_level_description: LEVELS[level],
    user_id: null,
    group_id: null,
    deploy_key_id: null,
  },
];
/** A protected branch as GET /projects/:id/protected_branches returns it, from the body that created it. */
const protectedBranch = (request, id) => ({
  id,
  name: request.name,
  push_access_levels: access(request.push_access_level ?? 40),
  merge_access_levels: access(request.merge_access_level ?? 40),
  unprotect_access_levels: access(request.unprotect_access_level ?? 40),
  allow_force_push: request.allow_force_push ?? false,
  code_owner_approval_required: false,
});
const state = JSON.parse(readFileSync(file, 'utf8'));
const body = input === undefined ? undefined : JSON.parse(input);
const branch = /^projects\/:id\/protected_branches\/(.+)$/.exec(endpoint);
const rule = /^projects\/:id\/approval_rules\/(\d+)$/.exec(endpoint);

let answer;
if (branch && method === 'GET') answer = state.branches[decodeURIComponent(branch[1])] ?? fail('404 Not Found');
else if (branch && method === 'DELETE') {
  if (!state.branches[decodeURIComponent(branch[1])]) fail('404 Not Found');
  delete state.branches[decodeURIComponent(branch[1])];
  answer = '';
} else if (endpoint === 'projects/:id/protected_branches' && method === 'POST') {
  if (state.branches[body.name]) fail('409 Protected branch already exists');
  answer = state.branches[body.name] = protectedBranch(body, 100 + Object.keys(state.branches).length);
} else if (endpoint === 'projects/:id/protected_branches' && method === 'GET') answer = Object.values(state.branches);
else if (endpoint === 'projects/:id' && method === 'PUT') answer = state.project = { ...state.project, ...body };
else if (endpoint === 'projects/:id/approvals' && method === 'PUT')
  answer = state.approvals = { ...state.approvals, ...body };
else if (endpoint === 'projects/:id/approval_rules' && method === 'GET') answer = state.rules;
else if (endpoint === 'projects/:id/approval_rules' && method === 'POST') {
  answer = { id: 500 + state.rules.length, ...body };
  state.rules.push(answer);
} else if (rule && method === 'PUT') {
  const found = state.rules.find((item) => item.id === Number(rule[1])) ?? fail('404 Not Found');
  answer = Object.assign(found, body);
} else fail(`fake glab: no such endpoint: ${method} ${endpoint}`);
writeFileSync(file, JSON.stringify(state));
process.stdout.write(`${JSON.stringify(answer)}\n`);

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}
