import type { Finding } from '../../../src/detect/index.js';
import { h } from '../dom.js';
import { typeName } from '../i18n.js';

/** The text with each finding marked (type named for screen readers and on hover); text stays text, never HTML. */
export function highlighted(text: string, findings: readonly Finding[]): HTMLElement {
  const out = h('pre', { class: 'highlighted', tabindex: '0' });
  let at = 0;
  for (const finding of findings) {
    if (finding.start < at) continue; // findings do not overlap; stay safe if they ever did
    out.append(text.slice(at, finding.start));
    const name = typeName(finding.type);
    out.append(h('mark', { class: `t-${finding.type}`, title: name, 'data-type': finding.type }, text.slice(finding.start, finding.end), h('span', { class: 'sr-only' }, ` (${name})`)));
    at = finding.end;
  }
  out.append(text.slice(at));
  return out;
}
