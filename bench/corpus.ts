import type { Language } from '../src/detect/types.js';
import { Rng } from '../test/synth/index.js';
import type { CorpusDoc } from './corpus/doc-builder.js';
import { chatLog, forumSale } from './corpus/genres-chat.js';
import { comboList, csvTable, jsonLog } from './corpus/genres-data.js';
import { enEmail, enHrRecord, enTicket } from './corpus/genres-en.js';
import { zhOrder, zhWaybill } from './corpus/genres-zh-commerce.js';
import { zhMedical, zhNews, zhServiceChat } from './corpus/genres-zh.js';
import { Writer } from './corpus/writer.js';

export type { CorpusDoc, GoldSpan } from './corpus/doc-builder.js';

/** A synthetic labelled corpus: documents of many genres with gold spans per shared/spec/entities.md. */

interface Genre {
  name: string;
  lang: Language;
  weight: number;
  write: (w: Writer) => void;
}

const GENRES: readonly Genre[] = [
  { name: 'news', lang: 'zh', weight: 1, write: zhNews },
  { name: 'service-chat', lang: 'zh', weight: 1, write: zhServiceChat },
  { name: 'medical', lang: 'zh', weight: 0.7, write: zhMedical },
  { name: 'order', lang: 'zh', weight: 1, write: zhOrder },
  { name: 'waybill', lang: 'zh', weight: 0.8, write: zhWaybill },
  { name: 'email', lang: 'en', weight: 1, write: enEmail },
  { name: 'ticket', lang: 'en', weight: 0.8, write: enTicket },
  { name: 'hr', lang: 'en', weight: 0.7, write: enHrRecord },
  { name: 'chat', lang: 'zh', weight: 0.8, write: chatLog },
  { name: 'chat', lang: 'en', weight: 0.8, write: chatLog },
  { name: 'forum', lang: 'zh', weight: 0.6, write: forumSale },
  { name: 'forum', lang: 'en', weight: 0.6, write: forumSale },
  { name: 'csv', lang: 'zh', weight: 0.7, write: csvTable },
  { name: 'csv', lang: 'en', weight: 0.5, write: csvTable },
  { name: 'json-log', lang: 'zh', weight: 0.5, write: jsonLog },
  { name: 'json-log', lang: 'en', weight: 0.5, write: jsonLog },
  { name: 'combo', lang: 'en', weight: 0.7, write: comboList },
];

export const GENRE_NAMES: readonly string[] = [...new Set(GENRES.map((g) => g.name))];

export interface LabelledDoc extends CorpusDoc {
  /** The inserted values, parallel to `spans`. */
  values: string[];
}

export interface CorpusOptions {
  seed: number;
  /** Stop once the documents hold this many UTF-8 bytes. */
  targetBytes: number;
}

/** Bytes of `text` in UTF-8, without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function buildCorpus({ seed, targetBytes }: CorpusOptions): { docs: LabelledDoc[]; bytes: number } {
  const rng = new Rng(seed);
  const total = GENRES.reduce((sum, g) => sum + g.weight, 0);
  const docs: LabelledDoc[] = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    let r = rng.float() * total;
    let genre = GENRES[0];
    for (const g of GENRES) {
      r -= g.weight;
      if (r < 0) {
        genre = g;
        break;
      }
    }
    const writer = new Writer(rng, genre.lang);
    genre.write(writer);
    const doc = writer.build(genre.name);
    docs.push(doc);
    bytes += utf8Length(doc.text);
  }
  return { docs, bytes };
}
