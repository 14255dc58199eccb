/**
 * git's parse-options, far enough to read one command's options as git does: bundled short
 * options, attached values, unique abbreviations of long names, `--no-`. A command's table says
 * which options take a value, so that every value is consumed as git consumes it.
 */

type Kind = 'flag' | 'count' | 'value' | 'optional-value';

export interface OptionSpec {
  /** Empty for an option with only a short name (`git merge -n`). */
  long: string;
  short?: string;
  kind: Kind;
  negatable: boolean;
}

/** What the options said: `-m` values in order, `-e`/`--no-edit`, the `-v` count, and each other option's last value. */
export interface OptionState {
  messages: string[];
  values: Map<string, string | undefined>;
  edit: boolean | undefined;
  verbose: number | undefined;
}

/** A table row: `[long, short, kind]`, where a kind ending in `!` cannot be negated (PARSE_OPT_NONEG). */
export function optionSpec([long, short, kind]: readonly string[]): OptionSpec {
  return {
    long: long!,
    short: short || undefined,
    kind: kind!.replace('!', '') as Kind,
    negatable: !kind!.endsWith('!'),
  };
}

/** The options in `args` as git reads them with `table`; undefined for any git would refuse or that this cannot place. */
export function readOptions(table: readonly OptionSpec[], args: readonly string[]): OptionState | undefined {
  const state: OptionState = { messages: [], values: new Map(), edit: undefined, verbose: undefined };
  for (let at = 0; at < args.length; at++) {
    const arg = args[at]!;
    if (arg === '--' || arg === '--end-of-options') break;
    if (arg === '-' || !arg.startsWith('-')) continue;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq === -1 ? undefined : eq);
      const found = longOption(table, name);
      if (!found) return undefined;
      const { spec, unset } = found;
      let value: string | undefined = eq === -1 ? undefined : arg.slice(eq + 1);
      if (unset || spec.kind === 'flag' || spec.kind === 'count') {
        if (value !== undefined) return undefined;
      } else if (spec.kind === 'value' && value === undefined) {
        if (at + 1 >= args.length) return undefined;
        value = args[++at];
      }
      apply(state, spec, unset, value);
      continue;
    }
    for (let char = 1; char < arg.length; char++) {
      const spec = table.find((option) => option.short === arg[char]);
      if (!spec) return undefined;
      if (spec.kind === 'flag' || spec.kind === 'count') {
        apply(state, spec, false, undefined);
        continue;
      }
      let value: string | undefined = arg.slice(char + 1);
      if (spec.kind === 'value' && value === '') {
        if (at + 1 >= args.length) return undefined;
        value = args[++at];
      }
      apply(state, spec, false, spec.kind === 'optional-value' && value === '' ? undefined : value);
      break;
    }
  }
  return state;
}

/** parse-options' long option lookup: an exact name, `no-<name>`, or a unique abbreviation of either. */
function longOption(table: readonly OptionSpec[], name: string): { spec: OptionSpec; unset: boolean } | undefined {
  const variants = table.flatMap((spec) => {
    if (spec.long === '') return [];
    const names = [{ spec, name: spec.long, unset: false }];
    if (spec.negatable) names.push({ spec, name: `no-${spec.long}`, unset: true });
    if (spec.long.startsWith('no-')) names.push({ spec, name: spec.long.slice(3), unset: true });
    return names;
  });
  const exact = variants.find((variant) => variant.name === name);
  if (exact) return exact;
  const abbreviated = variants.filter((variant) => name !== '' && variant.name.startsWith(name));
  const distinct = new Set(abbreviated.map((variant) => `${variant.spec.long}/${variant.unset}`));
  return distinct.size === 1 ? abbreviated[0] : undefined;
}

function apply(state: OptionState, spec: OptionSpec, unset: boolean, value: string | undefined): void {
  switch (spec.long) {
    case 'message':
      if (unset) state.messages = [];
      else state.messages.push(value ?? '');
      return;
    case 'edit':
      state.edit = !unset;
      return;
    case 'verbose':
      state.verbose = unset ? 0 : (state.verbose ?? 0) + 1;
      return;
    default:
      state.values.set(spec.long || `-${spec.short}`, unset ? undefined : (value ?? ''));
  }
}
