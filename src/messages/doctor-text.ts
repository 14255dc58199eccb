import type { Advice, Diagnosis, Finding, LostInput, TurnOn } from '../core/doctor/finding.js';
import { gitHooksOffText } from './init-text.js';
import { type Report, renderNotice, renderReport, shellQuote } from './render.js';

/** Where the user stands: how to reach the package and the git root from the current directory. */
export interface Whereabouts {
  /** `cd frontend && ` or ''. */
  toPackage: string;
  /** A path relative to the git root, as seen from the current directory. */
  fromRoot: (path: string) => string;
}

/** The `cd <package> && ` that leads a command run in the package, or '' when already there. */
export function toPackageText(packageRel: string): string {
  return packageRel === '' ? '' : `cd ${shellQuote(packageRel)} && `;
}

export function doctorHelpText(): string {
  return 'Usage: stageflow doctor\n\nChecks why the hooks would not run here, and prints the command that fixes each problem.\nExit code 0 only when everything is in order.\n';
}

const HOOK_PATH =
  "git runs hooks with the git root as the current directory, and stageflow's runner starts stageflow from there";
const GUI_NOTE =
  'GUI git clients and nvm: a hook started by a GUI client does not read your shell profile, so node may be missing there too; ' +
  'husky runs ~/.config/husky/init.sh before every hook: put the lines that set up node in it, e.g. for nvm: export NVM_DIR="$HOME/.nvm"; . "$NVM_DIR/nvm.sh"';

function turnOn(where: Whereabouts, how: TurnOn): Report['fixes'] {
  switch (how) {
    case 'prepare':
      return [
        {
          say: "Run the prepare script, which runs husky and writes stageflow's hook runner (npm install runs it too):",
          commands: [`${where.toPackage}npm run prepare`],
        },
      ];
    case 'install':
      return [
        {
          say: 'husky is in package.json but not installed here; install the packages (npm then runs the prepare script, which turns the hooks on):',
          commands: [`${where.toPackage}npm install`],
        },
      ];
    case 'install-husky':
      // `npm install <package>` does not run the project's prepare script; only a plain `npm install` does.
      return [
        {
          say: 'husky is not installed (no node_modules/husky), so the prepare script cannot run it; add it, then run the prepare script:',
          commands: [`${where.toPackage}npm install -D husky`, `${where.toPackage}npm run prepare`],
        },
      ];
    case 'init':
      return [
        {
          say: "package.json has no prepare script that installs stageflow's hook runner (stageflow install-hooks); set it up (it keeps your own .husky lines):",
          commands: [`${where.toPackage}npx stageflow init`],
        },
      ];
  }
}

const LOST_INPUT: Record<LostInput, { what: string; effect: string; why: string }> = {
  'message-file': {
    what: '"$1"',
    effect: 'every commit fails: stageflow gets no message file to read',
    why: 'passes the commit-msg hook the path of the message file as its first argument ("$1")',
  },
  'remote-arguments': {
    what: '"$@"',
    effect: 'a push cannot be judged for the remote it goes to, and is refused',
    why: 'passes the pre-push hook the remote\'s name and URL as its arguments ("$@")',
  },
  stdin: {
    what: 'its standard input',
    effect: 'stageflow never sees the refs of a push, and refuses it',
    why: "writes the refs being pushed to the pre-push hook's standard input, which the line takes from elsewhere (a < redirection or a pipe)",
  },
};

