import {
  CN_NAME_FOLLOWERS,
  CN_NAME_LABELS,
  CN_NAME_TITLES,
  CN_NON_GIVEN_CHARS,
  CN_NOT_NAMES,
} from '../data/cn-name-words.js';
import { CN_COMPOUND_SURNAMES, CN_SINGLE_SURNAMES } from '../data/cn-surnames.js';
import type { Recognizer, ScanState } from '../types.js';
import { isDivisionName } from './cn-division-index.js';
import { NAME_LABEL, NAME_TITLE, zhKeywords } from './zh-keywords.js';

const NAME = 'zh-person';
const SCORE_LABEL = 0.9;
const SCORE_TITLE = 0.85;
const SCORE_COLUMN = 0.85;
const SCORE_FIELD = 0.7;

const SINGLE = new Set(CN_SINGLE_SURNAMES);
const COMPOUND = new Set(CN_COMPOUND_SURNAMES);
const COMPOUND_HEADS = new Set(CN_COMPOUND_SURNAMES.map((s) => s[0]));
const NON_GIVEN = new Set(CN_NON_GIVEN_CHARS);
const FOLLOWERS = new Set([...CN_NAME_FOLLOWERS, ...CN_NAME_TITLES.map((t) => t.slice(0, 2))]);
/** Words before a name that are also surnames: in "向王老师" 向 is not the surname. */
const LEADING_WORDS = new Set('向于和同与跟给找问请让叫被把对为是由从及');
const COLUMN_WORDS = [...CN_NAME_LABELS.map((w) => w.toLowerCase()), 'name'];

const SURNAME_HEADS = [...new Set([...CN_SINGLE_SURNAMES, ...COMPOUND_HEADS])].join('');

/** What may follow a label: quotes, a separator (which makes the label explicit), 是 or 为. */
const LABEL_TAIL = /[ \t\u3000]*["'”]?[ \t\u3000]*(?:[:：=][ \t\u3000]*["'“]?[ \t\u3000]*)?(?:是|为)?/y;
/** Start of a delimited field (CSV cell, space-separated column) that begins with a surname character. */
const FIELD = new RegExp(`[\\n\\t ,，|;；"'、/\\[(（【<>\\u3000](?=[${SURNAME_HEADS}])`, 'g');
const FIELD_END = /[\t\r\n ,，|;；"'、/\])）】<>\u3000]/;
const MOBILE_AFTER = /1[3-9]\d{9}(?!\d)/y;
/** A chat line's speaker: optional time stamp, then the name, then a colon or the end of the line. */
const TIME_STAMP = /[ \t]*(?:\[[^\]\n]{1,30}\]|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ T]\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}:\d{2}(?::\d{2})?)?[ \t]*/y;
const SPEAKER_END = /[ \t]*(?:[:：]|\r?$)/my;
/** "@张伟" in a chat, and a sex written after a name: "郭颖雅（男，40岁）", "张伟，男，". */
const MENTION = /@(?=[\u4e00-\u9fff])/g;
const SEX_AFTER = /[（(，, ][男女](?=[，,、)）\s]|\d)/g;
const DOTTED_NAME = /[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8}/y;

const isCjk = (code: number) => code >= 0x4e00 && code <= 0x9fff;

function givenChar(text: string, at: number): boolean {
  return at < text.length && isCjk(text.charCodeAt(at)) && !NON_GIVEN.has(text[at]);
}

/** End of a surname + one or two given characters at `pos` (never past `limit`), or -1. */
function readName(text: string, pos: number, limit = text.length): number {
  for (const surname of [2, 1]) {
    if (surname === 2 ? !COMPOUND_HEADS.has(text[pos]) || !COMPOUND.has(text.slice(pos, pos + 2)) : !SINGLE.has(text[pos])) continue;
    const given = pos + surname;
    if (given >= limit || !givenChar(text, given)) continue;
    const second = given + 1;
    if (second < limit && givenChar(text, second) && !FOLLOWERS.has(text.slice(second, second + 2))) return second + 1;
    return second;
  }
  return -1;
}

