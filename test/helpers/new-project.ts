import { bootstrap, createProject, type Project, Sandbox } from './sandbox.js';

/**
 * A fresh sandbox holding a project (see createProject), for a test's beforeEach. Given
 * `branches`, the project is bootstrapped with them (`{}`: main only); without, it has no commit.
 * The caller cleans the sandbox up in afterEach; if the set-up fails, it is cleaned up here.
 */
export function newProject(branches?: { stage?: string; work?: string }): { sandbox: Sandbox; project: Project } {
  const sandbox = new Sandbox();
  try {
    const project = createProject(sandbox);
    if (branches) bootstrap(sandbox, project, branches);
    return { sandbox, project };
  } catch (error) {
    sandbox.cleanup();
    throw error;
  }
}
