/** Children of an element: nodes, text, or nothing (skipped), nested as convenient. */
export type Child = Node | string | number | null | undefined | false | readonly Child[];

type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

/**
 * Makes an element. `on…` attributes become listeners; `true` sets a boolean attribute; null, undefined and
 * false leave an attribute out. Text is always set as text, never parsed as HTML.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.appendChild(typeof child === 'object' ? (child as Node) : document.createTextNode(String(child)));
  }
}

/** Replaces everything inside `parent`. */
export function replace(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** A number the reader's way (1,234,567 or 1,234,567 in either language). */
export function count(n: number, lang: string): string {
  return n.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US');
}
