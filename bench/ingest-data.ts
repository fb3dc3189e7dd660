// The synthetic dump of bench:ingest: name, ID number, phone, e-mail, address; valid checksums and number ranges.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { Rng, cnMobile, cnResidentId, email, zhAddress, zhName } from '../test/synth/index.js';

export interface DumpRow {
  name: string;
  id: string;
  phone: string;
  email: string;
  address: string;
}

/** Row i of the dump with `seed`: the same every time, so the bench can check values it knows are inside. */
export function dumpRow(seed: number, i: number): DumpRow {
  const rng = new Rng(seed * 1_000_003 + i);
  return { name: zhName(rng).name, id: cnResidentId(rng), phone: cnMobile(rng), email: email(rng).replace('@', `${i}@`), address: zhAddress(rng) };
}

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Writes `rows` rows as CSV with a header to `path`; reports progress every million rows. */
export async function writeDump(path: string, seed: number, rows: number, onProgress?: (done: number) => void): Promise<void> {
  const out = createWriteStream(path);
  out.write('姓名,身份证号,手机号,邮箱,地址\n');
  let chunk: string[] = [];
  for (let i = 0; i < rows; i++) {
    const r = dumpRow(seed, i);
    chunk.push([r.name, r.id, r.phone, r.email, r.address].map(csvField).join(','));
    if (chunk.length === 10_000 || i === rows - 1) {
      if (!out.write(`${chunk.join('\n')}\n`)) await once(out, 'drain');
      chunk = [];
    }
    if ((i + 1) % 1_000_000 === 0) onProgress?.(i + 1);
  }
  out.end();
  await once(out, 'finish');
}