/** Rejects words that look like names: 高兴, 周末, 江苏 ...; `loose` (an explicit label) only rejects exact words. */
function plausible(text: string, start: number, end: number, loose: boolean): boolean {
  const candidate = text.slice(start, end);
  if (CN_NOT_NAMES.has(candidate) || isDivisionName(candidate)) return false;
  if (loose) return true;
  const head = text.slice(start, start + 2);
  return !CN_NOT_NAMES.has(head) && !isDivisionName(head);
}

/** A name right after a label ("收件人：张伟", "患者王芳"). */
function afterLabel(scan: ScanState, labelEnd: number): void {
  const { text } = scan;
  LABEL_TAIL.lastIndex = labelEnd;
  const pos = labelEnd + LABEL_TAIL.exec(text)![0].length;
  const explicit = text.slice(labelEnd, pos).search(/[:：=]/) >= 0;
  DOTTED_NAME.lastIndex = pos;
  const dotted = explicit ? DOTTED_NAME.exec(text) : null;
  if (dotted) {
    scan.add('PERSON', pos, pos + dotted[0].length, SCORE_LABEL, NAME);
    return;
  }
  const end = boundedName(text, pos);
  if (end > 0 && plausible(text, pos, end, explicit)) scan.add('PERSON', pos, end, SCORE_LABEL, NAME);
}

/** Whether a name may end at `end`: the text after it is not Chinese, or starts a word no name continues into. */
function bounded(text: string, end: number): boolean {
  if (end >= text.length || !isCjk(text.charCodeAt(end))) return true;
  return NON_GIVEN.has(text[end]) || FOLLOWERS.has(text.slice(end, end + 2));
}

/** The end of a name at `pos` that is followed by a boundary (the one-character given name if need be), or -1. */
function boundedName(text: string, pos: number): number {
  const end = readName(text, pos);
  if (end < 0 || bounded(text, end)) return end;
  const shorter = end - 1;
  return readName(text, pos, shorter) === shorter && bounded(text, shorter) ? shorter : -1;
}

/** A name right before a title ("王秀英女士") or before 收 closing a parcel label ("张伟收"). */
function beforeTitle(scan: ScanState, end: number, titleEnd: number): void {
  const { text } = scan;
  if (titleEnd === end + 1 && titleEnd < text.length && isCjk(text.charCodeAt(titleEnd))) return; // 收到, 收货
  nameEndingAt(scan, end, SCORE_TITLE);
}

/** The longest plausible name ending at `end` ("向王伟先生": 王伟, not 向王伟). */
function nameEndingAt(scan: ScanState, end: number, score: number): void {
  const { text } = scan;
  for (let start = Math.max(0, end - 4); start <= end - 2; start++) {
    if (readName(text, start, end) !== end) continue;
    if (LEADING_WORDS.has(text[start]) && SINGLE.has(text[start + 1])) continue;
    if (plausible(text, start, end, false)) scan.add('PERSON', start, end, score, NAME);
    return;
  }
}

function fromKeywords(scan: ScanState): void {
  for (const { start, end, kind } of zhKeywords(scan)) {
    if (kind & NAME_LABEL) afterLabel(scan, end);
    if (kind & NAME_TITLE) beforeTitle(scan, start, end);
  }
}

/** A field holding exactly a name: "张伟,13800138000", "| 李娜 |", "王芳 女 35岁". */
function fromFields(scan: ScanState): void {
  const { text } = scan;
  fieldAt(scan, 0);
  FIELD.lastIndex = 0;
  for (let m = FIELD.exec(text); m !== null; m = FIELD.exec(text)) {
    if (m[0] === '"' || m[0] === "'") {
      let before = m.index - 1;
      while (before >= 0 && text[before] === ' ') before--;
      if (before >= 0 && ':：='.includes(text[before])) continue; // a JSON or key=value value: the key decides
    }
    fieldAt(scan, m.index + 1);
  }
}

