import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { createProject, PREPARE, Sandbox } from '../helpers/sandbox.js';

/** Every file below `dir` (HOME aside): its mode and text, or a link's target, with `root` written as <ROOT>. */
function contents(root: string): Record<string, string> {
  const found: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      const name = relative(root, path);
      if (name === 'home') continue;
      if (entry.isSymbolicLink()) found[name] = `-> ${readlinkSync(path)}`;
      else if (entry.isDirectory()) walk(path);
      else
        found[name] =
          `${(lstatSync(path).mode & 0o777).toString(8)} ${readFileSync(path, 'utf8').split(root).join('<ROOT>')}`;
    }
  };
  walk(root);
  return found;
}

const sandboxes: Sandbox[] = [];
afterEach(() => {
  for (const sandbox of sandboxes.splice(0)) sandbox.cleanup();
});

/**
 * The tests' projects are copies of one made once per test process (test/helpers/sandbox.ts): a
 * copy must be what npm's prepare script makes, file for file, wherever it is.
 */
it("a test's project, copied from the template, equals one made by npm's prepare script", () => {
  const made = new Sandbox();
  const copied = new Sandbox();
  sandboxes.push(made, copied);
  createProject(made, 'project', { packageJson: { name: 'project', private: true, scripts: { prepare: PREPARE } } });
  createProject(copied, 'project');
  expect(contents(copied.root)).toEqual(contents(made.root));
});
