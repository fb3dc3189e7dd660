import { api, type Kind } from '../api.js';
import { h, replace } from '../dom.js';
import { t } from '../i18n.js';
import { errorBox } from './errors.js';

/** Where a reader is in proving an identifier is theirs. The token stays in memory: it is gone with the tab. */
export interface VerifyState {
  phase: 'idle' | 'sent';
  token: string | null;
  busy: boolean;
  error: unknown;
  /** Seconds the code sent is good for. */
  expiresIn: number;
}

interface VerifyProps {
  identifier: string;
  kind: Kind;
  channels: { email: boolean; sms: boolean };
  /** The server holds demo data: its text messages go to its log. */
  demo: boolean;
  state: VerifyState;
  /** Called once a token is in `state.token`: checks again with it. */
  onVerified: () => Promise<void>;
}

/** Send a one-time code to the phone or e-mail checked, then trade the code for a token. */
export function verifyPanel(props: VerifyProps): HTMLElement {
  const words = t();
  const { kind, state } = props;
  if (kind !== 'phone' && kind !== 'email') return h('p', { class: 'muted' }, words.verifyNotVerifiable);
  if (!(kind === 'email' ? props.channels.email : props.channels.sms)) return h('p', { class: 'muted' }, words.verifyUnavailable);
  const panel = h('section', { class: 'card verify', 'aria-labelledby': 'verify-title' });

  const run = async (action: () => Promise<void>) => {
    Object.assign(state, { busy: true, error: null });
    draw();
    try {
      await action();
    } catch (error) {
      state.error = error;
    }
    state.busy = false;
    draw();
  };

  const send = () => run(async () => {
    const sent = await api.verifyStart(props.identifier, kind);
    Object.assign(state, { phase: 'sent', expiresIn: sent.expiresIn });
  });

  const confirm = (code: string) => run(async () => {
    const { token } = await api.verifyConfirm(props.identifier, kind, code);
    state.token = token;
    await props.onVerified();
  });

  function draw(): void {
    const sendButton = h('button', { type: 'button', class: state.phase === 'sent' ? 'secondary' : 'primary', disabled: state.busy, onclick: () => void send() }, state.busy && state.phase === 'idle' ? words.sending : state.phase === 'sent' ? words.resendCode : words.sendCode);
    let codeForm: HTMLElement | null = null;
    if (state.phase === 'sent') {
      const code = h('input', { id: 'code', name: 'code', type: 'text', inputmode: 'numeric', autocomplete: 'one-time-code', maxlength: 6, pattern: '[0-9]{6}', required: true, 'aria-describedby': 'code-note' });
      codeForm = h('form', {
        class: 'code-form', novalidate: true,
        onsubmit: (event: Event) => {
          event.preventDefault();
          const value = code.value.replace(/\s/g, '');
          if (!/^\d{6}$/.test(value)) {
            state.error = null;
            replace(note, words.badCode);
            code.focus();
            return;
          }
          void confirm(value);
        },
      },
      h('div', { class: 'field' }, h('label', { for: 'code' }, words.codeLabel), code),
      h('div', { class: 'field actions' }, h('button', { type: 'submit', class: 'primary', disabled: state.busy }, state.busy ? words.confirming : words.confirmCode)));
      queueMicrotask(() => { if (!state.busy) code.focus(); });
    }
    const note = h('p', { id: 'code-note', class: 'muted', role: 'status' }, state.phase === 'sent' ? words.codeSent(Math.round(state.expiresIn / 60)) : '');
    replace(panel,
      h('h3', { id: 'verify-title' }, words.verifyTitle),
      h('p', {}, words.verifyIntro(words.kinds[kind])),
      props.demo && kind === 'phone' ? h('p', { class: 'note demo-note' }, words.verifyDemoNote) : null,
      h('div', { class: 'verify-row' }, sendButton),
      note,
      codeForm,
      state.error ? errorBox(state.error) : null);
  }

  draw();
  return panel;
}