function findingReport(finding: Finding, where: Whereabouts): Report {
  switch (finding.kind) {
    case 'not-a-repository':
      return {
        title: `${finding.cwd} is not inside a git repository`,
        details: ['git hooks belong to a repository; here there is nothing for them to guard.'],
        fixes: [
          {
            say: 'Run doctor in your clone of the project, or create a repository and set stageflow up:',
            commands: ['git init', 'npx stageflow init'],
          },
        ],
      };
    case 'no-package-json':
      return {
        title: `no package.json in ${finding.cwd} or above it in this repository`,
        details: [
          'The hooks are installed by the prepare script of package.json, which npm runs on every npm install.',
          'If the package.json is in a folder below (a package of a monorepo), run doctor in that folder.',
        ],
        fixes: [
          {
            say: 'Or create one and set stageflow up:',
            commands: ['npm init -y', 'npm install -D husky stageflow', 'npx stageflow init'],
          },
        ],
      };
    case 'hooks-path-elsewhere':
      return {
        title: `core.hooksPath is "${finding.actual}", so git runs hooks from there, not from ${finding.expected} where stageflow's runner is`,
        details: [
          "git runs hooks from one folder only. A plain npx husky (or a setup from before stageflow's runner), another hook manager or your global git config set it; husky's stubs there check nothing on a checkout without .husky/.",
          "The prepare script (stageflow install-hooks) removes the repository's own core.hooksPath, or writes git's own folder there when a global one would win.",
        ],
        fixes: turnOn(where, finding.turnOn),
      };
    case 'runner-missing':
      return {
        title: `${finding.paths.join(', ')} ${finding.paths.length === 1 ? 'is' : 'are'} missing, so git finds no ${finding.hooks.join(', ')} hook`,
        details: [
          "The prepare script writes stageflow's runner into git's own hooks folder each time npm install runs; in this clone that has not happened (npm install --ignore-scripts, HUSKY=0, or no npm install yet).",
        ],
        fixes: turnOn(where, finding.turnOn),
      };
    case 'runner-not-executable':
      return {
        title: `${finding.path} is not executable, so git skips the ${finding.hook} hook (with only a hint, if any)`,
        fixes: [{ say: 'Make it executable:', commands: [`chmod +x ${shellQuote(where.fromRoot(finding.path))}`] }],
      };
    case 'runner-not-stageflow':
      return {
        title: `${finding.paths.join(', ')} ${finding.paths.length === 1 ? 'is' : 'are'} not stageflow's hook runner, so the guard is off on any checkout without .husky/ (and stageflow may not see git's ref lines on pre-push)`,
        details: [
          'A hook that runs .husky/<hook> checks nothing when the checked-out branch has no such file: a branch cut before the project adopted stageflow, an orphan branch, a sparse checkout.',
          "stageflow's runner, written by the prepare script (stageflow install-hooks) into git's own folder, runs the check whatever is checked out.",
        ],
        fixes: turnOn(where, finding.turnOn),
      };
    case 'pre-push-starved':
      return {
        title: `${finding.path} runs "${finding.reader}" before "${finding.line}": git sends the ref lines once, so stageflow reads none and cannot check the push`,
        details: [
          "stageflow's runner keeps git's ref lines and gives every reader all of them; this hook is run by husky's stub instead.",
        ],
        fixes: turnOn(where, 'init'),
      };
    case 'hook-line-input':
      return {
        title: `${finding.path} calls stageflow without ${LOST_INPUT[finding.lost].what}, so ${LOST_INPUT[finding.lost].effect}`,
        details: [`Line ${finding.lineNumber}: ${finding.line}`, `git ${LOST_INPUT[finding.lost].why}.`],
        fixes: [{ say: `Replace line ${finding.lineNumber} of ${finding.path} with:`, commands: [finding.fixed] }],
      };
    case 'binary-missing':
      return {
        title: `the ${finding.hooks.join(', ')} hook${finding.hooks.length === 1 ? '' : 's'} start${finding.hooks.length === 1 ? 's' : ''} "${finding.command}", which is missing, so ${finding.hooks.length === 1 ? 'it stops' : 'they stop'} every commit and push with an internal error`,
        details: [
          `${HOOK_PATH}; stageflow is not installed there${finding.packagePath ? ` (a package below the root has it in ${finding.packagePath}/node_modules)` : ''}.`,
        ],
        fixes: [
          finding.listed
            ? {
                say: "package.json lists stageflow; install the project's packages:",
                commands: [`${where.toPackage}npm install`],
              }
            : { say: 'Add stageflow to the project:', commands: [`${where.toPackage}npm install -D stageflow`] },
        ],
        footnote: GUI_NOTE,
      };
    case 'config-invalid':
      return {
        title: 'the stageflow config is invalid, so every hook stops with an error until it is fixed',
        // The message is loadConfig's, which names stageflow already, like the title does.
        details: finding.message.replace(/^stageflow: /, '').split('\n'),
      };
    case 'husky-disabled-env':
      return {
        title: 'HUSKY=0 is set in this shell, so husky skips every hook',
        fixes: [{ say: 'Turn the hooks back on:', commands: ['unset HUSKY'] }],
      };
    case 'husky-disabled-init':
      return {
        title: `${finding.path} sets HUSKY=0, so husky skips every hook on this machine`,
        fixes: [{ say: 'Remove that line:', commands: [`sed -i.bak '/HUSKY=0/d' ${shellQuote(finding.path)}`] }],
      };
  }
}

function adviceText(advice: Advice): string {
  if (advice.kind === 'git-hooks-off') return renderNotice(`warning: ${gitHooksOffText(advice)}`);
  if (advice.kind === 'leftover-line') {
    return renderNotice(
      `${advice.path} still runs "${advice.line}": stageflow's runner checks already, so that line does nothing but start node. Remove it (your other lines stay) with: npx stageflow init`,
    );
  }
  return renderNotice(
    `node runs from a version manager here; GUI git clients do not load it, so their hooks may not find node. ` +
      `husky runs ${advice.initSh} before every hook; for nvm, put into it:\n    export NVM_DIR="$HOME/.nvm"\n    . "$NVM_DIR/nvm.sh"`,
  );
}

export function doctorText(diagnosis: Diagnosis, where: Whereabouts, runnerDir: string): string {
  const advice = diagnosis.advice.map(adviceText).join('');
  if (diagnosis.findings.length === 0) {
    return `stageflow doctor: all in order.\n  git runs hooks from ${runnerDir}, where npm install wrote stageflow's runner: git's own folder, which no branch, sparse checkout or git clean touches.\n  For pre-commit, pre-merge-commit, commit-msg and pre-push it runs your own .husky/<hook> lines first, then stageflow's check, whatever is checked out.\n  stageflow is installed where the runner starts it, and the config is valid.\n${advice}`;
  }
  const reports = groupByFix(diagnosis.findings.map((finding) => findingReport(finding, where))).join('');
  const count = diagnosis.findings.length;
  return `${reports}${advice}stageflow doctor: ${count} problem${count === 1 ? '' : 's'} found; the hooks do not run as they should until ${count === 1 ? 'it is' : 'they are'} fixed.\n`;
}

/**
 * Problems with the same fix (core.hooksPath elsewhere and the runners missing, after
 * `npm install --ignore-scripts`) are shown together, the fix once, after the last of them.
 */
function groupByFix(reports: Report[]): string[] {
  const groups = new Map<string, Report[]>();
  reports.forEach((report, at) => {
    const key = report.fixes?.length ? JSON.stringify(report.fixes) : `#${at}`;
    groups.set(key, [...(groups.get(key) ?? []), report]);
  });
  return [...groups.values()].map((group) =>
    group.map((report, at) => renderReport(at === group.length - 1 ? report : { ...report, fixes: [] })).join(''),
  );
}
