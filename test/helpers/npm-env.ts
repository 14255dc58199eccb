import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * npm with the sandbox's HOME and git config but the real npm cache, quiet. Offline where the cache
 * can serve a request; the registry only for what it has never seen (a clean machine's cache holds
 * the locked tarballs from `npm ci`, not the package documents `npm install -D husky` asks for).
 */
export const NPM_ENV: NodeJS.ProcessEnv = {
  npm_config_cache: process.env.npm_config_cache ?? join(homedir(), '.npm'),
  npm_config_prefer_offline: 'true',
  npm_config_update_notifier: 'false',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_yes: 'false',
};
