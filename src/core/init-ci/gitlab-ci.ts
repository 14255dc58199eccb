import type { BranchConfig } from '../config/types.js';
import { stripPrefixExpansion } from './strip-prefix.js';

export const GITLAB_CI_PATH = '.gitlab-ci.yml';

/**
 * The GitLab CI pipeline: `stageflow check` on merge requests and, with `deploy`, the promotion
 * pipeline: a push to main or a stage branch deploys its stage (one at a time per stage through a
 * resource group), and the environment's stop job removes the stack, which GitLab runs when the
 * stage branch is deleted. AWS credentials come through OIDC: GitLab's ID token, exchanged by the
 * AWS SDK itself for the role in the CI/CD variable AWS_DEPLOY_ROLE_ARN.
 */
export function gitlabCi(packageDir: string, branches: BranchConfig, deploy: boolean): string {
  const cd = packageDir === '' ? '' : `    - cd ${JSON.stringify(packageDir)}\n`;
  const stageBranch = `/^${escapeRegExp(branches.stagePrefix)}/`;
  const header = `# Written by \`stageflow init --ci gitlab${deploy ? ' --deploy' : ''}\`. stageflow check on every merge request${
    deploy
      ? `;
# a push to ${branches.main} deploys the live stage, a push to ${branches.stagePrefix}<stage-name> deploys <stage-name>, and
# deleting a stage branch stops its environment, which removes its stack. AWS credentials come
# through OIDC: set the CI/CD variable AWS_DEPLOY_ROLE_ARN to a role that trusts this GitLab's
# ID tokens (audience sts.amazonaws.com), and AWS_REGION. See docs/deploying.md.`
      : '.'
  }
`;
  const check = `${header}
workflow:
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
    - if: $CI_COMMIT_BRANCH

default:
  image: node:lts
  before_script:
${cd}    - npm ci

variables:
  # The merge request's commits and its target must both be in the clone.
  GIT_DEPTH: "0"

stages: [check${deploy ? ', deploy' : ''}]

stageflow-check:
  stage: check
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
  script:
    - npx stageflow check
`;
  if (!deploy) return check;
  const credentials = `    # The AWS SDK exchanges the ID token for the role's credentials (AssumeRoleWithWebIdentity).
    - printf '%s' "$AWS_ID_TOKEN" > "$CI_BUILDS_DIR/aws-web-identity-token"
    - export AWS_WEB_IDENTITY_TOKEN_FILE="$CI_BUILDS_DIR/aws-web-identity-token" AWS_ROLE_ARN="$AWS_DEPLOY_ROLE_ARN"`;
  return `${check}
.aws:
  id_tokens:
    AWS_ID_TOKEN:
      aud: sts.amazonaws.com
  # One deploy or removal per stage at a time, in the order they were started.
  resource_group: stageflow-$CI_COMMIT_REF_SLUG

deploy-live:
  extends: .aws
  stage: deploy
  rules:
    - if: $CI_PIPELINE_SOURCE == "push" && $CI_COMMIT_BRANCH == ${JSON.stringify(branches.main)}
  environment:
    name: $CI_COMMIT_BRANCH
  script:
${credentials}
    - npx serverless deploy --stage "$(npx stageflow stage)"

deploy-stage:
  extends: .aws
  stage: deploy
  rules:
    - if: $CI_PIPELINE_SOURCE == "push" && $CI_COMMIT_BRANCH =~ ${stageBranch}
  environment:
    name: $CI_COMMIT_BRANCH
    on_stop: remove-stage
  script:
${credentials}
    - npx serverless deploy --stage "$(npx stageflow stage)"

remove-stage:
  extends: .aws
  stage: deploy
  # GitLab runs an environment's stop job when its branch is deleted (or by hand, from Environments).
  rules:
    - if: $CI_PIPELINE_SOURCE == "push" && $CI_COMMIT_BRANCH =~ ${stageBranch}
      when: manual
  allow_failure: true
  environment:
    name: $CI_COMMIT_BRANCH
    action: stop
  script:
${credentials}
    - npx serverless remove --stage ${stripPrefixExpansion('CI_COMMIT_BRANCH', branches.stagePrefix)}
`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
