/** The option names a parseArgs-style table accepts, with their dashes: `--json`, `-h`. */
export function optionNames(
  options: Readonly<Record<string, { readonly short?: string; readonly type?: string }>>,
): string[] {
  return Object.entries(options).flatMap(([name, option]) => [
    `--${name}`,
    ...(option.short ? [`-${option.short}`] : []),
  ]);
}

/** The first argument (before `--`) that looks like an option the table does not know, as typed without any `=value`. */
export function firstUnknownOption(args: readonly string[], known: readonly string[]): string | undefined {
  for (const arg of args) {
    if (arg === '--') return undefined;
    if (!arg.startsWith('-') || arg === '-') continue;
    const name = arg.startsWith('--') ? arg.split('=')[0]! : arg.slice(0, 2);
    if (!known.includes(name)) return name;
  }
  return undefined;
}
