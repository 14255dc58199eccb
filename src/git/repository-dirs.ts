/** Where a repository keeps its state, as findRepository reads it. */
export interface Repository {
  /** This worktree's git directory (holds HEAD and rebase state). */
  gitDir: string;
  /** The directory shared by all worktrees (holds refs and config). */
  commonDir: string;
  bare: boolean;
}
