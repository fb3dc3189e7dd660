import { api, type Breach } from '../api.js';
import { count, h, replace } from '../dom.js';
import { kindLabel, lang, sectorName, t, typeName } from '../i18n.js';
import type { ViewContext } from '../main.js';
import { barList } from './bars.js';
import { loadInto } from './errors.js';
import { flagBadges } from './flags.js';

/** One breach's page: what it is, when, which sector, and how many values of each data class it held. */
export function renderBreach({ main, param }: ViewContext): void {
  const words = t();
  const body = h('div');
  replace(main, h('div', { class: 'wrap' }, h('p', {}, h('a', { href: '/breaches' }, words.backToCatalogue)), body));
  loadInto(body, () => api.breach(param), draw);
}

function draw(body: HTMLElement, breach: Breach): void {
  const words = t();
  const n = (value: number) => count(value, lang());
  document.title = `${breach.name} · ${words.brand}`;
  const flagNotes = breach.flags.map((flag) => h('p', { class: `note flag-note-${flag}` }, words.flagHelp[flag] ?? flag));
  replace(body,
    h('div', { class: 'card-head' }, h('h1', {}, breach.name), flagBadges(breach.flags)),
    breach.description ? h('p', { class: 'lead' }, breach.description) : null,
    flagNotes,
    h('dl', { class: 'facts wide' },
      h('div', {}, h('dt', {}, words.breachDate), h('dd', {}, breach.date ?? words.unknownDate)),
      h('div', {}, h('dt', {}, words.breachSector), h('dd', {}, sectorName(breach.sector))),
      h('div', {}, h('dt', {}, words.records), h('dd', {}, n(breach.records))),
      h('div', {}, h('dt', {}, words.files), h('dd', {}, n(breach.files))),
      h('div', {}, h('dt', {}, words.addedAt), h('dd', {}, breach.addedAt.slice(0, 10)))),
    h('section', { class: 'card' },
      h('h2', {}, words.dataClassesTitle),
      barList(Object.entries(breach.dataClasses).sort((a, b) => b[1] - a[1]).map(([type, values]) => ({ label: typeName(type), value: values, className: `t-${type}` })), words.typeColumn, words.valuesColumn)),
    h('section', { class: 'card' },
      h('h2', {}, words.identifiersTitle),
      barList(Object.entries(breach.identifiers).map(([kind, values]) => ({ label: kindLabel(kind), value: values ?? 0 })), words.typeColumn, words.valuesColumn)));
}
