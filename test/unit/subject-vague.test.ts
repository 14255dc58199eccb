import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/core/config/defaults.js';
import { parseMessage } from '../../src/core/message/parse-message.js';
import { isReleaseSubject } from '../../src/core/message/release-commit.js';
import { subjectVague } from '../../src/core/message/rules/subject-vague.js';
import { prefixPlace } from '../../src/core/message/subject-place.js';
import { GENERIC_VERBS, KINDS } from '../../src/core/message/vague-words.js';
import { hasForm, isNounOf } from '../../src/core/message/word-forms.js';

const vague = (subject: string) => !subjectVague(parseMessage(subject), true).ok;

describe('subject-vague: a generic verb with only a kind of thing every repository has', () => {
  it.each([
    // The parts every program is made of.
    'Simplify the conditional',
    'refactor: tidy up a helper',
    'Rename some variables and a constant',
    'Move the loop',
    'Fix imports',
    'Remove the logs',
    'Rephrase a warning',
    // Where code lives.
    'Rename the folder',
    'Moved files to another directory',
    // Tests, of any kind.
    'fixing the unit tests',
    'test: add more specs',
    // Documentation and the pages that show the project.
    'Fix the broken link',
    'docs: fix links',
    'Improve the website',
    'Edit the demo',
    'Update readme and changelog',
    'Edit the description',
    // The project's plumbing.
    'Fix the release script',
    'ci: change config',
    'about to merge with master',
    'ci: rename the workflow',
    // Qualities, and the adjectives any kind takes.
    'Improve clarity and readability',
    'Better UX on the site',
    'Remove unused code',
    'Delete obsolete examples',
    'Remove the old, redundant comments',
    'Delete deprecated options properly',
    // Capitals on most words are Title Case, not names.
    'Fix Broken Link In Docs',
    'Rename Readme file',
    // A quoted phrase is judged by its words: only one quoted word is a name.
    '"Fix some bugs"',
    // A noun made of a generic verb says what the verb says.
    'Some wording clarifications',
    'refactor: minor optimizations',
    'Small wording adjustments',
    // Trying, starting or skipping a generic change is still a generic change.
    'Try to fix the build',
    'Start to write documentation',
    'Skip the test for now',
    // Something went wrong, in any word for it.
    'Remove the option added by mistake',
    'Fix the failing tests',
    // Parts of a program, and their abbreviations.
    'Handle more error cases',
    'Rename the callback parameter',
    'Move the block into the condition',
    'Remove unused args',
    'Update the list of examples',
    'Add temporary callbacks',
    'Rename the constructor options',
    'Switch the parameter order',
    'refactor: remove excess logic',
    'Remove the inaccurate comment',
    'Improve the test reliability',
    // A count or a reference says nothing of the change.
    'Fix 2 bugs',
    'update docs #57',
    // Documentation, and the project as a whole.
    'docs: add a few more details',
    'Update the project structure',
    'Fix the merge conflict',
    // A face drawn after the words adds nothing.
    'update docs ⊂◠‿◠つ',
    // A prefix that names no place: a type, a generic kind, a dependency scope.
    'readme: fix the links',
    'docs(readme): fix links',
    'ci(deps): update the config',
    // A place, but a lone word, or a bug without what went wrong.
    'test(Billing): Cleanup',
    'fix(billing): fix bug',
    'OrdersQueue: fix some errors',
  ])('refuses %j', (subject) => {
    expect(vague(subject)).toBe(true);
  });

  it.each([
    // A generic verb with a specific object: the table in docs/rules.md calls this useful.
    'Fix the README badge for the nightly build',
    'Simplify the retry conditional in the upload handler',
    'Rename the folder to handlers',
    'Fix the link to the SQS guide',
    'Improve the website search',
    'Edit the demo to use DynamoDB streams',
    'fixing the unit tests of parseHeaders',
    'Update the readme with the deploy steps',
    'Move utils to src/lib',
    'Remove the unused webhook timeout',
    'Fix the S3 example',
    // A name in backticks or quotes, whatever its words.
    'refactor: Clean up the `remove` tests',
    'Rename the "construct" folder',
    // A capital inside a sentence starts a name: these are classes.
    'Add a save method to the Module and Service classes',
    // A dependency update, whatever it does to the dependencies.
    'Remove unused dependencies',
    'chore: prune deps',
    // Cosmetic, and saying so.
    'Fix a typo in the docs',
    'fix: correct the casing in the docs',
    // What follows "to" in a rename is the new name.
    'Rename the folder to handlers',
    'Rename cb to handler',
    // A scope or a component prefix names the place; the kind is then the one there.
    'refactor(Billing): Improve error messages',
    'test(Webhooks): Fix the test after the fixture update',
    'refactor(Config Loader): Remove obsolete condition',
    'OrdersQueue: continue refactor',
    'banner: minor revisions',
    // A bare value of three digits or more names one: a status, a year.
    'Fix the 404 page',
    'Update the license for 2026',
    // Words that only look like nouns of generic verbs.
    'Add the donation link',
    'Fix the environment',
  ])('accepts %j', (subject) => {
    expect(vague(subject)).toBe(false);
  });

  it('names what is missing: which one of the kind, and what about it', () => {
    const outcome = subjectVague(parseMessage('Fix the broken link'), true);
    expect(outcome.message).toBe(
      '"Fix the broken link" has only generic words (fix, link): it does not say which behaviour changed, nor where',
    );
    expect(outcome.hint).toMatch(/^say which link \(its name, or where it is\) and what about it changed, e\.g\. /);
    expect(subjectVague(parseMessage('Fix bugs in the tests'), true).hint).toMatch(/^say which bug/);
    expect(subjectVague(parseMessage('Address the review on the folder'), true).hint).toMatch(
      /^say what the review changed/,
    );
    expect(subjectVague(parseMessage('Update code'), true).hint).toMatch(/^say what behaves differently now/);
  });

  it('a version bump is a release commit whatever its prefix', () => {
    expect(isReleaseSubject('api: bump version')).toBe(true);
    expect(isReleaseSubject('ci: version bump')).toBe(true);
    expect(isReleaseSubject('api: bump version of the handler')).toBe(false);
    expect(defaultConfig().ignoreReleases).toBe(true);
  });
});

