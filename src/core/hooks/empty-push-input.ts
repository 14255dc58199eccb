import { RUNNER_OWN_CALL } from './runner-env.js';

/**
 * git runs pre-push with no ref lines when it has nothing to send (everything up to date, a
 * pattern that matched nothing: seen in git 2.39), and with every line otherwise, once. Empty
 * input means "nothing to push" only when stageflow's runner handed it over: it keeps git's
 * lines for every reader. Run any other way (husky's stub, another hook manager), a command
 * before stageflow's line may have read them all (git lfs pre-push does), and then the push
 * would go unchecked: that is refused rather than guessed.
 */
export function emptyInputIsUnknown(input: string, runner: string | undefined): boolean {
  return input.trim() === '' && runner !== RUNNER_OWN_CALL;
}
