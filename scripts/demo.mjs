// npm run demo: builds stageflow, makes a throwaway service with a bare remote in a temp folder,
// runs `stageflow init` in it, and walks through the strategy with real git, printing each command
// and what stageflow answered. Everything it made is removed at the end.
// STAGEFLOW_DEMO_CLI=<path to cli.js> skips the build and uses that CLI (the tests do).
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const color = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code, text) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);

let cli = process.env.STAGEFLOW_DEMO_CLI;
if (!cli) {
  console.log(paint(2, '$ node scripts/build.mjs'));
  const built = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
  cli = join(root, 'dist', 'cli.js');
}

const temp = realpathSync(mkdtempSync(join(tmpdir(), 'stageflow-demo-')));
const cleanup = () => rmSync(temp, { recursive: true, force: true });
process.on('SIGINT', () => {
  cleanup();
  process.exit(130);
});

const home = join(temp, 'home');
mkdirSync(home);
writeFileSync(
  join(home, '.gitconfig'),
  '[user]\n\tname = Jane Doe\n\temail = jane@example.com\n[init]\n\tdefaultBranch = main\n[commit]\n\tgpgsign = false\n',
);
const env = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !key.startsWith('GIT_') && key !== 'HUSKY' && !key.startsWith('npm_')),
);
Object.assign(env, {
  HOME: home,
  XDG_CONFIG_HOME: join(home, '.config'),
  GIT_CONFIG_GLOBAL: join(home, '.gitconfig'),
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_TERMINAL_PROMPT: '0',
});
if (color) env.FORCE_COLOR = '1';

const project = join(temp, 'billing-service');
const remote = join(temp, 'billing-service.git');
let failures = 0;

/** Runs one command in the project, prints it and its answer, and checks it was accepted or refused as expected. */
function step(title, expect, command, args) {
  console.log(`\n${paint(1, `▶ ${title}`)}`);
  console.log(
    paint(
      2,
      `$ ${[command === process.execPath ? 'stageflow' : command, ...(command === process.execPath ? args.slice(1) : args)].map((a) => (/[\s"']/.test(a) ? `"${a}"` : a)).join(' ')}`,
    ),
  );
  // stdout and stderr into one file, so husky's lines and stageflow's stay in the order they came.
  const log = join(temp, 'step.log');
  const fd = openSync(log, 'w');
  const result = spawnSync(command, args, { cwd: project, env, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  const output = readFileSync(log, 'utf8').trimEnd();
  if (output) console.log(output.replace(/^/gm, '  '));
  const accepted = result.status === 0;
  const ok = (expect === 'accepted') === accepted;
  if (!ok) failures++;
  console.log(
    ok
      ? paint(accepted ? 32 : 33, accepted ? '  ✔ accepted' : '  ✔ refused, as the strategy says')
      : paint(31, `  ✖ expected it to be ${expect} (exit code ${result.status})`),
  );
}

const git = (...args) => ['git', args];
const stageflow = (...args) => [process.execPath, [cli, ...args]];

try {
  console.log(`A throwaway service in ${temp}, with a bare repository standing in for GitHub.`);
  spawnSync('git', ['init', '--bare', '-q', remote], { env });
  spawnSync('git', ['init', '-q', project], { env });
  spawnSync('git', ['remote', 'add', 'origin', remote], { cwd: project, env });
  const devDependencies = {
    husky: '^9.1.7',
    stageflow: `^${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version}`,
  };
  writeFileSync(
    join(project, 'package.json'),
    `${JSON.stringify({ name: 'billing-service', private: true, devDependencies }, null, 2)}\n`,
  );
  writeFileSync(join(project, '.gitignore'), 'node_modules/\n');
  writeFileSync(join(project, 'handler.js'), 'export const handler = async () => ({ statusCode: 200 });\n');
  // What `npm install -D husky stageflow` would put there, linked to this checkout to stay offline.
  mkdirSync(join(project, 'node_modules', '.bin'), { recursive: true });
  symlinkSync(join(root, 'node_modules', 'husky'), join(project, 'node_modules', 'husky'));
  symlinkSync(cli, join(project, 'node_modules', '.bin', 'stageflow'));

  step('Set the project up: prepare script, hooks turned on', 'accepted', ...stageflow('init'));
  step('Stage the setup', 'accepted', ...git('add', '-A'));
  step(
    'Commit it: the first commit of a repository may go to main (the bootstrap)',
    'accepted',
    ...git('commit', '-q', '-m', 'Set up the billing service with stageflow'),
  );
  step('Publish main once', 'accepted', ...git('push', '-q', 'origin', 'main'));
  writeFileSync(
    join(project, 'handler.js'),
    'export const handler = async () => ({ statusCode: 200, body: "invoice" });\n',
  );
  step('A commit on main is refused', 'refused', ...git('commit', '-a', '-m', 'Return the invoice from the handler'));
  step(
    'Cut a stage for the feature from main (deployed as: serverless deploy --stage invoices)',
    'accepted',
    ...git('switch', '-q', '-c', 'stage/invoices'),
  );
  step('Publish the stage', 'accepted', ...git('push', '-q', 'origin', 'stage/invoices'));
  step(
    'Start a work branch from the stage (the change comes along)',
    'accepted',
    ...git('switch', '-q', '-c', 'work/jane-doe/return-invoice'),
  );
  step('A vague message is refused', 'refused', ...git('commit', '-a', '-m', 'wip'));
  step(
    'A described change is committed',
    'accepted',
    ...git('commit', '-q', '-a', '-m', 'Return the invoice from the handler'),
  );
  step(
    'Pushing the work straight to main is refused',
    'refused',
    ...git('push', 'origin', 'work/jane-doe/return-invoice:main'),
  );
  step(
    'The work branch is pushed, ready for a pull request into stage/invoices',
    'accepted',
    ...git('push', '-q', '-u', 'origin', 'work/jane-doe/return-invoice'),
  );
  step('Check the setup', 'accepted', ...stageflow('doctor'));
} finally {
  cleanup();
}
console.log(
  failures === 0 && !existsSync(temp)
    ? `\nDone; ${temp} is removed.`
    : paint(31, `\n${failures} step(s) did not go as expected.`),
);
process.exitCode = failures === 0 ? 0 : 1;