function fieldAt(scan: ScanState, pos: number): void {
  const { text } = scan;
  const end = readName(text, pos);
  if (end < 0 || (end < text.length && isCjk(text.charCodeAt(end)))) return;
  MOBILE_AFTER.lastIndex = end;
  const bounded = end === text.length || FIELD_END.test(text[end]) || MOBILE_AFTER.test(text);
  if (bounded && plausible(text, pos, end, false)) scan.add('PERSON', pos, end, SCORE_FIELD, NAME);
}

/** Chat speakers ("[18:12] 江强涛: ...", "2019-08-13 21:02:14 周伟" on its own line) and mentions ("@余雪睿"). */
function fromChat(scan: ScanState): void {
  const { text } = scan;
  for (let line = 0; line < text.length; ) {
    TIME_STAMP.lastIndex = line;
    const pos = line + TIME_STAMP.exec(text)![0].length;
    const end = readName(text, pos);
    if (end > 0) {
      SPEAKER_END.lastIndex = end;
      if (SPEAKER_END.test(text) && plausible(text, pos, end, false)) scan.add('PERSON', pos, end, SCORE_TITLE, NAME);
    }
    const next = text.indexOf('\n', line);
    line = next < 0 ? text.length : next + 1;
  }
  if (!text.includes('@')) return;
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(text); m !== null; m = MENTION.exec(text)) {
    const end = boundedName(text, m.index + 1);
    if (end > 0 && plausible(text, m.index + 1, end, false)) scan.add('PERSON', m.index + 1, end, SCORE_TITLE, NAME);
  }
}

function fromSexAfter(scan: ScanState): void {
  const { text } = scan;
  SEX_AFTER.lastIndex = 0;
  for (let m = SEX_AFTER.exec(text); m !== null; m = SEX_AFTER.exec(text)) nameEndingAt(scan, m.index, SCORE_TITLE);
}

/** A table cell under a name column: the structured mode passes the header as context for the whole text. */
function fromColumn(scan: ScanState): void {
  const { text } = scan;
  if (!scan.hasContext(0, 0, COLUMN_WORDS, 0)) return;
  const pos = text.length - text.trimStart().length;
  const end = readName(text, pos);
  if (end > 0 && (end === text.length || !isCjk(text.charCodeAt(end))) && plausible(text, pos, end, true)) {
    scan.add('PERSON', pos, end, SCORE_COLUMN, NAME);
  }
}

/** Chinese personal names: surname list plus labels, titles, table fields and column context. */
export const zhPersonRecognizer: Recognizer = {
  name: NAME,
  types: ['PERSON'],
  languages: ['zh'],
  find(scan) {
    if (!scan.wants('PERSON')) return;
    fromKeywords(scan);
    fromFields(scan);
    fromChat(scan);
    fromSexAfter(scan);
    fromColumn(scan);
  },
  examples: {
    positive: [
      { text: '收件人：张伟 13800138000', type: 'PERSON', value: '张伟' },
      { text: '请联系王秀英女士办理', type: 'PERSON', value: '王秀英' },
      { text: '联系人李娜，电话见附件', type: 'PERSON', value: '李娜' },
      { text: '患者欧阳娜娜，女，35岁，主诉头痛', type: 'PERSON', value: '欧阳娜娜' },
      { text: '刘建国,男,北京市', type: 'PERSON', value: '刘建国' },
      { text: '您好，我是赵敏，订单有问题', type: 'PERSON', value: '赵敏' },
    ],
    negative: [
      '我在北京工作，周末很高兴',
      '王国的历史很长，方便面很好吃',
      '金额,时间,方式',
      '张开双臂，于是大家都笑了',
      '学生时代的客户服务',
      '请查收附件，谢谢',
    ],
  },
};
