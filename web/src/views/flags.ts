import { h } from '../dom.js';
import { t } from '../i18n.js';

/** A breach's flags as badges, each explained on hover and to screen readers. */
export function flagBadges(flags: readonly string[]): HTMLElement | null {
  const words = t();
  if (flags.length === 0) return null;
  return h('ul', { class: 'flags' }, flags.map((flag) => h('li', { class: `flag flag-${flag}`, title: words.flagHelp[flag] ?? flag }, words.flags[flag] ?? flag, h('span', { class: 'sr-only' }, ` — ${words.flagHelp[flag] ?? ''}`))));
}
