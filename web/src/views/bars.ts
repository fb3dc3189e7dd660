import { count, h } from '../dom.js';
import { lang, t } from '../i18n.js';

export interface Bar {
  label: string;
  value: number;
  className?: string;
}

/**
 * A horizontal bar chart that is also a table: screen readers and narrow screens read the rows, the bars only
 * show proportions. Bar lengths are set through the CSSOM (the style-src policy forbids style attributes).
 */
export function barList(bars: readonly Bar[], labelHeading: string, valueHeading: string): HTMLElement {
  if (bars.length === 0) return h('p', { class: 'muted' }, t().noData);
  const max = Math.max(...bars.map((bar) => bar.value), 1);
  return h('table', { class: 'bars' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, labelHeading), h('th', { scope: 'col' }, valueHeading))),
    h('tbody', {}, bars.map((bar) => {
      const fill = h('span', { class: `bar ${bar.className ?? ''}`, 'aria-hidden': 'true' });
      fill.style.width = `${Math.max(0.5, (bar.value / max) * 100)}%`;
      return h('tr', {},
        h('th', { scope: 'row' }, bar.label),
        h('td', {}, h('span', { class: 'bar-track' }, fill), h('span', { class: 'bar-value' }, count(bar.value, lang()))));
    })));
}
