import { h } from '../dom.js';
import { t, type Dict } from '../i18n.js';

/** Advice per data class that leaked, in the order a person should act. */
const BY_CLASS: [string, keyof Dict][] = [
  ['PASSWORD', 'todoPassword'],
  ['BANK_CARD', 'todoCard'],
  ['CN_RESIDENT_ID', 'todoId'],
  ['PHONE_NUMBER', 'todoPhone'],
  ['EMAIL_ADDRESS', 'todoEmail'],
  ['ADDRESS', 'todoAddress'],
];

/** "What to do now": steps for what leaked, then asking for deletion and reporting to the regulator. */
export function todoList(classes: ReadonlySet<string>): HTMLElement {
  const words = t();
  const steps = BY_CLASS.filter(([type]) => classes.has(type)).map(([, key]) => words[key] as string);
  return h('section', { class: 'todo', 'aria-labelledby': 'todo-title' },
    h('h2', { id: 'todo-title' }, words.todoTitle),
    h('ol', {}, [...steps, words.todoDelete, words.todoReport].map((step) => h('li', {}, step))));
}
