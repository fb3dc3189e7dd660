import './style.css';
import { api, type Status } from './api.js';
import { h, replace } from './dom.js';
import { lang, setLang, t } from './i18n.js';
import { renderBreach } from './views/breach.js';
import { renderBreaches } from './views/breaches.js';
import { renderCheck } from './views/check.js';
import { renderScan } from './views/scan.js';
import { renderStats } from './views/stats.js';

/** What a view gets: where to draw, the path's parameter, and the server's status (demo or not). */
export interface ViewContext {
  main: HTMLElement;
  param: string;
  status: Status | null;
}

type View = (context: ViewContext) => void;

const ROUTES: [RegExp, View, () => string][] = [
  [/^\/$/, renderCheck, () => t().navCheck],
  [/^\/breaches\/?$/, renderBreaches, () => t().navBreaches],
  [/^\/breaches\/(.+)$/, renderBreach, () => t().navBreaches],
  [/^\/stats\/?$/, renderStats, () => t().navStats],
  [/^\/scan\/?$/, renderScan, () => t().navScan],
];

const NAV: [string, () => string][] = [
  ['/', () => t().navCheck],
  ['/breaches', () => t().navBreaches],
  ['/stats', () => t().navStats],
  ['/scan', () => t().navScan],
];

let status: Status | null = null;

function shell(root: HTMLElement): HTMLElement {
  const words = t();
  const path = location.pathname;
  const nav = h('nav', { 'aria-label': words.navLabel },
    NAV.map(([href, label]) => {
      const current = href === '/' ? path === '/' : path.startsWith(href);
      return h('a', { href, 'aria-current': current ? 'page' : null }, label());
    }));
  const other = lang() === 'zh' ? 'en' : 'zh';
  const main = h('main', { id: 'main', tabindex: '-1' });
  replace(root,
    h('a', { class: 'skip', href: '#main' }, words.skip),
    h('header', { class: 'top' },
      h('div', { class: 'wrap top-row' },
        h('a', { class: 'brand', href: '/' }, h('img', { src: '/favicon.svg', alt: '', width: 28, height: 28 }), h('span', {}, words.brand)),
        nav,
        h('button', { type: 'button', class: 'lang', lang: other, 'aria-label': words.langSwitchLabel, onclick: switchLanguage }, words.langSwitch))),
    status?.demo ? h('div', { class: 'demo-banner', role: 'note', 'data-demo': 'true' }, h('div', { class: 'wrap' }, h('strong', {}, 'DEMO'), ' ', words.demoBanner)) : null,
    main,
    h('footer', { class: 'foot' },
      h('div', { class: 'wrap' },
        h('p', {}, words.footerPrivacy),
        h('p', {}, h('a', { href: '/api/openapi.json' }, words.footerApi), ' · ', h('span', {}, 'Leakhound · Apache-2.0')))),
  );
  return main;
}

/** Switches language in place; the keyboard focus stays on the (redrawn) switch. */
function switchLanguage(): void {
  setLang(lang() === 'zh' ? 'en' : 'zh');
  render(false);
  document.querySelector<HTMLButtonElement>('button.lang')?.focus();
}

/** Draws the page for the current address; `focus` moves the keyboard focus to the new content (after navigation). */
function render(focus: boolean): void {
  document.documentElement.lang = lang() === 'zh' ? 'zh-CN' : 'en';
  const root = document.getElementById('app')!;
  const main = shell(root);
  const path = decodeURIComponent(location.pathname);
  const route = ROUTES.find(([pattern]) => pattern.test(path));
  if (route === undefined) {
    document.title = `${t().brand}`;
    replace(main, h('div', { class: 'wrap' }, h('h1', {}, t().notFoundPage), h('p', {}, h('a', { href: '/' }, t().navCheck))));
    return;
  }
  const [pattern, view, title] = route;
  document.title = `${title()} · ${t().brand}`;
  view({ main, param: pattern.exec(path)?.[1] ?? '', status });
  if (focus) main.focus();
}

/** Same-origin links move within the page instead of loading it again. */
function followLinks(event: MouseEvent): void {
  const link = (event.target as Element).closest('a');
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const url = new URL(link.href, location.href);
  if (url.origin !== location.origin || url.pathname.startsWith('/api/') || link.hasAttribute('download') || url.hash) return;
  event.preventDefault();
  if (url.pathname !== location.pathname) history.pushState(null, '', url.pathname);
  render(true);
}

async function start(): Promise<void> {
  document.addEventListener('click', followLinks);
  window.addEventListener('popstate', () => render(true));
  status = await api.status().catch(() => null);
  render(false);
}

void start();
