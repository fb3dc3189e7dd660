import { posix } from 'node:path';
import { SaxesParser } from 'saxes';
import { IoError } from '../../io/errors.js';
import type { ZipEntry, ZipItem } from '../../io/zip.js';

/* The package plumbing of an .xlsx workbook: its parts, their relationships, streamed XML and shared strings. */

type Attributes = Record<string, string>;
interface XmlHandlers {
  open?(name: string, attributes: Attributes): void;
  text?(text: string): void;
  close?(name: string): void;
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** Streams one part through the XML parser; element names lose their namespace prefix. */
export async function parseXml(entry: ZipEntry, handlers: XmlHandlers): Promise<void> {
  const parser = new SaxesParser();
  parser.on('error', () => {
    throw new IoError('READ', entry.path, `corrupt XML at line ${parser.line}, column ${parser.column + 1}`);
  });
  parser.on('opentag', (tag) => handlers.open?.(localName(tag.name), tag.attributes as Attributes));
  parser.on('closetag', (tag) => handlers.close?.(localName(tag.name)));
  if (handlers.text) {
    parser.on('text', handlers.text);
    parser.on('cdata', handlers.text);
  }
  const decoder = new TextDecoder();
  for await (const chunk of entry.bytes()) parser.write(decoder.decode(chunk, { stream: true }));
  parser.write(decoder.decode()).close();
}

/** Excel escapes characters XML cannot hold as `_xHHHH_` (and a literal `_x` as `_x005F_x`). */
export const unescapeText = (text: string) => text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** The text of a shared or inline string: its `<t>` runs, leaving out phonetic guides (`<rPh>`). */
export class RunText {
  text = '';
  private inText = false;
  private phonetic = 0;
  open(name: string): void {
    if (name === 't') this.inText = this.phonetic === 0;
    else if (name === 'rPh') this.phonetic++;
  }
  close(name: string): void {
    if (name === 't') this.inText = false;
    else if (name === 'rPh') this.phonetic--;
  }
  append(text: string): void {
    if (this.inText) this.text += text;
  }
  take(): string {
    const text = unescapeText(this.text);
    this.text = '';
    return text;
  }
}

interface Relationship { type: string; target: string }

/** A part's relationships by id, targets resolved to lower-case part names. */
export async function relationships(parts: Parts, source: string): Promise<Map<string, Relationship>> {
  const rels = new Map<string, Relationship>();
  const entry = parts.get(posix.join(posix.dirname(source), '_rels', `${posix.basename(source)}.rels`));
  if (!entry) return rels;
  await parseXml(entry, {
    open(name, a) {
      if (name !== 'Relationship' || a.TargetMode === 'External' || !a.Target) return;
      const target = a.Target.startsWith('/') ? a.Target.slice(1) : posix.join(posix.dirname(source), a.Target);
      rels.set(a.Id, { type: a.Type ?? '', target: posix.normalize(target).toLowerCase() });
    },
  });
  return rels;
}

export const relOfType = (rels: Map<string, Relationship>, type: string) => [...rels.values()].find((r) => r.type.endsWith(`/${type}`));

/** The archive's entries by lower-case name (part names are case-insensitive); a refused entry throws when used. */
export class Parts {
  private readonly items = new Map<string, ZipItem>();
  constructor(archive: string, items: readonly ZipItem[]) {
    for (const item of items) {
      const name = item.kind === 'file' ? item.name : (item.kind === 'error' ? item.error.path : item.path).slice(archive.length + 1);
      this.items.set(name.toLowerCase(), item);
    }
  }
  get(name: string): ZipEntry | undefined {
    const item = this.items.get(name.toLowerCase());
    if (item?.kind === 'error') throw item.error;
    return item?.kind === 'file' ? item : undefined;
  }
}

export async function readSharedStrings(entry: ZipEntry | undefined): Promise<string[]> {
  const strings: string[] = [];
  if (!entry) return strings;
  const runs = new RunText();
  await parseXml(entry, {
    open: (name) => runs.open(name),
    text: (text) => runs.append(text),
    close(name) {
      runs.close(name);
      if (name === 'si') strings.push(runs.take());
    },
  });
  return strings;
}