describe('word forms: the lexicons hold base forms, read with their inflections', () => {
  it.each([
    ['fixes', GENERIC_VERBS],
    ['fixed', GENERIC_VERBS],
    ['fixing', GENERIC_VERBS],
    ['moving', GENERIC_VERBS],
    ['moved', GENERIC_VERBS],
    ['committed', GENERIC_VERBS],
    ['simplified', GENERIC_VERBS],
    ['utilities', KINDS],
    ['folders', KINDS],
    ['classes', KINDS],
  ] as const)('%j is a form of a listed word', (word, lexicon) => {
    expect(hasForm(lexicon, word)).toBe(true);
  });

  it.each(['fixture-x', 'handler', 'bugs3', 'ed', 'ing', 'sing', 'used'])('%j is no form of a generic kind', (word) => {
    expect(hasForm(KINDS, word)).toBe(false);
  });

  it.each([
    'clarifications',
    'optimization',
    'optimisations',
    'adjustments',
    'removal',
    'addition',
    'deletion',
    'refinement',
  ])('%j is a noun of a generic verb', (word) => {
    expect(isNounOf(GENERIC_VERBS, word)).toBe(true);
  });

  it.each(['donation', 'station', 'mention', 'version', 'environment', 'signal', 'login'])(
    '%j is no noun of a generic verb',
    (word) => {
      expect(isNounOf(GENERIC_VERBS, word)).toBe(false);
    },
  );
});

describe('the place a prefix names', () => {
  it.each<[string, string | undefined]>([
    ['refactor(Billing): Improve error messages', 'Billing'],
    ['test(Config Loader): Fix the test', 'Config Loader'],
    ['refactor(Templates): Improve logic', 'Templates'],
    ['OrdersQueue: continue refactor', 'OrdersQueue'],
    ['fix(webhooks): retry', 'webhooks'],
    ['fix: retry', undefined],
    ['Fix: retry', undefined],
    ['readme: update', undefined],
    ['README: updates', undefined],
    ['docs(readme): fix links', undefined],
    ['chore(deps): bump', undefined],
    ['ci(release): publish', undefined],
    ['Lint: fix', undefined],
    ['Fix the retry', undefined],
  ])('%j → %j', (subject, place) => {
    expect(prefixPlace(subject)).toBe(place);
  });
});
