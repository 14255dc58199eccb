import { CONVENTIONAL_TYPES } from '../../config/defaults.js';
import { conventionalType } from '../parse-message.js';
import { passed, type RuleCheck } from './rule.js';

export const conventionalCommits: RuleCheck<true | string[]> = (message, option) => {
  const types = option === true ? CONVENTIONAL_TYPES : option;
  const type = conventionalType(message.subject);
  if (type !== undefined && types.includes(type)) return passed;
  return {
    ok: false,
    message:
      type === undefined
        ? 'the subject does not start with a Conventional Commits type, as "type(scope): description"'
        : `"${type}" is not one of the allowed types (${types.join(', ')})`,
    hint: `start with one of ${types.join(', ')}, e.g. "feat(api): accept the stage name as a parameter"`,
  };
};
