/** One local branch in `stageflow status --all`, as plain data (also the --json output). */
export interface AllRow {
  branch: string;
  kind: 'stage' | 'work';
  /** The branch checked out here. */
  current: boolean;
  /** The stage branch: itself for a stage; undefined for work whose stage is not known. */
  stage: string | undefined;
  /** How a work branch's stage is known. */
  source?: 'recorded' | 'inferred';
  /** The stages a work branch could be of, when its history cannot tell. */
  candidates?: string[];
  /** What it is compared with: `origin/stage/login` (for a stage, its copy on the remote). */
  stageRef?: string;
  /** Commits it has that stageRef lacks, and the other way round. */
  ahead?: number;
  behind?: number;
  /** The stage (as the team sees it) against main. */
  main?: { ref: string; stageOnly: number; mainOnly: number; merged: boolean };
  /** For work: commits of main this branch lacks (sync merges them while the stage is behind main). */
  workLacksMain?: number;
  todo: Todo[];
}

export type Todo =
  /** `stageflow sync` brings the stage (and main) in. */
  | 'sync'
  /** The work branch's stage is not known: record it. */
  | 'record-stage'
  /** Its stage is merged into main: the work is finished. */
  | 'finished'
  /** A local stage behind its copy on the remote. */
  | 'fast-forward'
  /** A local stage that is not on the remote. */
  | 'push'
  /** A stage behind main: main reaches it through a work branch's pull request... */
  | 'main-by-work-branch'
  /** ...or by a pull request main → stage, where the config allows it. */
  | 'main-by-pull-request';

/** What an engineer should do about a branch, from its counts alone. */
export function todosOf(row: Omit<AllRow, 'todo'>, mainIntoStage: 'work-branch' | 'pull-request'): Todo[] {
  if (row.kind === 'work' && row.stage === undefined) return ['record-stage'];
  if (row.main?.merged) return ['finished'];
  const todo: Todo[] = [];
  const stageBehindMain = (row.main?.mainOnly ?? 0) > 0;
  if (row.kind === 'work') {
    const mainBySync = stageBehindMain && mainIntoStage === 'work-branch' && (row.workLacksMain ?? 0) > 0;
    if ((row.behind ?? 0) > 0 || mainBySync) todo.push('sync');
    if (stageBehindMain && mainIntoStage === 'pull-request') todo.push('main-by-pull-request');
    return todo;
  }
  if ((row.behind ?? 0) > 0) todo.push('fast-forward');
  if (row.stageRef === undefined) todo.push('push');
  if (stageBehindMain) todo.push(mainIntoStage === 'pull-request' ? 'main-by-pull-request' : 'main-by-work-branch');
  return todo;
}
