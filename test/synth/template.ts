import type { Rng } from './rng.js';

/**
 * Tiny fill-in templates: `#` is any digit, `N` a digit 2-9, `{abc}` one of the listed characters;
 * every other character is copied. Compiled once, filled with no intermediate arrays.
 */
export type Template = readonly (string | number)[];

const ANY_DIGIT = '0123456789';
const NOT_01 = '23456789';

/** Compiles to literal runs (strings) and indices into a table of character sets (numbers). */
export function compile(pattern: string, sets: string[]): Template {
  const out: (string | number)[] = [];
  let literal = '';
  const pushSet = (chars: string) => {
    if (literal) out.push(literal);
    literal = '';
    let index = sets.indexOf(chars);
    if (index < 0) index = sets.push(chars) - 1;
    out.push(index);
  };
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '#') pushSet(ANY_DIGIT);
    else if (c === 'N') pushSet(NOT_01);
    else if (c === '{') {
      const close = pattern.indexOf('}', i);
      pushSet(pattern.slice(i + 1, close));
      i = close;
    } else literal += c;
  }
  if (literal) out.push(literal);
  return out;
}

export function fill(rng: Rng, template: Template, sets: readonly string[]): string {
  let out = '';
  for (let i = 0; i < template.length; i++) {
    const part = template[i];
    if (typeof part === 'string') out += part;
    else {
      const chars = sets[part];
      out += chars[rng.int(chars.length)];
    }
  }
  return out;
}

/** A compiled list of patterns sharing one set table. */
export class TemplateSet {
  private readonly sets: string[] = [];
  private readonly templates: Template[];

  constructor(patterns: readonly string[]) {
    this.templates = patterns.map((p) => compile(p, this.sets));
  }

  get size(): number {
    return this.templates.length;
  }

  fill(rng: Rng, index = rng.int(this.templates.length)): string {
    return fill(rng, this.templates[index], this.sets);
  }
}
