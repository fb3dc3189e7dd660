import { EN_GIVEN_NAMES, EN_NOT_NAMES, EN_NOT_SURNAMES, EN_PLACE_WORDS } from '../data/en-names.js';
import { PINYIN_NOT_NAMES, PINYIN_SURNAMES, PINYIN_WORD } from '../data/pinyin.js';
import type { Recognizer, ScanState } from '../types.js';
import { inColumn } from './column-context.js';
import { labelBefore } from './label-before.js';

const NAME = 'en-person';
const MAX_WORDS = 4;

const GIVEN = new Set(EN_GIVEN_NAMES);
/** Labels after which a name follows ("Name: X", "Cardholder: X"). */
const LABELS = new Set([
  'full name', 'full_name', 'fullname', 'first name', 'first_name', 'firstname', 'last name', 'last_name', 'lastname',
  'given name', 'surname', 'customer name', 'customer_name', 'client name', 'patient name', 'contact name',
  'contact_name', 'display name', 'display_name', 'cardholder name', 'cardholder', 'card holder', 'account holder',
  'account name', 'name', 'recipient', 'attn', 'attention', 'signed', 'customer', 'client', 'patient', 'contact',
  'sender', 'from', 'to', 'cc', 'bcc', 'by', 'applicant', 'employee', 'student', 'passenger', 'guest', 'tenant',
  'insured', 'beneficiary', 'witness', 'author', 'owner', 'consignee', 'driver', 'buyer', 'seller', 'prepared by',
  'approved by', 'submitted by', 'signed by', 'reported by', 'assignee', 'reviewer', '姓名', '联系人', '收件人', '客户',
  '持卡人',
]);
const SIGN_OFFS = new Set([
  'regards', 'best regards', 'kind regards', 'sincerely', 'best', 'thanks', 'thank you', 'cheers', 'truly',
  'faithfully', 'yours', 'respectfully', 'warmly', 'best wishes',
]);

/**
 * Where a name may follow: a title or greeting ("Mr. X", "Dear X"), a separator after a label ("Name: X",
 * "\"name\": \"X\""), or a line break after a sign-off ("Regards,\nX"). Labels are looked up before separators, which
 * is much faster than a case-insensitive alternation of every label.
 */
const TITLE_OR_GREETING =
  /(?:(?<title>Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Mister|MR|MRS|MS|DR)\.?|(?<greeting>Dear|DEAR|Attn|ATTN|Hi|HI|Hello|HELLO|Hey))[ \t]*,?[ \t]+(?=[A-Z])/g;
/** A separator followed by a capital letter; the word before it is then looked up among the labels. */
const SEPARATOR = /[:：=][ \t]*["']?[ \t]*(?=[A-Z])/g;
/** Capitalised words (initials allowed) right where a context says a name is. */
const RUN =
  /[A-ZÀ-Þ][A-Za-zÀ-ÿ'’]*(?:-[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’]*)*(?:\.(?=[ \t]))?(?:[ \t]+[A-ZÀ-Þ][A-Za-zÀ-ÿ'’]*(?:-[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’]*)*(?:\.(?=[ \t]))?){0,5}/y;
/**
 * Two or more capitalised words anywhere: where a known given name followed by a surname, or a name in pinyin
 * ("Wenchao Li", "WANG Yanyang"), is looked for.
 */
