/** A command given options it does not take, or too few: git's way, the problem then the usage. */
export function badArgumentsText(command: string, problem: string, usage: string): string {
  return `stageflow: ${command}: ${problem}\n${usage}`;
}

export function unknownOptionText(
  command: string,
  option: string,
  closest: string | undefined,
  known: readonly string[],
  usage: string,
): string {
  const hint =
    closest !== undefined
      ? `; did you mean ${closest}?`
      : `; ${command} takes ${known.filter((name) => name.startsWith('--')).join(', ')}`;
  return badArgumentsText(command, `unknown option ${option}${hint}`, usage);
}

/** node's parseArgs errors other than an unknown option, in stageflow's words where node's are unclear. */
export function parseProblemText(code: string | undefined, nodeText: string): string {
  const option = /'(-{1,2}[^' ]+)/.exec(nodeText)?.[1];
  const argument = /argument '([^']*)'/i.exec(nodeText)?.[1];
  // node's one code for both: `--ci` without its value, and `--json=x` given to a flag.
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option !== undefined) {
    return /does not take an argument/.test(nodeText)
      ? `${option} takes no value`
      : `${option} needs a value, e.g. ${option} <value>`;
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' && argument !== undefined)
    return `unexpected argument "${argument}": this command takes options only`;
  return nodeText;
}

export function unknownCommandText(name: string, closest: string | undefined): string {
  const hint = closest !== undefined ? `\n  Did you mean: npx stageflow ${closest}` : '';
  return `stageflow: unknown command "${name}".${hint}\n  See the commands with: npx stageflow --help\n`;
}
