import { count, h, replace, type Child } from '../dom.js';
import { decodeFile, MAX_FILE_MB } from '../decode.js';
import { lang, t, typeName } from '../i18n.js';
import type { ViewContext } from '../main.js';
import type { ScanReply } from '../scan-worker.js';
import { highlighted } from './highlight.js';

/** Characters drawn with highlights; the counts cover all of the text. */
const PREVIEW_CHARS = 200_000;

let worker: Worker | null = null;
let nextId = 0;

/** The detection engine in a worker, started on first use (its code is loaded only by this page). */
function scan(text: string): Promise<ScanReply> {
  worker ??= new Worker(new URL('../scan-worker.ts', import.meta.url), { type: 'module' });
  const id = ++nextId;
  const running = worker;
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent<ScanReply>) => {
      if (event.data.id !== id) return;
      running.removeEventListener('message', onMessage);
      resolve(event.data);
    };
    running.addEventListener('message', onMessage);
    running.addEventListener('error', (event) => reject(new Error(event.message)), { once: true });
    running.postMessage({ id, text });
  });
}

const state: { text: string; fileName: string | null } = { text: '', fileName: null };

export function renderScan({ main }: ViewContext): void {
  const words = t();
  const results = h('section', { class: 'scan-results', 'aria-live': 'polite', 'aria-label': words.scanTitle });
  const textarea = h('textarea', { id: 'scan-text', rows: 10, spellcheck: 'false', placeholder: words.scanPlaceholder });
  textarea.value = state.fileName ? '' : state.text;
  const fileInput = h('input', { id: 'scan-file', type: 'file' });
  const button = h('button', { type: 'submit', class: 'primary' }, words.scanButton);

  const run = async (text: string) => {
    if (text.trim() === '') return replace(results, h('p', { class: 'error', role: 'alert' }, words.scanEmpty));
    button.disabled = true;
    button.textContent = words.scanning;
    replace(results, h('p', { class: 'loading', role: 'status' }, words.scanning));
    try {
      const reply = await scan(text);
      replace(results, ...report(text, reply));
    } catch (error) {
      replace(results, h('p', { class: 'error', role: 'alert' }, `${words.errorFallback} ${(error as Error).message}`));
    }
    button.disabled = false;
    button.textContent = words.scanButton;
  };

  const takeFile = async (file: File) => {
    const decoded = await decodeFile(file);
    if (!decoded.ok) return replace(results, h('p', { class: 'error', role: 'alert' }, decoded.reason === 'binary' ? words.scanBinary : words.scanTooLarge(MAX_FILE_MB)));
    Object.assign(state, { text: decoded.text, fileName: file.name });
    textarea.value = '';
    await run(decoded.text);
  };

  fileInput.addEventListener('change', () => { if (fileInput.files?.[0]) void takeFile(fileInput.files[0]); });
  textarea.addEventListener('keydown', (event) => { if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) form.requestSubmit(); });
  const form = h('form', {
    class: 'card scan-form', novalidate: true,
    onsubmit: (event: Event) => {
      event.preventDefault();
      Object.assign(state, { text: textarea.value, fileName: null });
      void run(textarea.value);
    },
  },
  h('div', { class: 'field' }, h('label', { for: 'scan-text' }, words.scanTextLabel), textarea),
  h('div', { class: 'scan-actions' },
    h('div', { class: 'field drop' }, h('label', { for: 'scan-file' }, words.scanFileLabel), fileInput, h('small', {}, words.scanDrop)),
    button));
  form.addEventListener('dragover', (event) => { event.preventDefault(); form.classList.add('dragging'); });
  form.addEventListener('dragleave', () => form.classList.remove('dragging'));
  form.addEventListener('drop', (event) => {
    event.preventDefault();
    form.classList.remove('dragging');
    const file = event.dataTransfer?.files[0];
    if (file) void takeFile(file);
  });

  replace(main, h('div', { class: 'wrap' },
    h('h1', {}, words.scanTitle),
    h('p', { class: 'privacy', id: 'scan-privacy' }, words.scanPrivacy),
    form,
    results));
  if (state.text) void run(state.text);
}

function report(text: string, reply: ScanReply): Child[] {
  const words = t();
  const n = (value: number) => count(value, lang());
  const kb = (new TextEncoder().encode(text).length / 1024).toFixed(1);
  const summary = h('p', { class: 'muted' }, words.scanTime(reply.ms, kb));
  if (reply.findings.length === 0) return [h('div', { class: 'verdict good' }, h('h2', {}, words.scanNothing)), summary];
  const perType = new Map<string, number>();
  for (const finding of reply.findings) perType.set(finding.type, (perType.get(finding.type) ?? 0) + 1);
  const copied = h('span', { class: 'muted', role: 'status' });
  const copy = h('button', {
    type: 'button', class: 'secondary',
    onclick: () => void navigator.clipboard.writeText(reply.masked).then(() => replace(copied, words.scanCopied), () => replace(copied, words.errorFallback)),
  }, words.scanMasked);
  return [
    h('div', { class: 'verdict bad' }, h('h2', {}, words.scanFound(reply.findings.length))),
    h('ul', { class: 'chips legend', 'aria-label': words.breachDataClasses },
      [...perType].sort((a, b) => b[1] - a[1]).map(([type, found]) => h('li', { class: `chip t-${type}`, 'data-type': type }, `${typeName(type)} `, h('strong', {}, n(found))))),
    summary,
    h('div', { class: 'copy-row' }, copy, copied),
    text.length > PREVIEW_CHARS ? h('p', { class: 'muted' }, words.scanPreviewCut(n(PREVIEW_CHARS))) : null,
    highlighted(text.slice(0, PREVIEW_CHARS), reply.findings.filter((finding) => finding.end <= PREVIEW_CHARS)),
  ];
}
