import type { Command } from '../command.js';
import { judgeHeadHook } from './pre-commit.js';

/** `git merge` runs this instead of pre-commit when it commits the merge itself: same judgement. */
export const run: Command = judgeHeadHook('pre-merge-commit');
