import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { Stats } from '../api.js';
import { count, h } from '../dom.js';
import { lang, t } from '../i18n.js';

/** Every year from the first to the last breach, missing years as zeros; undated breaches are told apart. */
function series(byYear: Stats['byYear']): { years: number[]; breaches: number[]; identifiers: number[]; undated: number } {
  const dated = Object.keys(byYear).filter((year) => /^\d{4}$/.test(year)).map(Number);
  const years: number[] = [];
  if (dated.length > 0) for (let year = Math.min(...dated); year <= Math.max(...dated); year++) years.push(year);
  return {
    years,
    breaches: years.map((year) => byYear[year]?.breaches ?? 0),
    identifiers: years.map((year) => byYear[year]?.identifiers ?? 0),
    undated: byYear.unknown?.breaches ?? 0,
  };
}

/** Breaches per year as bars and exposed identifiers as a line (own axis), with the same numbers as a table. */
export function yearChart(byYear: Stats['byYear']): HTMLElement {
  const words = t();
  const data = series(byYear);
  const n = (value: number) => count(value, lang());
  const canvas = h('div', { class: 'chart', role: 'img', 'aria-label': `${words.chartTime}: ${data.years.map((year, i) => `${year} ${n(data.breaches[i])} / ${n(data.identifiers[i])}`).join('; ')}` });
  const table = h('details', {},
    h('summary', {}, words.showTable),
    h('table', { class: 'data' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, words.year), h('th', { scope: 'col' }, words.seriesBreaches), h('th', { scope: 'col' }, words.seriesIdentifiers))),
      h('tbody', {}, data.years.map((year, i) => h('tr', {}, h('th', { scope: 'row' }, String(year)), h('td', {}, n(data.breaches[i])), h('td', {}, n(data.identifiers[i])))))));
  const wrapper = h('div', {}, canvas, data.undated > 0 ? h('p', { class: 'muted' }, `${words.unknownDate}: ${n(data.undated)}`) : null, table);
  // uPlot measures its container, so it is drawn once the container is in the page, and again when it resizes.
  requestAnimationFrame(() => {
    if (!canvas.isConnected || data.years.length === 0) return;
    const plot = new uPlot(options(canvas.clientWidth), [data.years, data.breaches, data.identifiers], canvas);
    const resize = new ResizeObserver(() => (canvas.isConnected ? plot.setSize({ width: canvas.clientWidth, height: 280 }) : (resize.disconnect(), plot.destroy())));
    resize.observe(canvas);
  });
  return wrapper;
}

/** Tick steps for counts of breaches and for years: whole numbers only. */
const WHOLE = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];

function options(width: number): uPlot.Options {
  const words = t();
  const bars = uPlot.paths.bars!({ size: [0.6, 48] });
  const grid = { stroke: 'rgba(128,128,128,0.18)' };
  return {
    width,
    height: 280,
    // half a year of room on each side, so the first and last bars are whole
    scales: { x: { time: false, range: (_u, min, max) => [min - 0.5, max + 0.5] }, b: { range: (_u, _min, max) => [0, Math.max(1, max) * 1.15] }, i: { range: (_u, _min, max) => [0, Math.max(1, max) * 1.15] } },
    axes: [
      { stroke: 'currentColor', grid, incrs: WHOLE, space: 28, values: (_u, ticks) => ticks.map(String) },
      { scale: 'b', stroke: '#1d4ed8', grid, incrs: WHOLE, label: words.seriesBreaches, values: (_u, ticks) => ticks.map(String) },
      { scale: 'i', side: 1, stroke: '#c2410c', grid: { show: false }, label: words.seriesIdentifiers, values: (_u, ticks) => ticks.map((tick) => count(tick, lang())) },
    ],
    series: [
      { label: words.year, value: (_u, v) => (v === null ? '' : String(v)) },
      { label: words.seriesBreaches, scale: 'b', fill: 'rgba(29,78,216,0.55)', stroke: '#1d4ed8', paths: bars, points: { show: false } },
      { label: words.seriesIdentifiers, scale: 'i', stroke: '#c2410c', width: 2.5, points: { show: true, size: 7, fill: '#c2410c' }, value: (_u, v) => (v === null ? '' : count(v, lang())) },
    ],
    cursor: { drag: { x: false, y: false } },
    // the legend names the series; the figures are in the table below (a live legend reads "--" until hovered)
    legend: { live: false },
  };
}
