import { api, type Stats } from '../api.js';
import { count, h, replace } from '../dom.js';
import { kindLabel, lang, sectorName, t, typeName } from '../i18n.js';
import type { ViewContext } from '../main.js';
import { barList } from './bars.js';
import { loadInto } from './errors.js';
import { yearChart } from './year-chart.js';

/** The dashboard: totals, then breaches and exposed identifiers over time, by sector and by data class. */
export function renderStats({ main }: ViewContext): void {
  const words = t();
  const body = h('div');
  replace(main, h('div', { class: 'wrap' }, h('h1', {}, words.statsTitle), body));
  loadInto(body, api.stats, draw);
}

function draw(body: HTMLElement, stats: Stats): void {
  const words = t();
  const n = (value: number) => count(value, lang());
  if (stats.breaches === 0) return replace(body, h('p', { class: 'lead' }, words.noData));
  const unique = Object.entries(stats.uniqueIdentifiers);
  const totalUnique = unique.reduce((sum, [, value]) => sum + (value ?? 0), 0);
  const tile = (label: string, value: string, detail?: string) => h('div', { class: 'tile' }, h('p', { class: 'tile-label' }, label), h('p', { class: 'tile-value' }, value), detail ? h('p', { class: 'muted' }, detail) : null);
  replace(body,
    h('div', { class: 'tiles' },
      tile(words.statBreaches, n(stats.breaches)),
      tile(words.statRecords, n(stats.records)),
      tile(words.statIdentifiers, n(totalUnique), unique.map(([kind, value]) => `${kindLabel(kind)} ${n(value ?? 0)}`).join(' · '))),
    h('section', { class: 'card chart-card', id: 'chart-time' }, h('h2', {}, words.chartTime), yearChart(stats.byYear)),
    h('div', { class: 'two' },
      h('section', { class: 'card', id: 'chart-sector' },
        h('h2', {}, words.chartSector),
        barList(Object.entries(stats.bySector).sort((a, b) => b[1].identifiers - a[1].identifiers).map(([sector, tally]) => ({ label: sectorName(sector), value: tally.identifiers, className: `s-${sector}` })), words.breachSector, words.seriesIdentifiers)),
      h('section', { class: 'card', id: 'chart-class' },
        h('h2', {}, words.chartDataClass),
        barList(Object.entries(stats.byDataClass).sort((a, b) => b[1].breaches - a[1].breaches || b[1].values - a[1].values).map(([type, tally]) => ({ label: typeName(type), value: tally.breaches, className: `t-${type}` })), words.typeColumn, words.seriesBreaches))));
}
