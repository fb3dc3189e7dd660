import type { BreachSummary } from '../api.js';
import { h } from '../dom.js';
import { sectorName, t, typeName } from '../i18n.js';

/** The path of a breach's page. */
export function breachHref(name: string): string {
  return `/breaches/${encodeURIComponent(name)}`;
}

/** One breach in a check answer: its name (a link to its page), date, sector and what leaked. */
export function breachCard(breach: BreachSummary): HTMLElement {
  const words = t();
  return h('li', { class: 'card breach-card' },
    h('h3', {}, h('a', { href: breachHref(breach.name) }, breach.name)),
    h('dl', { class: 'facts' },
      h('div', {}, h('dt', {}, words.breachDate), h('dd', {}, breach.date ?? words.unknownDate)),
      h('div', {}, h('dt', {}, words.breachSector), h('dd', {}, sectorName(breach.sector)))),
    h('p', { class: 'muted' }, words.breachDataClasses),
    chips(breach.dataClasses));
}

export function chips(types: readonly string[]): HTMLElement {
  return h('ul', { class: 'chips' }, types.map((type) => h('li', { class: `chip t-${type}` }, typeName(type))));
}
