// The one module that talks to the prompt library. Commands import it with `await import()` and
// only when a person is at the terminal, so hooks and scripted runs never load enquirer.
export { askName, type NameQuestion } from './ask-name.js';
export { confirm } from './confirm.js';
export { type SelectChoice, selectOne } from './select-one.js';