const TITLE_CASE_RUN =
  /[A-Z](?<![A-Za-z0-9'’_-][A-Z])(?:[a-zà-ÿ'’]+(?:-[A-Za-z][a-zà-ÿ'’]+)?|[A-Z]+)(?:[ \t]+(?:[A-Z]\.|(?:Mc|Mac|O')?[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?|[A-Z]{2,})){1,4}(?![A-Za-z])/g;
const WORD = /[^ \t]+/g;
const INITIAL = /^[A-Z]\.?$/;
const SUFFIXES = new Set(['Jr.', 'Sr.', 'Jr', 'Sr', 'II', 'III', 'IV']);
const TITLES = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Prof', 'Sir', 'Mister', 'MR', 'MRS', 'MS', 'DR']);
const COLUMN_WORDS = ['name', '姓名', 'contact', 'customer', 'holder', 'recipient'];
const NOT_COLUMN_WORDS = ['user', 'file', 'host', 'company', 'product'];

interface Word {
  text: string;
  start: number;
  end: number;
}

const bare = (word: string) => (word.endsWith('.') ? word.slice(0, -1) : word);
const isTitleCase = (word: string) => /^(?:[A-ZÀ-Þ][a-zß-ÿ'’]+(?:-[A-Z][a-zß-ÿ'’]+)?|(?:Mc|Mac|O')[A-Z][a-z]+)$/.test(word);
const isNamePart = (word: Word) => INITIAL.test(word.text) || SUFFIXES.has(word.text) || isTitleCase(word.text);
const isBreak = (word: Word) => {
  if (INITIAL.test(word.text) && word.text.endsWith('.')) return false; // "Susan A. Cruz"
  const text = bare(word.text);
  return EN_NOT_SURNAMES.has(text) || EN_NOT_NAMES.has(text);
};

/** The name words of the run at `start`: up to the first word that cannot be part of a name. */
function nameAt(text: string, start: number): { words: Word[]; place: boolean } {
  RUN.lastIndex = start;
  const run = RUN.exec(text);
  const words: Word[] = [];
  let place = false;
  if (!run) return { words, place };
  WORD.lastIndex = 0;
  for (let m = WORD.exec(run[0]); m !== null; m = WORD.exec(run[0])) {
    const word = { text: m[0], start: start + m.index, end: start + m.index + m[0].length };
    if (isBreak(word)) {
      place = EN_PLACE_WORDS.has(bare(word.text));
      break;
    }
    if (words.length === MAX_WORDS) break;
    words.push(word);
  }
  while (words.length > 1 && INITIAL.test(words[words.length - 1].text)) words.pop();
  return { words, place };
}

function report(scan: ScanState, words: readonly Word[], score: number): void {
  const last = words[words.length - 1];
  const end = last.text.endsWith('.') && !INITIAL.test(last.text) && !SUFFIXES.has(last.text) ? last.end - 1 : last.end;
  scan.add('PERSON', words[0].start, end, score, NAME);
}

function fromContext(scan: ScanState, column: boolean): void {
  const { text } = scan;
  const contexts: [number, string][] = [];
  TITLE_OR_GREETING.lastIndex = 0;
  for (let m = TITLE_OR_GREETING.exec(text); m !== null; m = TITLE_OR_GREETING.exec(text)) {
    if (/[A-Za-z]/.test(text[m.index - 1] ?? '')) continue; // "DrMr", "OHi": inside a word
    const { greeting } = m.groups!;
    const at = m.index + m[0].length;
    contexts.push([at, greeting === undefined ? 'title' : /^(?:dear|attn)$/i.test(greeting) ? 'label' : 'greeting']);
  }
  SEPARATOR.lastIndex = 0;
  for (let m = SEPARATOR.exec(text); m !== null; m = SEPARATOR.exec(text)) {
    if (labelBefore(text, m.index).some((w) => LABELS.has(w))) contexts.push([m.index + m[0].length, 'label']);
  }
  for (let line = text.indexOf('\n'); line >= 0; line = text.indexOf('\n', line + 1)) {
    let comma = line;
    while (comma > 0 && (text[comma - 1] === ' ' || text[comma - 1] === '\t' || text[comma - 1] === '\r')) comma--;
    if (text[comma - 1] !== ',' || !/[A-Z]/.test(text[line + 1] ?? '') && !/[ \t]/.test(text[line + 1] ?? '')) continue;
    if (!labelBefore(text, comma - 1).some((w) => SIGN_OFFS.has(w))) continue;
    let at = line + 1;
    while (text[at] === ' ' || text[at] === '\t') at++;
    if (/[A-Z]/.test(text[at] ?? '')) contexts.push([at, 'label']);
  }
  if (column) contexts.push([text.length - text.trimStart().length, 'column']);
  for (const [at, kind] of contexts) {
    let { words } = nameAt(text, at);
    let titled = kind === 'title';
    if (words.length > 1 && TITLES.has(bare(words[0].text))) {
      words = words.slice(1); // "Dear Mr. Reed"
      titled = true;
    }
    if (words.length === 0) continue;
    const first = bare(words[0].text);
    const known = GIVEN.has(first);
    if (titled) {
      if (isTitleCase(first) || /^[A-Z]+$/.test(first)) report(scan, words, 0.9);
    } else if (kind === 'greeting') {
      if (known) report(scan, words, 0.85);
    } else if (words.length > 1 || known || kind === 'column' || /name\W*$/i.test(text.slice(Math.max(0, at - 12), at))) {
      report(scan, words, 0.9);
    }
  }
}

/** No context: a known given name followed by a surname ("Apple CEO Tim Cook"), not the name of a place. */
function fromGivenNames(scan: ScanState): void {
  const { text } = scan;
  TITLE_CASE_RUN.lastIndex = 0;
  for (let m = TITLE_CASE_RUN.exec(text); m !== null; m = TITLE_CASE_RUN.exec(text)) {
    const { words, place } = nameAt(text, m.index);
    if (place) continue;
    if (fromPinyin(scan, words)) continue;
    const at = words.findIndex((w) => GIVEN.has(w.text));
    const name = words.slice(at);
    if (at >= 0 && name.length > 1 && name.slice(1).every(isNamePart)) report(scan, name, 0.75);
  }
}

const isPinyin = (word: string, syllables: number) => {
  const lower = word.toLowerCase().replace('-', '');
  return lower.length >= 2 && PINYIN_WORD.test(lower) && (syllables < 2 || !PINYIN_SURNAMES.has(lower) || lower.length > 4);
};

/** A Chinese name in pinyin: "Zhang Wei", "WANG Yanyang", "Wenchao Li" (a given name first has two syllables). */
function fromPinyin(scan: ScanState, words: readonly Word[]): boolean {
  for (let i = 0; i + 1 < words.length; i++) {
    const [a, b] = [words[i].text, words[i + 1].text];
    if (PINYIN_NOT_NAMES.has(`${a} ${b}`.toLowerCase()) || (/^[A-Z]+$/.test(a) && /^[A-Z]+$/.test(b))) continue;
    const surnameFirst = PINYIN_SURNAMES.has(a.toLowerCase()) && isPinyin(b, 1) && !/^[A-Z]+$/.test(b);
    const givenFirst = PINYIN_SURNAMES.has(b.toLowerCase()) && /^[A-Z][a-z]/.test(a) && isPinyin(a, 2) && a.length >= 5;
    if (surnameFirst || givenFirst) {
      report(scan, [words[i], words[i + 1]], 0.8);
      return true;
    }
  }
  return false;
}

/** Latin-script personal names: labels, titles, greetings, sign-offs and a given-name list. */
export const enPersonRecognizer: Recognizer = {
  name: NAME,
  types: ['PERSON'],
  languages: ['en'],
  find(scan) {
    if (!scan.wants('PERSON')) return;
    const column = inColumn(scan, COLUMN_WORDS) && !inColumn(scan, NOT_COLUMN_WORDS);
    fromContext(scan, column);
    fromGivenNames(scan);
  },
  examples: {
    positive: [
      { text: 'Dear Mr. Jonathan Reed, your order shipped.', type: 'PERSON', value: 'Jonathan Reed' },
      { text: 'Name: Zhang Wei\nPhone: 555-0100', type: 'PERSON', value: 'Zhang Wei' },
      { text: 'Best regards,\nEmily Carter', type: 'PERSON', value: 'Emily Carter' },
      { text: 'From: Laura Finch <laura@example.com>', type: 'PERSON', value: 'Laura Finch' },
      { text: 'I met Daniel Okafor at the conference.', type: 'PERSON', value: 'Daniel Okafor' },
      { text: 'Cardholder: MARIA GARCIA', type: 'PERSON', value: 'MARIA GARCIA' },
    ],
    negative: [
      'Dear Customer, your package is on its way.',
      'The New York Times reported on Monday.',
      'Hello World! This is a test.',
      'We flew from Paris to London.',
      'Name: required',
      'Paul Revere Elementary School',
    ],
  },
};
