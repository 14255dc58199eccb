import type { BranchConfig } from '../config/types.js';

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';

/**
 * The branch names the hooks accept, as one RE2 regular expression (GitHub's rule engine: no
 * lookahead). A stage name's length is checked, but not that it avoids a trailing or double dash.
 */
export function branchNamePattern(branches: BranchConfig): string {
  const stage = `${escapeRegExp(branches.stagePrefix)}[a-z][a-z0-9-]{0,${branches.stageMaxLength - 1}}`;
  const work = `${escapeRegExp(branches.workPrefix)}${SLUG}/${SLUG}`;
  const allowed = branches.allowed.map(globSource);
  return `^(?:${[escapeRegExp(branches.main), stage, work, ...allowed].join('|')})$`;
}

/** The subject (first line) at least `minLength` characters long. */
export function commitMessagePattern(minLength: number): string {
  return `^[^\\n]{${minLength},}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** stageflow's branch globs: `*` within one segment, `**` across segments. */
function globSource(glob: string): string {
  return glob
    .split('**')
    .map((part) =>
      part
        .split('*')
        .map((piece) => piece.split('?').map(escapeRegExp).join('[^/]'))
        .join('[^/]*'),
    )
    .join('.*');
}
