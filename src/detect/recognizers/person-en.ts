import { EN_GIVEN_NAMES, EN_NOT_NAMES, EN_NOT_SURNAMES, EN_PLACE_WORDS } from '../data/en-names.js';
import { PINYIN_NOT_NAMES, PINYIN_SURNAMES, PINYIN_WORD } from '../data/pinyin.js';
import type { Recognizer, ScanState } from '../types.js';
import { inColumn } from './column-context.js';
import { LabelSet } from './label-before.js';
import { codeAt } from './code-at.js';
import { type TextIndex, textIndex } from './text-index.js';

const NAME = 'en-person';
const MAX_WORDS = 4;

const GIVEN = new Set(EN_GIVEN_NAMES);
/** Labels after which a name follows ("Name: X", "Cardholder: X"). */
const LABELS = new Set([
  'full name', 'full_name', 'fullname', 'real name', 'real_name', 'realname', 'first name', 'first_name', 'firstname',
  'last name', 'last_name', 'lastname', 'given name', 'surname', 'customer name', 'customer_name', 'client name', 'patient name', 'contact name',
  'contact_name', 'display name', 'display_name', 'cardholder name', 'cardholder', 'card holder', 'account holder',
  'account name', 'name', 'recipient', 'attn', 'attention', 'signed', 'customer', 'client', 'patient', 'contact',
  'sender', 'from', 'to', 'cc', 'bcc', 'by', 'applicant', 'employee', 'student', 'passenger', 'guest', 'tenant',
  'insured', 'beneficiary', 'witness', 'author', 'owner', 'consignee', 'driver', 'buyer', 'seller', 'prepared by',
  'approved by', 'submitted by', 'signed by', 'reported by', 'assignee', 'reviewer', 'reporter', 'manager', 'supervisor',
  'emergency contact', 'next of kin', 'fullz', '姓名', '联系人', '收件人', '客户',
  '持卡人',
]);
const SIGN_OFFS = new Set([
  'regards', 'best regards', 'kind regards', 'sincerely', 'best', 'thanks', 'thank you', 'cheers', 'truly',
  'faithfully', 'yours', 'respectfully', 'warmly', 'best wishes',
]);

/** Titles and greetings before a name ("Mr. X", "Dear X"), each as written: a title, a label, or a greeting. */
const TITLE_WORDS = ['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Prof', 'Sir', 'Mister', 'MR', 'MRS', 'MS', 'DR'];
const OPENERS = new Map<string, Context>([
  ...TITLE_WORDS.map((w) => [w, 'title'] as const),
  ...['Dear', 'DEAR', 'Attn', 'ATTN'].map((w) => [w, 'salutation'] as const),
  ...['Hi', 'HI', 'Hello', 'HELLO', 'Hey'].map((w) => [w, 'greeting'] as const),
]);
const LONGEST_OPENER = Math.max(...[...OPENERS.keys()].map((w) => w.length));
/** By the first letter of an opener: a bit per length of the openers it starts. */
const OPENER_SHAPES = new Uint8Array(128);
for (const word of OPENERS.keys()) OPENER_SHAPES[word.charCodeAt(0)] |= 1 << word.length;
/** 1 for what may end an opener and what may follow one before the name: its last letters, "." and ",". */
const OPENER_ENDS = new Uint8Array(128);
for (const word of OPENERS.keys()) OPENER_ENDS[word.charCodeAt(word.length - 1)] = 1;
OPENER_ENDS[46] = OPENER_ENDS[44] = 1;
/** Capitalised words (initials allowed) right where a context says a name is. */
const RUN =
  /[A-ZÀ-Þ][A-Za-zÀ-ÿ'’]*(?:-[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’]*)*(?:\.(?=[ \t]))?(?:[ \t]+[A-ZÀ-Þ][A-Za-zÀ-ÿ'’]*(?:-[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’]*)*(?:\.(?=[ \t]))?){0,5}/y;
/**
 * Two or more capitalised words: where a known given name followed by a surname, or a name in pinyin ("Wenchao Li",
 * "WANG Yanyang"), is looked for. Tried only at the first word before a space and a capital.
 */
