/** The effective configuration: every field present, defaults filled in. Plain data. */
export interface BranchConfig {
  /** The branch that holds the live function's code. */
  main: string;
  stagePrefix: string;
  workPrefix: string;
  /** Longest allowed `<stage-name>`; Serverless puts it into every stack and function name. */
  stageMaxLength: number;
  /** Globs of other branch names that are valid (bots): `renovate/**`. */
  allowed: string[];
  /** Globs of protected branches on which direct commits and pushes are allowed anyway. */
  unprotected: string[];
}

export interface RulesConfig {
  'subject-empty': boolean;
  'subject-min-words': number | false;
  'subject-min-length': number | false;
  'subject-max-length': number | false;
  /** `true` for the built-in list of placeholder words, or a list of your own. */
  'subject-placeholder': boolean | string[];
  /** A subject marked as work in progress, in any spelling: `WIP:`, `[W.I.P.]`, `work in progress on ...`, `DO NOT MERGE`. */
  'subject-wip': boolean;
  /** A subject made only of generic verbs, generic objects and fillers: `Fix bug in code`, `Address PR review comments`. */
  'subject-vague': boolean;
  /** A subject the GitHub web editor writes by default: `Update README.md`, `Create handler.js`, `Add files via upload`. */
  'subject-web-editor': boolean;
  'body-leading-blank': boolean;
  /** A regular expression that must match somewhere in the message, e.g. `[A-Z]+-\\d+`. */
  'ticket-pattern': string | false;
  /** `true` for the usual types, or the list of allowed types. */
  'conventional-commits': boolean | string[];
}

export interface SyncConfig {
  /** How `stageflow sync` brings a stage's new commits into a work branch. */
  strategy: 'merge' | 'rebase';
  /**
   * How main reaches a stage that is behind it: merged into a work branch whose pull request
   * carries it (`work-branch`), or by a pull request main → stage (`pull-request`, which
   * `check --pr` then accepts).
   */
  mainIntoStage: 'work-branch' | 'pull-request';
}

export interface ProtectConfig {
  /** Approving reviews a pull request into main or a stage needs on the server (`stageflow protect`). */
  requiredApprovals: number;
}
export type RuleId = keyof RulesConfig;

/** An error refuses the commit or push; a warning is printed and lets it through. */
export type Severity = 'error' | 'warning';

export interface Config {
  branches: BranchConfig;
  rules: RulesConfig;
  /** Each rule's severity; subject-max-length and body-leading-blank are style, so warnings by default. */
  severity: Record<RuleId, Severity>;
  /** Release commits (`1.2.3`, `v1.2.3`, `chore(release): 1.2.3`, as `npm version` writes them) pass without being judged. */
  ignoreReleases: boolean;
  /** The remote that start-work fetches from and status compares with. */
  remote: string;
  /** How long start-work waits for `git fetch` before carrying on from local refs. */
  fetchTimeoutMs: number;
  /** The Serverless stage that `main` deploys to. */
  liveStage: string;
  sync: SyncConfig;
  protect: ProtectConfig;
  deploy: DeployConfig;
}

export interface DeployConfig {
  /** A work branch work/<engineer>/<change> may deploy the stage <engineer> (the serverless plugin). */
  personalStages: boolean;
}
