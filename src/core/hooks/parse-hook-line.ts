/** A line of a hook file that runs stageflow's check for one hook. */
export interface HookLine {
  /** The command word as the shell sees it, quotes removed: `stageflow`, `app/node_modules/.bin/stageflow`, `dist/cli.js`. */
  command: string;
  hook: string;
  /** The `--project` it passes (where its config is looked up), undefined when none. */
  project: string | undefined;
}

/**
 * The one reading of a hook line, for config lookup, init, doctor and the hooks alike:
 * `stageflow hook pre-commit`, `npx stageflow hook pre-push "$@"`,
 * `"node_modules/.bin/stageflow" hook commit-msg --project app "$1"`,
 * `exec node 'my app/node_modules/stageflow/dist/cli.js' hook commit-msg --project 'my app' "$@"`.
 * Comments and lines that call something else give undefined.
 */
export function parseHookLine(line: string): HookLine | undefined {
  const words = shellWords(line);
  if (words === undefined) return undefined;
  const at = words.findIndex((word, index) => word === 'hook' && index > 0 && isStageflow(words[index - 1]!));
  const hook = at === -1 ? undefined : words[at + 1];
  if (hook === undefined) return undefined;
  let project: string | undefined;
  for (let index = at + 2; index < words.length; index++) {
    const word = words[index]!;
    if (word === '--project') project = words[++index];
    else if (word.startsWith('--project=')) project = word.slice('--project='.length);
  }
  return { command: words[at - 1]!, hook, project };
}

/** The first line of a hook file that runs stageflow for `hook`. */
export function findHookLine(file: string, hook: string): HookLine | undefined {
  for (const line of file.split('\n')) {
    const parsed = parseHookLine(line);
    if (parsed?.hook === hook) return parsed;
  }
  return undefined;
}

/** stageflow's bin (`stageflow`, `.../.bin/stageflow`) or its script (`dist/cli.js`, as this repository and a build of it run it). */
function isStageflow(word: string): boolean {
  return word === 'stageflow' || word.endsWith('/stageflow') || word === 'cli.js' || word.endsWith('/cli.js');
}

/**
 * The words of one simple sh line with quotes removed ('...', "...", \x), up to a comment;
 * undefined for a comment line. Enough for hook lines: no expansions are performed.
 */
function shellWords(line: string): string[] | undefined {
  if (line.trimStart().startsWith('#')) return undefined;
  const words: string[] = [];
  let word: string | undefined;
  for (let index = 0; index < line.length; index++) {
    const char = line[index]!;
    if (char === "'") {
      const end = line.indexOf("'", index + 1);
      if (end === -1) return words;
      word = (word ?? '') + line.slice(index + 1, end);
      index = end;
    } else if (char === '"') {
      let text = '';
      for (index++; index < line.length && line[index] !== '"'; index++) {
        if (line[index] === '\\' && /["\\$`]/.test(line[index + 1] ?? '')) index++;
        text += line[index];
      }
      word = (word ?? '') + text;
    } else if (char === '\\') {
      word = (word ?? '') + (line[++index] ?? '');
    } else if (/\s/.test(char) || char === ';' || char === '&' || char === '|') {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (char === '#' && word === undefined) {
      break;
    } else {
      word = (word ?? '') + char;
    }
  }
  if (word !== undefined) words.push(word);
  return words;
}
