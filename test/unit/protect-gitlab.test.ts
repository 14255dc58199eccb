import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/core/config/defaults.js';
import {
  compareProtectedBranches,
  type GitlabAccess,
  parseProtectedBranches,
} from '../../src/core/protect/compare-gitlab.js';
import { gitlabProtection } from '../../src/core/protect/gitlab-protection.js';

const level = (access_level: number, extra: Partial<GitlabAccess> = {}): GitlabAccess => ({
  access_level,
  access_level_description: { 0: 'No one', 30: 'Developers + Maintainers', 40: 'Maintainers' }[access_level],
  user_id: null,
  group_id: null,
  deploy_key_id: null,
  ...extra,
});
const held = (name: string) => ({
  name,
  push_access_levels: [level(0)],
  merge_access_levels: [level(30)],
  allow_force_push: false,
});
const desired = gitlabProtection(defaultConfig()).branches;

describe('comparing GitLab protected branches', () => {
  it('finds nothing when main and stage/* take no pushes and no force pushes', () => {
    expect(
      compareProtectedBranches(desired, [held('main'), held('stage/*')]).flatMap((result) => result.findings),
    ).toEqual([]);
  });

  it('names a missing protection, anyone allowed to push (roles, users, deploy keys), and force pushes', () => {
    const main = {
      ...held('main'),
      push_access_levels: [
        level(0),
        level(0, { user_id: 12 }),
        level(0, { deploy_key_id: 3, access_level_description: 'Deploy key' }),
      ],
      allow_force_push: true,
    };
    const [mainResult, stagesResult] = compareProtectedBranches(desired, [
      main,
      { ...held('stage/**'), push_access_levels: [level(40)] },
    ]);
    expect(mainResult!.findings).toEqual([
      { kind: 'push-allowed', who: ['user 12', 'deploy key 3'] },
      { kind: 'force-push' },
    ]);
    // GitLab matches by exact name: stage/** is another protection than stage/*.
    expect(stagesResult!.findings).toEqual([{ kind: 'missing' }]);
  });

  it('reads glab --paginate output (arrays in a row) and refuses what is not protected branches', () => {
    const parsed = parseProtectedBranches(`${JSON.stringify([held('main')])}\n${JSON.stringify([held('stage/*')])}\n`);
    expect(parsed.ok && parsed.branches.map((branch) => branch.name)).toEqual(['main', 'stage/*']);
    expect(parseProtectedBranches('[{"name": "main"}]')).toMatchObject({
      ok: false,
      detail: expect.stringContaining('"push_access_levels"'),
    });
    expect(parseProtectedBranches('{"message":"404 Project Not Found"}')).toEqual({
      ok: false,
      detail: 'GitLab answered with an error: 404 Project Not Found',
    });
  });
});
