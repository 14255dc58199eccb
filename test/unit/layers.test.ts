import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layers of ARCHITECTURE.md, checked on every import of src/: pure values move down, never text
 * or git types up. A layer is the first folder under src/ (or the file's name for src/*.ts).
 */
const SRC = resolve(import.meta.dirname, '../../src');

const BASE = ['errors.ts', 'exit-codes.ts', 'version.ts'];

/** What each layer may import from src/ (besides itself), and which packages and node modules. */
const MAY: Record<string, { src: string[]; external: RegExp }> = {
  // Decisions over plain data: nothing that reads files, runs git, asks or prints.
  core: { src: [], external: /^(node:path(\/posix)?|@octokit\/openapi-types)$/ },
  // Words: the core's values in, text out.
  messages: { src: ['core', ...BASE], external: /^picocolors$/ },
  fs: { src: BASE, external: /^node:(fs|path)$/ },
  // The one door to git: facts out, as data; the words for them are the messages' job.
  git: { src: ['core', 'fs', ...BASE], external: /^node:(child_process|fs|path|string_decoder)$/ },
  config: { src: ['core', 'fs', 'git', 'messages', ...BASE], external: /^(node:(fs|path)|zod|re2js)$/ },
  prompt: { src: ['messages', ...BASE], external: /^enquirer$/ },
  init: { src: ['core', 'fs', 'git', 'config', 'messages', ...BASE], external: /^node:(child_process|fs|path|url)$/ },
  doctor: { src: ['core', 'fs', 'git', 'config', 'init', ...BASE], external: /^node:(fs|path)$/ },
  serverless: { src: ['core', 'fs', 'git', 'config', 'messages', ...BASE], external: /^(node:(fs|path)|yaml)$/ },
  // Commands gather facts through the doors, decide in core, word in messages; only the CLI prints.
  commands: {
    src: ['core', 'fs', 'git', 'config', 'messages', 'prompt', 'init', 'doctor', 'serverless', ...BASE],
    external: /^node:/,
  },
};

/** Imports that break the rules today, each with its way out. Keep this list short. */
const KNOWN: Record<string, string> = {};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

/** src/cli.ts, src/cli-hook.ts and src/cli/ are the CLI; other files directly in src/ are their own layer. */
function layerOf(file: string): string {
  const first = relative(SRC, file).split('/')[0]!;
  return /^cli(-[a-z-]+)?(\.ts)?$/.test(first) ? 'cli' : first;
}

/** Every module a file imports, statically or with import(): `../git/run-git.ts`, `node:fs`, `zod`. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found = [...text.matchAll(/^\s*(?:import|export)\s[^'"]*?\sfrom\s+'([^']+)'|\bimport\(\s*'([^']+)'\s*\)/gm)];
  return found.map((match) => match[1] ?? match[2]!);
}

const files = sourceFiles(SRC);
const edges = files.flatMap((file) =>
  importsOf(file).map((specifier) => ({
    from: relative(SRC, file),
    layer: layerOf(file),
    specifier,
    to: specifier.startsWith('.')
      ? relative(SRC, resolve(dirname(file), specifier)).replace(/\.js$/, '.ts')
      : undefined,
  })),
);

describe('the layers of src/ (ARCHITECTURE.md)', () => {
  it('reads the imports of every source file', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(edges.length).toBeGreaterThan(files.length);
    expect(edges.filter((edge) => edge.to?.startsWith('..'))).toEqual([]);
  });

  it.each(Object.keys(MAY))('%s imports only what its layer may', (layer) => {
    const rule = MAY[layer]!;
    const broken = edges
      .filter((edge) => edge.layer === layer)
      .filter((edge) => {
        if (edge.to === undefined) return !rule.external.test(edge.specifier);
        const target = edge.to.split('/')[0]!;
        return target !== layer && !rule.src.includes(target);
      })
      .map((edge) => `${edge.from} -> ${edge.to ?? edge.specifier}`)
      .filter((edge) => !(edge in KNOWN));
    expect(broken).toEqual([]);
  });

  it('only the CLI imports src/commands, and nothing imports the CLI', () => {
    const broken = edges
      .filter((edge) => edge.to !== undefined && edge.layer !== 'cli')
      .filter(
        (edge) =>
          (edge.to!.startsWith('commands/') && edge.layer !== 'commands') || layerOf(join(SRC, edge.to!)) === 'cli',
      )
      .map((edge) => `${edge.from} -> ${edge.to}`);
    expect(broken).toEqual([]);
  });

  it('lists no exception that no longer happens', () => {
    const seen = new Set(edges.map((edge) => `${edge.from} -> ${edge.to ?? edge.specifier}`));
    expect(Object.keys(KNOWN).filter((edge) => !seen.has(edge))).toEqual([]);
  });
});
