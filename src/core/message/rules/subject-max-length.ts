import { displayWidth } from '../subject-words.js';
import { passed, type RuleCheck } from './rule.js';

/** The ` (#1234)` GitHub adds to a squash-merged pull request's subject: not the author's words. */
const PULL_REQUEST_SUFFIX = / \(#\d{1,12}\)$/;

export const subjectMaxLength: RuleCheck<number> = (message, maximum) => {
  let subject = message.subject;
  // Two at most (a pull request squashed into another): more would cost a pass over the subject each.
  for (let i = 0; i < 2 && PULL_REQUEST_SUFFIX.test(subject); i++) subject = subject.replace(PULL_REQUEST_SUFFIX, '');
  const length = displayWidth(subject);
  return length <= maximum
    ? passed
    : {
        ok: false,
        message: `the subject is ${length} characters long${subject === message.subject ? '' : ' without its (#number)'}; at most ${maximum} fit in git log and pull request titles`,
        hint: 'keep the first line short and put the details in the body, after a blank line',
      };
};
