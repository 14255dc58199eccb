import type { DoctorFacts } from './facts.js';
import type { Finding } from './finding.js';

/**
 * A linked worktree (`git worktree add`) shares the repository's config, so core.hooksPath says
 * `.husky/_` there too; but git resolves that relative path in each worktree, and husky's `.husky/_`
 * and node_modules are never committed: until npm install runs there, git finds no hooks at all.
 */
export function checkWorktree(facts: DoctorFacts): Finding[] {
  if (!facts.linkedWorktree || facts.hooksPath === undefined || facts.hooksDirExists !== false) return [];
  return [{ kind: 'worktree-not-installed', worktree: facts.topLevel ?? facts.cwd, hooksPath: facts.hooksPath }];
}
