import type { EntityType, Language } from '../../src/detect/types.js';

/** A gold span: the exact value of one personal-information item, per shared/spec/entities.md. */
export interface GoldSpan {
  type: EntityType;
  start: number;
  end: number;
}

export interface CorpusDoc {
  text: string;
  spans: GoldSpan[];
  genre: string;
  lang: Language;
}

/** Appends text and entity values, tracking UTF-16 offsets so every gold span is exactly what was inserted. */
export class DocBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  readonly spans: GoldSpan[] = [];
  /** The inserted values, parallel to `spans` (for the corpus self-test). */
  readonly values: string[] = [];

  text(s: string): this {
    this.parts.push(s);
    this.length += s.length;
    return this;
  }

  entity(type: EntityType, value: string): this {
    if (value.length === 0) throw new Error(`empty ${type} value`);
    this.spans.push({ type, start: this.length, end: this.length + value.length });
    this.values.push(value);
    return this.text(value);
  }

  get size(): number {
    return this.length;
  }

  build(genre: string, lang: Language): CorpusDoc {
    return { text: this.parts.join(''), spans: this.spans, genre, lang };
  }
}