const TITLE_CASE_RUN =
  /[A-Z](?<![A-Za-z0-9'’_-][A-Z])(?:[a-zà-ÿ'’]+(?:-[A-Za-z][a-zà-ÿ'’]+)?|[A-Z]+)(?:[ \t]+(?:[A-Z]\.|(?:Mc|Mac|O')?[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?|[A-Z]{2,})){1,4}(?![A-Za-z])/y;
const SUFFIXES = new Set(['Jr.', 'Sr.', 'Jr', 'Sr', 'II', 'III', 'IV']);
/** First words of the names of places and greetings' objects, not of people ("Hello New York", "Happy New Year"). */
const PLACE_STARTS = new Set(
  'New Old North South East West San Santa Los Las Saint St Fort Port Mount Great Happy Good Merry Little Big'.split(' '),
);
const TITLES = new Set(TITLE_WORDS);
const COLUMN_WORDS = ['name', '姓名', 'contact', 'customer', 'holder', 'recipient'];
const NOT_COLUMN_WORDS = ['user', 'file', 'host', 'company', 'product'];
/** A character RUN starts with: [A-ZÀ-Þ]. */
const isRunStart = (code: number) => (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde);
const LABEL_SET = new LabelSet([...LABELS].map((w) => [w, true] as const));
const SIGN_OFF_SET = new LabelSet([...SIGN_OFFS].map((w) => [w, true] as const));
const TITLE_CASE = /^(?:[A-ZÀ-Þ][a-zß-ÿ'’]+(?:-[A-Z][a-zß-ÿ'’]+)?|(?:Mc|Mac|O')[A-Z][a-z]+)$/;
const ALL_CAPS = /^[A-Z]+$/;
const NAME_BEFORE = /name\W*$/i;
const CAMEL_CASE = /[a-z]{3}[A-Z]|[a-z][A-Z][a-z]*[A-Z]/;

/** What says a name follows; after a salutation ("Dear Grace:") one word is enough, as after a title. */
type Context = 'title' | 'salutation' | 'label' | 'greeting' | 'column';

interface Word {
  text: string;
  start: number;
  end: number;
}

const isCapital = (code: number) => code >= 65 && code <= 90;
const isLetter = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
const isGap = (code: number) => code === 32 || code === 9;
/** Characters of a first word of a title-case run: letters, à-ÿ, apostrophes and hyphens. */
const isRunChar = (code: number) => isLetter(code) || (code >= 0xe0 && code <= 0xff) || code === 39 || code === 0x2019 || code === 45;
const bare = (word: string) => (word.charCodeAt(word.length - 1) === 46 ? word.slice(0, -1) : word);
const isInitial = (word: string) =>
  isCapital(word.charCodeAt(0)) && (word.length === 1 || (word.length === 2 && word.charCodeAt(1) === 46));
const isTitleCase = (word: string) => TITLE_CASE.test(word);
/** A word of a name after its first; the last may end a sentence ("Manager: Emily Wood."). */
const isNamePart = (word: Word, last: boolean) =>
  isInitial(word.text) || SUFFIXES.has(word.text) || isTitleCase(last ? bare(word.text) : word.text);
/** Words a name does not run into: places, function words, and words that are never names. */
const BREAKS = new Set([...EN_NOT_SURNAMES, ...EN_NOT_NAMES]);
/**
 * By an ASCII first character, a bit per length of the words in BREAKS that start with it: most words of a name
 * (the ones that do not break it) are ruled out without cutting and hashing a string.
 */
const BREAK_SHAPES = new Uint32Array(128);
for (const word of BREAKS) if (word.charCodeAt(0) < 128 && word.length < 32) BREAK_SHAPES[word.charCodeAt(0)] |= 1 << word.length;
const isBreak = (word: Word) => {
  const { text } = word;
  if (text.length === 2 && isInitial(text)) return false; // "Susan A. Cruz"
  const first = text.charCodeAt(0);
  const length = text.charCodeAt(text.length - 1) === 46 ? text.length - 1 : text.length; // as `bare` cuts it
  if (first < 128 && length < 32 && (BREAK_SHAPES[first] & (1 << length)) === 0) return false;
  return BREAKS.has(bare(text));
};

/** Whether the run `nameAt` read last stopped at the name of a place ("Paris", "Street"). */
let stoppedAtPlace = false;
/**
 * The surname that is also a place word ("Hall", "Lane") or an English word ("He", "You") that ended the run `nameAt`
 * read last: after a label or title ("Name: Rebecca Hall") it is the surname, without one ("Albert Hall") a place.
 */
let endingSurname: Word | undefined;
const SURNAME_PLACE_WORDS = new Set(['Hall', 'Lane', 'Church', 'Day', 'Law']);

/** The name words of the run at `start`: up to the first word that cannot be part of a name (see stoppedAtPlace). */
function nameAt(text: string, start: number): Word[] {
  RUN.lastIndex = start;
  const words: Word[] = [];
  stoppedAtPlace = false;
  endingSurname = undefined;
  if (!RUN.test(text)) return words;
  const runEnd = RUN.lastIndex;
  // A run that goes on with a digit or "_" is part of an identifier ("Ed25519", "Field_1").
  const after = codeAt(text, runEnd);
  if ((after >= 48 && after <= 57) || after === 95) return words;
  for (let at = start; at < runEnd; ) {
    let end = at + 1;
    while (end < runEnd && !isGap(text.charCodeAt(end))) end++;
    const word = { text: text.slice(at, end), start: at, end };
    if (isBreak(word)) {
      stoppedAtPlace = EN_PLACE_WORDS.has(bare(word.text));
      // The run's last word, or one that ends a sentence ("Manager: Gary Hall. Phone ..."); a pinyin surname that is
      // also an English word ("realName": "Yabo He") only as the run's last word.
      const surname = bare(word.text);
      const last = end === runEnd;
      if ((SURNAME_PLACE_WORDS.has(surname) && (last || surname !== word.text)) || (last && isPinyinSurname(surname))) endingSurname = word;
      break;
    }
    if (words.length === MAX_WORDS) break;
    words.push(word);
    at = end;
    while (at < runEnd && isGap(text.charCodeAt(at))) at++;
  }
  while (words.length > 1 && isInitial(words[words.length - 1].text)) words.pop();
  return words;
}

function report(scan: ScanState, words: readonly Word[], score: number): void {
  const last = words[words.length - 1];
  const end = last.text.endsWith('.') && !isInitial(last.text) && !SUFFIXES.has(last.text) ? last.end - 1 : last.end;
  scan.add('PERSON', words[0].start, end, score, NAME);
}

/**
 * A title or greeting before the capital at `capital` ("Mr. X", "Dear, X"): the word, an optional period, spaces and
 * an optional comma, with no letter right before the word. Read backwards from the capitals after spaces.
 */
function openerBefore(text: string, capital: number): Context | undefined {
  let at = capital - 1;
  while (at > 0 && isGap(text.charCodeAt(at - 1))) at--;
  // Most words before a capital end in a letter no opener ends in ("the", "and"): nothing more to read.
  const last = codeAt(text, at - 1);
  if (last < 0 || last >= 128 || OPENER_ENDS[last] === 0) return undefined;
  if (last === 44) {
    at--; // ","
    while (at > 0 && isGap(text.charCodeAt(at - 1))) at--;
  }
  const dotted = text.charCodeAt(at - 1) === 46; // "Mr.": only a title takes a period
  if (dotted) at--;
  let start = at;
  while (start > 0 && at - start <= LONGEST_OPENER && isLetter(text.charCodeAt(start - 1))) start--;
  if (start === at || at - start > LONGEST_OPENER || !isCapital(text.charCodeAt(start))) return undefined;
  if ((OPENER_SHAPES[text.charCodeAt(start)] & (1 << (at - start))) === 0) return undefined;
  const kind = OPENERS.get(text.slice(start, at));
  return dotted && kind !== 'title' ? undefined : kind;
}

/** Whether the line that ends at `end` (white space aside) is "--", the line above an e-mail signature. */
function isSignatureDelimiter(text: string, end: number): boolean {
  return end >= 2 && text.charCodeAt(end - 1) === 45 && text.charCodeAt(end - 2) === 45 && (end === 2 || text.charCodeAt(end - 3) === 10);
}

/** Where a name may follow: a title or greeting, a separator after a label, a line after a sign-off, a name column. */
function contextsOf(scan: ScanState, index: TextIndex, column: boolean): [number, Context][] {
  const { text } = scan;
  const contexts: [number, Context][] = [];
  for (const capital of index.spaceCapitals) {
    const kind = openerBefore(text, capital);
    if (kind !== undefined) contexts.push([capital, kind]);
  }
  // "Name: X", "\"name\": \"X\"": a separator, spaces and a quote, then a capital, after a label.
  for (const separator of index.separators) {
    let at = separator + 1;
    while (isGap(codeAt(text, at))) at++;
    let code = codeAt(text, at);
    if (code === 34 || code === 39) {
      at++;
      while (isGap(codeAt(text, at))) at++;
      code = codeAt(text, at);
    }
    if (isCapital(code) && LABEL_SET.before(text, separator)) contexts.push([at, 'label']);
  }
  // "Regards,\nX": a line ending in a comma after a sign-off; "--\nX": a signature after its delimiter line.
  for (const line of index.lineBreaks) {
    let comma = line;
    while (comma > 0 && (isGap(text.charCodeAt(comma - 1)) || text.charCodeAt(comma - 1) === 13)) comma--;
    if (isSignatureDelimiter(text, comma)) {
      if (isCapital(codeAt(text, line + 1))) contexts.push([line + 1, 'label']);
      continue;
    }
    if (comma === 0 || text.charCodeAt(comma - 1) !== 44) continue;
    const next = codeAt(text, line + 1);
    if (!isCapital(next) && !isGap(next)) continue;
    if (!SIGN_OFF_SET.before(text, comma - 1)) continue;
    let at = line + 1;
    while (isGap(codeAt(text, at))) at++;
    if (isCapital(codeAt(text, at))) contexts.push([at, 'label']);
  }
  if (column) contexts.push([text.length - text.trimStart().length, 'column']);
  return contexts;
}

function fromContext(scan: ScanState, index: TextIndex, column: boolean): void {
  const { text } = scan;
  for (const [at, kind] of contextsOf(scan, index, column)) {
    let words = nameAt(text, at);
    let titled = kind === 'title';
    // "Name: Rebecca Hall", "Mr. Hall": a context says the place word ending the run is a surname.
    if (endingSurname !== undefined && (words.length > 0 || titled) && words.length < MAX_WORDS) words = [...words, endingSurname];
    if (words.length > 1 && TITLES.has(bare(words[0].text))) {
      words = words.slice(1); // "Dear Mr. Reed"
      titled = true;
    }
    if (words.length === 0) continue;
    const first = bare(words[0].text);
    // One word with a capital inside after three small letters, or two capitals inside, is an identifier ("name:
    // PermissionName", "MyAppWarning"), where "McDonald" and "DeShawn" are names; nor is one initial ("J.P. Morgan").
    if (words.length === 1 && (CAMEL_CASE.test(first) || isInitial(words[0].text))) continue;
    // Without a title, words that start a place's name ("name: 'New Zealand Bank Account Number'", "Hello New York").
    if (words.length > 1 && !titled && PLACE_STARTS.has(first)) continue;
    const known = GIVEN.has(first);
    if (titled) {
      if (isTitleCase(first) || ALL_CAPS.test(first)) report(scan, words, 0.9);
    } else if (kind === 'greeting') {
      // "Hi Emily", "Hi Grace Hernandez": a known given name, or two or more words of a name ("Hi Support Team" stops
      // at the words that are never names).
      if (known || (words.length > 1 && words.every((word, i) => isNamePart(word, i === words.length - 1)))) {
        report(scan, words, 0.85);
      }
    } else if (words.length > 1 || known || kind === 'column' || (kind === 'salutation' && isTitleCase(first)) || NAME_BEFORE.test(text.slice(Math.max(0, at - 12), at))) {
      report(scan, words, 0.9);
    }
  }
}

/**
 * No context: a known given name followed by a surname ("Apple CEO Tim Cook"), not the name of a place. A run of
 * title-case words needs a space and a capital after its first word: the run is tried at the word before each.
 */
function fromGivenNames(scan: ScanState, index: TextIndex): void {
  const { text } = scan;
  let covered = 0;
  for (const capital of index.spaceCapitals) {
    let end = capital - 1;
    while (end > 0 && isGap(text.charCodeAt(end - 1))) end--;
    let start = end;
    while (start > covered && isRunChar(text.charCodeAt(start - 1))) start--;
    for (let at = start; at < end; at++) {
      if (at < covered || !isCapital(text.charCodeAt(at))) continue;
      TITLE_CASE_RUN.lastIndex = at;
      if (!TITLE_CASE_RUN.test(text)) continue;
      covered = TITLE_CASE_RUN.lastIndex;
      fromRun(scan, at);
    }
  }
}

function fromRun(scan: ScanState, at: number): void {
  const words = nameAt(scan.text, at);
  if (stoppedAtPlace || fromPinyin(scan, words)) return;
  let given = 0;
  while (given < words.length && !GIVEN.has(words[given].text)) given++;
  if (words.length - given < 2) return;
  for (let i = given + 1; i < words.length; i++) if (!isNamePart(words[i], i === words.length - 1)) return;
  report(scan, words.slice(given), 0.75);
}

const isPinyin = (lower: string, syllables: number) => {
  const joined = lower.replace('-', '');
  return joined.length >= 2 && PINYIN_WORD.test(joined) && (syllables < 2 || !PINYIN_SURNAMES.has(joined) || joined.length > 4);
};
const GIVEN_FIRST = /^[A-Z][a-z]/;

const LONGEST_PINYIN_SURNAME = Math.max(...[...PINYIN_SURNAMES].map((surname) => surname.length));
/** A letter's place in the alphabet, either case; -1 for anything else. */
const letterIndex = (code: number) => ((code | 32) >= 97 && (code | 32) <= 122 ? (code | 32) - 97 : -1);
/**
 * By the first two letters of a pinyin surname (either case), a bit per its length: most words of English names ("Tim",
 * "Cook") are ruled out without lower-casing and hashing them. Surnames are ASCII letters only, and no character of a
 * name word but an ASCII letter lower-cases to one.
 */
const PINYIN_SHAPES = new Uint8Array(26 * 26);
for (const surname of PINYIN_SURNAMES) {
  PINYIN_SHAPES[letterIndex(surname.charCodeAt(0)) * 26 + letterIndex(surname.charCodeAt(1))] |= 1 << surname.length;
}
/** A pinyin surname in any case. */
const isPinyinSurname = (word: string) => {
  if (word.length < 2 || word.length > LONGEST_PINYIN_SURNAME) return false;
  const first = letterIndex(word.charCodeAt(0));
  const second = letterIndex(word.charCodeAt(1));
  if (first < 0 || second < 0 || (PINYIN_SHAPES[first * 26 + second] & (1 << word.length)) === 0) return false;
  return PINYIN_SURNAMES.has(word.toLowerCase());
};

/** A Chinese name in pinyin: "Zhang Wei", "WANG Yanyang", "Wenchao Li" (a given name first has two syllables). */
function fromPinyin(scan: ScanState, words: readonly Word[]): boolean {
  if (words.length < 2) return false;
  let surnameB = isPinyinSurname(words[0].text);
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i].text;
    const b = words[i + 1].text;
    const surnameA = surnameB;
    surnameB = isPinyinSurname(b);
    if (!surnameA && !surnameB) continue;
    const lowerA = a.toLowerCase();
    const lowerB = b.toLowerCase();
    if (PINYIN_NOT_NAMES.has(`${lowerA} ${lowerB}`) || (ALL_CAPS.test(a) && ALL_CAPS.test(b))) continue;
    const surnameFirst = surnameA && isPinyin(lowerB, 1) && !ALL_CAPS.test(b);
    const givenFirst = surnameB && GIVEN_FIRST.test(a) && isPinyin(lowerA, 2) && a.length >= 5;
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
    // A cell under a name column; a cell that does not start with a capital holds no name, whatever the header.
    const text = scan.text;
    const column =
      inColumn(scan, COLUMN_WORDS) &&
      !inColumn(scan, NOT_COLUMN_WORDS) &&
      isRunStart(text.charCodeAt(text.length - text.trimStart().length));
    const index = textIndex(scan);
    fromContext(scan, index, column);
    fromGivenNames(scan, index);
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
