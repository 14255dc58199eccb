import type { Config } from '../core/config/types.js';
import type { UserConfig } from './schema.js';

export function mergeConfig(defaults: Config, user: UserConfig): Config {
  return {
    ...defaults,
    ...withoutUndefined({
      remote: user.remote,
      fetchTimeoutMs: user.fetchTimeoutMs,
      liveStage: user.liveStage,
      ignoreReleases: user.ignoreReleases,
    }),
    branches: { ...defaults.branches, ...withoutUndefined(user.branches ?? {}) },
    rules: { ...defaults.rules, ...withoutUndefined(user.rules ?? {}) },
    sync: { ...defaults.sync, ...withoutUndefined(user.sync ?? {}) },
    protect: { ...defaults.protect, ...withoutUndefined(user.protect ?? {}) },
    deploy: { ...defaults.deploy, ...withoutUndefined(user.deploy ?? {}) },
    severity: { ...defaults.severity, ...withoutUndefined(user.severity ?? {}) },
  };
}

function withoutUndefined<T extends object>(object: T): Partial<T> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as Partial<T>;
}
