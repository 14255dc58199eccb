import { excerpt } from '../core/excerpt.js';
import type { Exemption, RuleVerdict } from '../core/message/lint-message.js';
import pc from './colors.js';

const EXEMPTIONS: Record<Exemption, string> = {
  merge: 'a merge commit git wrote',
  revert: 'a revert in the form git writes it',
  autosquash:
    'a fixup!/squash!/amend! commit, folded in by git rebase -i --autosquash (CI refuses it on a pull request)',
  release: 'a release commit (a version, as npm version writes it); set "ignoreReleases": false to judge these',
};

/** `stageflow check --message`: each rule's verdict, one line each, and the outcome. */
export function messageCheckText(subject: string, exempt: Exemption | false, verdicts: readonly RuleVerdict[]): string {
  const lines = [`${pc.bold('Subject:')} ${JSON.stringify(excerpt(subject))}`];
  if (exempt) {
    lines.push(`  ${pc.green('✔')} no rule applies: ${EXEMPTIONS[exempt]}`, 'accepted');
    return `${lines.join('\n')}\n`;
  }
  for (const verdict of verdicts) lines.push(...verdictLines(verdict));
  const errors = verdicts.filter((v) => v.verdict === 'failed' && v.severity === 'error').length;
  const warnings = verdicts.filter((v) => v.verdict === 'failed' && v.severity === 'warning').length;
  const notes = warnings > 0 ? ` (${warnings} warning${warnings === 1 ? '' : 's'}, printed at commit time only)` : '';
  lines.push(
    errors > 0
      ? pc.red(`refused: ${errors === 1 ? 'one rule is' : `${errors} rules are`} not met${notes}`)
      : `accepted${notes}`,
  );
  return `${lines.join('\n')}\n`;
}

function verdictLines(verdict: RuleVerdict): string[] {
  const name = `${verdict.rule}${verdict.severity === 'warning' ? ' (warning)' : ''}`;
  switch (verdict.verdict) {
    case 'passed':
      return [`  ${pc.green('✔')} ${name}`];
    case 'off':
      return [`  ${pc.dim(`- ${name}: off in the config`)}`];
    case 'skipped':
      return [`  ${pc.dim(`- ${name}: not judged, the message is empty`)}`];
    case 'failed':
      return [
        `  ${verdict.severity === 'warning' ? pc.yellow('!') : pc.red('✖')} ${name}: ${verdict.message}`,
        `      ${pc.dim('→')} ${verdict.hint}`,
      ];
  }
}
