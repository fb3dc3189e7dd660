import { api, type Breach } from '../api.js';
import { count, h, replace } from '../dom.js';
import { lang, sectorName, t, typeName } from '../i18n.js';
import type { ViewContext } from '../main.js';
import { breachHref, chips } from './breach-card.js';
import { loadInto } from './errors.js';
import { flagBadges } from './flags.js';

type Sort = 'newest' | 'oldest' | 'largest' | 'name';

const state: { query: string; sort: Sort } = { query: '', sort: 'newest' };

const ORDER: Record<Sort, (a: Breach, b: Breach) => number> = {
  newest: (a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.name.localeCompare(b.name),
  oldest: (a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.name.localeCompare(b.name),
  largest: (a, b) => b.records - a.records || a.name.localeCompare(b.name),
  name: (a, b) => a.name.localeCompare(b.name, lang() === 'zh' ? 'zh-CN' : 'en'),
};

/** True when every word of the query is in the breach's name, sector, description or data classes (either language). */
function matches(breach: Breach, words: string[]): boolean {
  const haystack = [breach.name, breach.sector, sectorName(breach.sector), breach.description, ...Object.keys(breach.dataClasses).flatMap((type) => [type, typeName(type)])].join(' ').toLowerCase();
  return words.every((word) => haystack.includes(word));
}

export function renderBreaches({ main }: ViewContext): void {
  const words = t();
  const body = h('div');
  replace(main, h('div', { class: 'wrap' }, h('h1', {}, words.breachesTitle), body));
  loadInto(body, api.breaches, draw);
}

function draw(body: HTMLElement, breaches: Breach[]): void {
  const words = t();
  const list = h('ul', { class: 'catalogue', id: 'catalogue' });
  const shown = h('p', { class: 'muted', role: 'status' });
  const search = h('input', { id: 'search', type: 'search', value: state.query, placeholder: words.searchPlaceholder, autocomplete: 'off', 'aria-controls': 'catalogue' });
  const sort = h('select', { id: 'sort', 'aria-controls': 'catalogue' },
    (['newest', 'oldest', 'largest', 'name'] as const).map((value) => h('option', { value, selected: state.sort === value }, words[`sort${value[0].toUpperCase()}${value.slice(1)}` as 'sortNewest'])));
  const update = () => {
    state.query = search.value;
    state.sort = sort.value as Sort;
    const terms = state.query.toLowerCase().split(/\s+/).filter(Boolean);
    const found = breaches.filter((b) => matches(b, terms)).sort(ORDER[state.sort]);
    replace(list, found.map(row));
    replace(shown, found.length === 0 ? words.noMatch : words.showing(found.length, breaches.length));
  };
  search.addEventListener('input', update);
  sort.addEventListener('change', update);
  replace(body,
    h('p', { class: 'lead' }, words.breachesIntro(breaches.length)),
    h('div', { class: 'toolbar' },
      h('div', { class: 'field grow' }, h('label', { for: 'search' }, words.searchLabel), search),
      h('div', { class: 'field' }, h('label', { for: 'sort' }, words.sortLabel), sort)),
    shown,
    list);
  update();
}

function row(breach: Breach): HTMLElement {
  const words = t();
  const identifiers = Object.values(breach.identifiers).reduce((sum, n) => sum + (n ?? 0), 0);
  return h('li', { class: 'card' },
    h('div', { class: 'card-head' }, h('h2', {}, h('a', { href: breachHref(breach.name) }, breach.name)), flagBadges(breach.flags)),
    h('p', { class: 'muted' }, `${breach.date ?? words.unknownDate} · ${sectorName(breach.sector)}`),
    h('dl', { class: 'facts' },
      h('div', {}, h('dt', {}, words.records), h('dd', {}, count(breach.records, lang()))),
      h('div', {}, h('dt', {}, words.identifiers), h('dd', {}, count(identifiers, lang())))),
    chips(Object.keys(breach.dataClasses)));
}
