import { type GuardedCommand, isGuardedCommand } from '../core/deploy/judge-deploy.js';
import { checkAwsNames } from '../core/stage/long-function-names.js';
import { StageflowError } from '../errors.js';
import {
  type DeployContext,
  deployBlockedText,
  deployGuardFailedText,
  longNamesBlockedText,
  namesOverrideText,
  overrideUsedText,
} from '../messages/deploy-text.js';
import { stageflowErrorText } from '../messages/git-trouble-text.js';
import { checkDeploy } from './deploy-guard.js';
import { frameworkNaming, type Serverless } from './framework-naming.js';

/**
 * `plugins: [stageflow/serverless]`: deploy, deploy function, remove and rollback only from the
 * branch that owns the stage, committed, at the remote's tip.
 *
 * The check runs in asyncInit, which the framework awaits right after loading the plugins: before
 * it resolves ${ssm:}/${cf:} variables and before the `initialize` hooks, where the deploy plugin
 * already asks AWS for the account id. The lifecycle hooks repeat it (once) for a framework that
 * does not call asyncInit. The names AWS would refuse are checked in `initialize`, the first point
 * at which the framework has resolved every variable and named every function.
 */
export class StageflowServerlessPlugin {
  readonly hooks: Record<string, () => Promise<void>>;
  private guarded: Promise<void> | undefined;

  constructor(
    private readonly serverless: Serverless,
    private readonly options: Record<string, unknown> = {},
  ) {
    const guard = () => this.guard();
    this.hooks = {
      initialize: async () => {
        await guard();
        await this.checkNames();
      },
      'before:deploy:deploy': guard,
      'before:deploy:function:initialize': guard,
      'before:remove:remove': guard,
      'before:rollback:initialize': guard,
      'before:rollback:function:rollback': guard,
    };
  }

  asyncInit(): Promise<void> {
    return this.guard();
  }

  private guard(): Promise<void> {
    this.guarded ??= this.checkBranch();
    return this.guarded;
  }

  private command(): GuardedCommand | undefined {
    const command = this.serverless.processedInput.commands.join(' ');
    return isGuardedCommand(command) ? command : undefined;
  }

  private async checkBranch(): Promise<void> {
    const command = this.command();
    if (command === undefined) return;
    try {
      const stage = this.stage();
      const { verdict, config } = await checkDeploy({ cwd: this.serviceDir(), command, stage, env: process.env });
      if (verdict.ok) return;
      const context: DeployContext = { command, stage, functionName: this.functionName(), config };
      if (verdict.override !== undefined)
        process.stderr.write(overrideUsedText(verdict.problems, context, verdict.override));
      else this.refuse(deployBlockedText(verdict.problems, context));
    } catch (error) {
      if (error instanceof this.serverless.classes.Error) throw error;
      this.refuse(
        error instanceof StageflowError ? stageflowErrorText(error) : deployGuardFailedText(errorText(error)),
      );
    }
  }

  private async checkNames(): Promise<void> {
    const command = this.command();
    if (command !== 'deploy') return;
    const provider = this.serverless.getProvider('aws');
    if (provider === undefined) return;
    const stage = provider.getStage();
    const check = checkAwsNames(frameworkNaming(this.serverless, stage, provider.getRegion()), stage);
    if (check.long.length === 0) return;
    // The branch check already passed, so the config loads from its cache.
    const { loadHooksConfig } = await import('../config/load-hooks-config.js');
    const { config } = await loadHooksConfig(this.serviceDir());
    const context: DeployContext = { command, stage, functionName: undefined, config };
    const override = process.env.STAGEFLOW_DEPLOY_OVERRIDE?.trim();
    if (override) process.stderr.write(namesOverrideText(stage, check.long, context, override));
    else this.refuse(longNamesBlockedText(stage, check.long, check.fitting, context));
  }

  /** The stage the framework will use; undefined while provider.stage still holds a variable. */
  private stage(): string | undefined {
    const option = this.options.stage ?? this.serverless.processedInput.options.stage;
    if (typeof option === 'string' && option !== '') return option;
    const configured = this.serverless.service.provider.stage;
    if (typeof configured === 'string') return configured.includes('${') ? undefined : configured;
    return configured === undefined ? 'dev' : undefined;
  }

  private functionName(): string | undefined {
    const value = this.options.function ?? this.serverless.processedInput.options.function;
    return typeof value === 'string' ? value : undefined;
  }

  private serviceDir(): string {
    return (
      this.serverless.serviceDir ??
      this.serverless.config?.serviceDir ??
      this.serverless.config?.servicePath ??
      process.cwd()
    );
  }

  /** The framework prints its Error's message after its own header and exits non-zero. */
  private refuse(text: string): never {
    throw new this.serverless.classes.Error(text.trimEnd(), 'STAGEFLOW_DEPLOY_BLOCKED');
  }
}

function errorText(error: unknown): string {
  if (process.env.STAGEFLOW_DEBUG === '1' && error instanceof Error && error.stack) return error.stack;
  return error instanceof Error ? error.message : String(error);
}
