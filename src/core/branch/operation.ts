export type Operation = 'rebase' | 'am' | 'merge' | 'cherry-pick' | 'revert';
