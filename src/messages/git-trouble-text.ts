import { type GitTrouble, GitTroubleError, type StageflowError } from '../errors.js';
import { headUnreadableText } from './ref-storage-text.js';
import { notInRepositoryText } from './repository-text.js';

/** The words for what the git door found. */
export function gitTroubleText(trouble: GitTrouble): string {
  switch (trouble.kind) {
    case 'not-a-repository':
      return notInRepositoryText(trouble.cwd);
    case 'head-unreadable':
      return headUnreadableText(trouble.gitError);
  }
}

/** What a StageflowError says to the user: its message, or the words for git's trouble. */
export function stageflowErrorText(error: StageflowError): string {
  return error instanceof GitTroubleError ? gitTroubleText(error.trouble) : error.message;
}
