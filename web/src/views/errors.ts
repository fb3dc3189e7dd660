import { ApiError } from '../api.js';
import { h, replace } from '../dom.js';
import { lang, t } from '../i18n.js';

/** An error in the reader's language: known API codes are translated; attempts left and Retry-After are told. */
export function errorText(error: unknown): string {
  const words = t();
  if (!(error instanceof ApiError)) return words.errorFallback;
  const parts = [words.errors[error.code] ?? `${words.errorFallback} (${error.code})`];
  const left = error.code === 'WRONG_CODE' ? /(\d+) attempt/.exec(error.message) : null;
  if (left) parts.push(words.attemptsLeft(Number(left[1])));
  if (error.retryAfter) parts.push(words.retryIn(error.retryAfter));
  return parts.join(lang() === 'zh' ? '' : ' ');
}

export function errorBox(error: unknown, retry?: () => void): HTMLElement {
  return h('div', { class: 'error', role: 'alert' }, h('p', {}, errorText(error)), retry ? h('button', { type: 'button', class: 'secondary', onclick: retry }, t().retry) : null);
}

export function loadingBox(): HTMLElement {
  return h('p', { class: 'loading', role: 'status' }, t().loading);
}

/**
 * Content from the API: "loading" in `body`, then `draw` with the answer, or the error with a retry button
 * (none for an error that trying again cannot mend, such as a breach that does not exist).
 */
export function loadInto<T>(body: HTMLElement, fetch: () => Promise<T>, draw: (body: HTMLElement, data: T) => void): void {
  replace(body, loadingBox());
  const load = (): Promise<void> => fetch().then(
    (data) => draw(body, data),
    (error: unknown) => replace(body, errorBox(error, error instanceof ApiError && error.status === 404 ? undefined : () => void load())),
  );
  void load();
}
