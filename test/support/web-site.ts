// The site the browser tests drive: the web app built from its source by Vite and served with the API over a store
// of synthetic breaches (samples/demo-customers.csv), with an in-process SMTP server receiving verification codes.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { FastifyInstance } from 'fastify';
import { build } from 'vite';
import { keyFingerprint } from '../../src/identity/key-file.js';
import { Keyer } from '../../src/identity/prf.js';
import { ingestFile } from '../../src/ingest/ingest-file.js';
import { buildServer } from '../../src/server/app.js';
import { DEFAULT_CONFIG } from '../../src/server/config.js';
import type { DemoInfo } from '../../src/server/routes/status.js';
import { EmbeddedStore } from '../../src/store/embedded/store.js';
import type { BreachMeta } from '../../src/store/types.js';
import { startMailbox, type Mailbox } from './mailbox.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** One person of samples/demo-customers.csv (synthetic, valid identifiers), by the file's column names. */
export type Person = Record<'姓名' | '手机号' | '身份证号' | '邮箱' | '地址' | '银行卡号', string>;
export const PEOPLE: Person[] = parse(readFileSync(join(ROOT, 'samples/demo-customers.csv')), { columns: true });

/** The served breaches: which people each holds, and which of their columns. The last two people are in none. */
export const BREACHES: { meta: BreachMeta; people: number[]; columns: (keyof Person)[] }[] = [
  { meta: { name: 'Courier 2023', date: '2023-04-01', sector: 'logistics', description: 'Parcels of an online shop.', flags: [] }, people: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], columns: ['姓名', '手机号', '身份证号', '邮箱', '地址', '银行卡号'] },
  { meta: { name: 'Clinic 2022', date: '2022-01-01', sector: 'medical', description: 'Patients of a clinic.', flags: ['sensitive'] }, people: [0, 1, 2], columns: ['姓名', '手机号', '身份证号', '邮箱'] },
  { meta: { name: 'Forum 2019', date: '2019-07-15', sector: 'social', description: 'Members of a forum.', flags: [] }, people: [0, 3, 4, 5], columns: ['邮箱', '手机号'] },
  { meta: { name: 'Bank 2016', date: '2016-03-01', sector: 'banking', description: 'Cards of a bank.', flags: [] }, people: [6, 7, 8, 9], columns: ['姓名', '身份证号', '银行卡号'] },
];

/** The app built from web/ and served over the breaches above, with an SMTP server on a loopback port for codes. */
export interface Site {
  store: EmbeddedStore;
  /** Every message the SMTP server received, newest last. */
  mails: Mailbox['mails'];
  /** Starts a server of the page and the API on a loopback port; `demo` turns the demo banner and examples on. */
  serve(demo?: DemoInfo): Promise<string>;
  close(): Promise<void>;
}

export async function startSite(): Promise<Site> {
  const dir = await mkdtemp(join(tmpdir(), 'leakhound-web-'));
  const webRoot = join(dir, 'web');
  await build({ configFile: join(ROOT, 'web/vite.config.ts'), build: { outDir: webRoot, emptyOutDir: true }, logLevel: 'warn' });
  const key = Buffer.alloc(32, 11);
  const store = new EmbeddedStore(join(dir, 'data'), keyFingerprint(key));
  for (const breach of BREACHES) {
    const dump = join(dir, `${breach.meta.name}.csv`);
    await writeFile(dump, stringify([breach.columns, ...breach.people.map((i) => breach.columns.map((column) => PEOPLE[i][column]))]));
    await store.saveBreach(breach.meta);
    await ingestFile(dump, { store, keyer: new Keyer(key), breach: breach.meta.name });
  }
  const mailbox = await startMailbox();
  const limit = { max: 10_000, windowMs: 60_000 };
  const config = {
    ...DEFAULT_CONFIG,
    clientLimit: limit,
    identifierLimit: limit,
    verify: { ...DEFAULT_CONFIG.verify, startLimit: limit },
    smtp: { host: '127.0.0.1', port: mailbox.port, secure: false, from: 'Leakhound <noreply@leakhound.test>' },
    sms: 'log' as const,
  };
  const apps: FastifyInstance[] = [];
  return {
    store,
    mails: mailbox.mails,
    async serve(demo) {
      const app = await buildServer({ store, keyer: new Keyer(key), config, webRoot, logger: false, demo });
      apps.push(app);
      return app.listen({ port: 0, host: '127.0.0.1' });
    },
    async close() {
      for (const app of apps) await app.close();
      await mailbox.close();
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
