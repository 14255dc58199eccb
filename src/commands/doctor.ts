import { join, relative } from 'node:path';
import { diagnose } from '../core/doctor/diagnose.js';
import { gatherDoctorFacts } from '../doctor/gather-doctor-facts.js';
import { ExitCode } from '../exit-codes.js';
import { doctorHelpText, doctorText, toPackageText, type Whereabouts } from '../messages/doctor-text.js';
import type { Command } from './command.js';

export const run: Command = async (args, context) => {
  if (args.includes('--help') || args.includes('-h')) {
    return { code: ExitCode.ok, stdout: doctorHelpText() };
  }
  const facts = await gatherDoctorFacts(context.cwd, context.env);
  const diagnosis = diagnose(facts);
  const root = facts.topLevel ?? context.cwd;
  const packageRel = relative(context.cwd, join(root, facts.packagePath ?? ''));
  const where: Whereabouts = {
    toPackage: toPackageText(packageRel),
    fromRoot: (path) => relative(context.cwd, join(root, path)),
  };
  return {
    code: diagnosis.findings.length === 0 ? ExitCode.ok : ExitCode.blocked,
    stdout: doctorText(diagnosis, where, facts.runnerDir),
  };
};
