import type { EntityType, Language } from '../../src/detect/types.js';
import type { Rng } from '../../test/synth/index.js';
import { type CorpusDoc, DocBuilder } from './doc-builder.js';
import { accountWithLabel, labelOf, negativeWithLabel, separator, valueOf } from './fields.js';

/** What a genre template writes with: text, entities, labelled fields and hard negatives. */
export class Writer {
  private readonly doc = new DocBuilder();

  constructor(
    readonly rng: Rng,
    readonly lang: Language,
  ) {}

  /** Plain text (no personal data in it). */
  t(...parts: string[]): this {
    for (const p of parts) this.doc.text(p);
    return this;
  }

  /** Inserts an entity; generates its value unless given. Returns the value. */
  e(type: EntityType, value: string = valueOf(this.rng, type, this.lang)): string {
    this.doc.entity(type, value);
    return value;
  }

  /** `label` + separator + value, with a label and separator typical for the language unless given. */
  field(type: EntityType, label = labelOf(this.rng, type, this.lang), sep = separator(this.rng, this.lang)): string {
    if (this.rng.chance(0.08)) this.t(this.lang === 'zh' ? `【${label}】` : `[${label}] `);
    else this.t(label, sep === '' && /[A-Za-z0-9]$/.test(label) ? this.colon() : sep);
    return this.e(type);
  }

  /** A labelled username (QQ, WeChat, Telegram or plain account name). */
  account(sep = separator(this.rng, this.lang)): string {
    const [label, value] = accountWithLabel(this.rng, this.lang);
    this.t(label, sep === '' ? this.colon() : sep);
    return this.e('USERNAME', value);
  }

  /** A labelled hard negative: order number, waybill, hash, bad-checksum ID ... */
  neg(sep = separator(this.rng, this.lang)): this {
    const [label, value] = negativeWithLabel(this.rng, this.lang);
    return this.t(label, sep === '' ? this.colon() : sep, value);
  }

  private colon(): string {
    return this.lang === 'zh' ? '：' : ': ';
  }

  pick<T>(items: readonly T[]): T {
    return this.rng.pick(items);
  }

  /** Shuffles in place (Fisher-Yates) and returns the array. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.rng.int(i + 1);
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }

  chance(p: number): boolean {
    return this.rng.chance(p);
  }

  int(n: number): number {
    return this.rng.int(n);
  }

  get size(): number {
    return this.doc.size;
  }

  build(genre: string): CorpusDoc & { values: string[] } {
    return { ...this.doc.build(genre, this.lang), values: this.doc.values };
  }
}
