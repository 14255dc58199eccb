import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newProject } from '../helpers/new-project.js';
import type { Sandbox } from '../helpers/sandbox.js';
import { Terminal } from '../helpers/terminal.js';

const ESC = '\u001b';

describe('colours at a real terminal: NO_COLOR and FORCE_COLOR=0 turn them off, prompts too', () => {
  let sandbox: Sandbox;
  let dir: string;
  let terminal: Terminal | undefined;

  /** Opens the start-stage name prompt, types a name and returns the screen with its escapes. */
  const promptScreen = async (env: NodeJS.ProcessEnv): Promise<string> => {
    terminal = new Terminal(sandbox, dir, ['start-stage'], { env });
    const term = terminal;
    await term.waitFor('Name of the new stage');
    term.type('Payments');
    await term.waitFor('branch: stage/payments');
    return term.screenWithEscapes();
  };

  beforeEach(() => {
    ({
      sandbox,
      project: { dir },
    } = newProject({ stage: 'login' }));
  });
  afterEach(() => {
    terminal?.press('C-c');
    terminal?.close();
    terminal = undefined;
    sandbox.cleanup();
  });

  it('without NO_COLOR the prompt is coloured (the capture shows colours when there are any)', async () => {
    const screen = await promptScreen({ NO_COLOR: undefined, FORCE_COLOR: undefined });
    expect(screen).toContain(`${ESC}[`);
  });

  it.each<[string, NodeJS.ProcessEnv]>([
    ['NO_COLOR=1', { NO_COLOR: '1', FORCE_COLOR: undefined }],
    ['FORCE_COLOR=0', { NO_COLOR: undefined, FORCE_COLOR: '0' }],
  ])('with %s the prompt has no colour escapes', async (_name, env) => {
    const screen = await promptScreen(env);
    expect(screen).toContain('Name of the new stage');
    expect(screen).not.toContain(ESC);
  });

  it.each<[string, NodeJS.ProcessEnv, boolean]>([
    ['no setting', { NO_COLOR: undefined, FORCE_COLOR: undefined }, true],
    ['NO_COLOR=1', { NO_COLOR: '1', FORCE_COLOR: undefined }, false],
    ['FORCE_COLOR=0', { NO_COLOR: undefined, FORCE_COLOR: '0' }, false],
  ])('with %s a refusal printed to the terminal is coloured: %s', async (_name, env, coloured) => {
    sandbox.gitOk(dir, 'switch', '-q', 'main');
    terminal = new Terminal(sandbox, dir, ['hook', 'pre-commit'], { env, rows: 80 });
    const term = terminal;
    expect(await term.waitForExit()).toBe(1);
    // The first line can be gone from the capture (printed as the pane opens); the commands are coloured too.
    const screen = term.screenWithEscapes();
    expect(screen).toContain('Bypass once, only if you must: git commit --no-verify');
    expect(screen.includes(ESC)).toBe(coloured);
  });
});
