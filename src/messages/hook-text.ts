const HOOKS_LINE = 'pre-commit, pre-merge-commit, commit-msg and pre-push';
const CALLS =
  '  In .husky/<hook>, call it as: stageflow hook pre-commit | stageflow hook pre-merge-commit | stageflow hook commit-msg "$1" | stageflow hook pre-push "$@"';

export function hookHelpText(): string {
  return `Usage: stageflow hook <name> [--project <dir>] [args]

Runs one of stageflow's git hooks; the files in .husky/ that \`npx stageflow init\` writes call it,
so you do not run it yourself. The hooks:
  pre-commit                refuse commits on main and stage/<stage-name>; commit on work/<engineer>/<change>
  pre-merge-commit          the same for merges made without a conflict
  commit-msg <file>         judge the message git wrote to <file> against the message rules
  pre-push <remote> <url>   refuse pushes to main and stages, and commits with bad messages
  --project <dir>           read the config of the package in <dir> (below the repository root)

To see whether they run in this repository: npx stageflow doctor
`;
}

export function unknownHookText(name: string): string {
  return `stageflow: unknown hook "${name}"; stageflow runs ${HOOKS_LINE}.\n${CALLS}\n  See: npx stageflow hook --help`;
}
