import { api, KINDS, type CheckAnswer, type Kind, type Status } from '../api.js';
import { h, replace, type Child } from '../dom.js';
import { t } from '../i18n.js';
import type { ViewContext } from '../main.js';
import { breachCard } from './breach-card.js';
import { errorBox } from './errors.js';
import { todoList } from './todo.js';
import { verifyPanel, type VerifyState } from './verify.js';

/**
 * What the check page shows, kept while the reader switches language or pages. The identifier lives only here
 * (never in the address bar, storage or a log).
 */
interface CheckState {
  identifier: string;
  kind: Kind | '';
  answer: CheckAnswer | null;
  error: unknown;
  verify: VerifyState;
}

const state: CheckState = { identifier: '', kind: '', answer: null, error: null, verify: { phase: 'idle', token: null, busy: false, error: null, expiresIn: 0 } };

export function renderCheck({ main, status }: ViewContext): void {
  const words = t();
  const result = h('section', { class: 'result', 'aria-live': 'polite', 'aria-label': words.checkTitle });
  const input = h('input', {
    id: 'identifier', name: 'identifier', type: 'text', value: state.identifier, required: true, maxlength: 320,
    autocomplete: 'off', spellcheck: 'false', autocapitalize: 'off', 'aria-describedby': 'identifier-hint',
  });
  const kind = h('select', { id: 'kind', name: 'kind' },
    h('option', { value: '' }, words.kindAuto),
    KINDS.map((k) => h('option', { value: k, selected: state.kind === k }, words.kinds[k])));
  const button = h('button', { type: 'submit', class: 'primary' }, words.checkButton);

  const submit = async (event?: Event) => {
    event?.preventDefault();
    const identifier = input.value.trim();
    if (identifier === '') {
      Object.assign(state, { answer: null, error: null });
      replace(result, h('p', { class: 'error', role: 'alert' }, words.emptyIdentifier));
      input.focus();
      return;
    }
    const sameAsBefore = identifier === state.identifier && kind.value === state.kind;
    Object.assign(state, { identifier, kind: kind.value as Kind | '', error: null });
    if (!sameAsBefore) state.verify = { phase: 'idle', token: null, busy: false, error: null, expiresIn: 0 };
    button.disabled = true;
    button.textContent = words.checking;
    await check();
    button.disabled = false;
    button.textContent = words.checkButton;
    drawResult();
  };

  const check = async (): Promise<void> => {
    try {
      state.answer = await api.check(state.identifier, state.kind || undefined, state.verify.token ?? undefined);
      state.error = null;
    } catch (error) {
      Object.assign(state, { answer: null, error });
      if ((error as { code?: string }).code === 'INVALID_TOKEN') {
        // the token expired: check again as anyone may, and let the verification start over
        state.verify = { phase: 'idle', token: null, busy: false, error, expiresIn: 0 };
        return check();
      }
    }
  };

  const drawResult = (): void => replace(result, resultView(status, async () => (await check(), drawResult())));

  const examples = status?.demo && status.examples.length > 0
    ? h('div', { class: 'examples' }, h('span', {}, words.demoTry), ' ',
      status.examples.map((example) => h('button', {
        type: 'button', class: 'chip-button', title: example.note,
        onclick: () => { input.value = example.identifier; kind.value = ''; void submit(); },
      }, example.identifier)))
    : null;

  replace(main, h('div', { class: 'wrap narrow' },
    h('h1', {}, words.checkTitle),
    h('p', { class: 'lead' }, words.checkIntro),
    h('form', { class: 'check-form', onsubmit: submit, novalidate: true },
      h('div', { class: 'field grow' },
        h('label', { for: 'identifier' }, words.identifierLabel),
        input,
        h('small', { id: 'identifier-hint' }, words.identifierHint)),
      h('div', { class: 'field' }, h('label', { for: 'kind' }, words.kindLabel), kind),
      h('div', { class: 'field actions' }, button)),
    examples,
    result));
  if (state.answer || state.error) drawResult();
}

function resultView(status: Status | null, recheck: () => Promise<void>): Child[] {
  const words = t();
  if (state.error) return [errorBox(state.error)];
  const answer = state.answer;
  if (answer === null) return [];
  const shown = answer.breaches.length;
  // a verified answer lists the sensitive breaches too (and still counts them)
  const total = answer.verified ? shown : shown + answer.sensitiveCount;
  if (total === 0) {
    return [h('div', { class: 'verdict good' }, h('h2', {}, words.notFoundTitle), h('p', {}, words.notFoundText))];
  }
  const classes = new Set(answer.breaches.flatMap((b) => b.dataClasses));
  return [
    h('div', { class: 'verdict bad' },
      h('h2', {}, shown === 0 ? words.foundSensitiveOnly(total) : words.foundTitle(total)),
      answer.verified ? h('p', { class: 'verified' }, words.verifiedNote) : null),
    shown > 0 ? h('ul', { class: 'breach-list' }, answer.breaches.map(breachCard)) : null,
    answer.sensitiveCount > 0 && !answer.verified
      ? h('div', { class: 'sensitive' },
        h('p', {}, words.sensitiveHidden(answer.sensitiveCount)),
        verifyPanel({ identifier: state.identifier, kind: answer.kind, channels: status?.verification ?? { email: false, sms: false }, demo: status?.demo ?? false, state: state.verify, onVerified: recheck }))
      : null,
    todoList(classes),
  ];
}
