import type { Counts } from './score.js';
import { rates } from './score.js';

/** Targets of the detection engine, and the table that prints figures next to them. */

export interface Target {
  label: string;
  pass: (c: Counts) => boolean;
}

const atLeast = (value: number, min: number) => !Number.isNaN(value) && value >= min;

function precisionRecall(p: number, r: number): Target {
  return { label: `P>=${p} R>=${r}`, pass: (c) => atLeast(rates(c).precision, p) && atLeast(rates(c).recall, r) };
}

function f1(min: number): Target {
  return { label: `F1>=${min}`, pass: (c) => atLeast(rates(c).f1, min) };
}

const CHECKSUM = precisionRecall(0.98, 0.97);

/** Per-row targets; PERSON and ADDRESS are judged on their zh/en rows. */
export const TARGETS: Record<string, Target> = {
  CN_RESIDENT_ID: CHECKSUM,
  PHONE_NUMBER: CHECKSUM,
  BANK_CARD: CHECKSUM,
  IBAN: CHECKSUM,
  US_SSN: CHECKSUM,
  EMAIL_ADDRESS: CHECKSUM,
  IP_ADDRESS: CHECKSUM,
  'PERSON zh': f1(0.9),
  'PERSON en': f1(0.8),
  'ADDRESS zh': f1(0.9),
  'ADDRESS en': f1(0.8),
  USERNAME: f1(0.9),
  PASSWORD: f1(0.9),
};

export const THROUGHPUT_TARGET_MB_S = 20;

const fmt = (x: number) => (Number.isNaN(x) ? '    -' : x.toFixed(3));

export const HEADER = `${'type'.padEnd(18)}${['gold', 'pred', 'TP', 'FP', 'FN'].map((h) => h.padStart(7)).join('')}${['prec', 'recall', 'F1'].map((h) => h.padStart(8)).join('')}   ${'target'.padEnd(16)}result`;

export function row(name: string, c: Counts, target?: Target): string {
  const r = rates(c);
  const nums = [c.gold, c.pred, c.tp, c.pred - c.tp, c.gold - c.tp].map((n) => String(n).padStart(7)).join('');
  const pr = [r.precision, r.recall, r.f1].map((x) => fmt(x).padStart(8)).join('');
  const verdict = target ? (target.pass(c) ? 'PASS' : 'FAIL') : '';
  return `${name.padEnd(18)}${nums}${pr}   ${(target?.label ?? '').padEnd(16)}${verdict}`;
}

/** One line of context around [start, end), the value in ⟦ ⟧, line breaks shown as ⏎. */
export function context(text: string, start: number, end: number, width = 32): string {
  const clean = (s: string) => s.replace(/\r?\n/g, '⏎').replace(/\t/g, '⇥');
  const before = clean(text.slice(Math.max(0, start - width), start));
  const after = clean(text.slice(end, end + width));
  return `${start > width ? '…' : ''}${before}⟦${clean(text.slice(start, end))}⟧${after}${end + width < text.length ? '…' : ''}`;
}
