import { loadConfig } from '../config/load-config.js';
import { listStages } from '../core/start/stage-list.js';
import { StageflowError, UsageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { readEngineerMemory } from '../git/read-engineer.js';
import { findRepository, readHead } from '../git/repository.js';
import { noTerminalText, operationText, startWorkHelp } from '../messages/start-text.js';
import type { Command } from './command.js';
import { answersFromFlags } from './start/flag-answers.js';
import { gatherRefs } from './start/gather-refs.js';
import { parseStartWorkArgs } from './start/start-work-args.js';
import { startWork } from './start/start-work-branch.js';

export const run: Command = async (args, context) => {
  const flags = parseStartWorkArgs(args);
  if (flags.help) return { code: ExitCode.ok, stdout: startWorkHelp() };
  const { cwd } = context;
  const head = await readHead(await findRepository(cwd));
  if (head.operation) throw new StageflowError(operationText(head.operation));
  const { stage, change } = flags;
  const complete = stage !== undefined && change !== undefined;
  // Fail before the fetch: a script must learn at once that it gave too little.
  if (!context.interactive && !complete) throw new UsageError(noTerminalText(flags));

  const { config } = await loadConfig(cwd);
  const facts = await gatherRefs(config, cwd, context.print);
  const stages = listStages(facts.tips, config.branches, config.remote);
  const { engineer: defaultEngineer, remembered, unusable } = await readEngineerMemory(cwd);
  const answers = complete
    ? answersFromFlags({ ...flags, stage, change }, stages, defaultEngineer, config.branches, remembered, unusable)
    : await (await import('./start/ask-work.js')).askWork(
        flags,
        stages,
        defaultEngineer,
        config.branches,
        config.remote,
        remembered,
        unusable,
      );
  return startWork(answers, {
    config,
    facts,
    head,
    yes: flags.yes,
    interactive: context.interactive,
    cwd,
    print: context.print,
  });
};
