import { buildCorpus } from '../../bench/corpus.js';
const t = performance.now();
const { docs, bytes } = buildCorpus({ seed: Number(process.argv[2] ?? 1), targetBytes: 4_000_000 });
console.log(docs.length, bytes, performance.now() - t, 'ms');
const seen = new Set<string>();
for (const d of docs) { const k = d.genre + '/' + d.lang; if (seen.has(k)) continue; seen.add(k);
  let out = ''; let pos = 0;
  for (const s of d.spans) { out += d.text.slice(pos, s.start) + '⟦' + d.text.slice(s.start, s.end) + '⟧' + s.type.slice(0, 4); pos = s.end; }
  out += d.text.slice(pos);
  console.log(`===== ${k}\n${out.slice(0, 1500)}`);
}
