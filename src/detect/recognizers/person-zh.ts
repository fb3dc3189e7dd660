import { CN_NAME_LABELS } from '../data/cn-name-words.js';
import type { Recognizer, ScanState } from '../types.js';
import { inColumn } from './column-context.js';
import { stickyEnd } from './sticky.js';
import { type TextIndex, textIndex } from './text-index.js';
import { NAME_LABEL, NAME_TITLE, type ZhIndex, zhIndex } from './zh-keywords.js';
import { SURNAME_HEADS, boundedName, isCjk, isSingleSurname, plausible, readName } from './zh-name.js';

const NAME = 'zh-person';
const SCORE_LABEL = 0.9;
const SCORE_TITLE = 0.85;
const SCORE_COLUMN = 0.85;
const SCORE_FIELD = 0.7;
const SCORE_CLAUSE = 0.6;

/** Words before a name that are also surnames: in "向王老师" 向 is not the surname. */
const LEADING_WORDS = new Set('向于和同与跟给找问请让叫被把对为是由从及');
const COLUMN_WORDS = [...CN_NAME_LABELS.map((w) => w.toLowerCase()), 'name'];

/**
 * What may follow a label: quotes, a separator or the closing bracket of "【收件人】" (either makes the label explicit),
 * 是 or 为.
 */
const LABEL_TAIL = /[ \t\u3000]*["'”】\]]?[ \t\u3000]*(?:[:：=][ \t\u3000]*["'“]?[ \t\u3000]*)?(?:是|为)?/y;
const codes = (chars: string) => {
  const table = new Uint8Array(65536);
  for (const ch of chars) table[ch.charCodeAt(0)] = 1;
  return table;
};
const SURNAME_HEAD = codes(SURNAME_HEADS);
const LEADING = codes([...LEADING_WORDS].join(''));
const FIELD_END = codes('\t\r\n ,，|;；"\'、/])）】<>\u3000”」』-');
/** Starts of a clause or line, where a name followed by a verb or particle is taken ("经查，胡鑫彤曾持护照"). */
const CLAUSE_START = codes('\n，,。！？');
/**
 * A phone number in the next field ("李荣,13053060587", "马龙超----15831322070", "邵秀,+91 98691 18873"): a PRC mobile
 * or an international number. After a label-like "xx：" a field is a name only when one follows ("地址信息：李荣,130...").
 */
const PHONE_FIELD_AFTER =
  /[ \t]*(?:[,，|;；\s]|-{2,4})[ \t]*(?:(?:\+?86[ -]?)?1[3-9]\d[ -]?\d{4}[ -]?\d{4}|(?:\+|00)[1-9]\d{0,2}[ -]?\d{2,5}(?:[ -]?\d{2,5}){1,3})(?!\d)/y;
const MOBILE_AFTER = /1[3-9]\d{9}(?!\d)/y;

/** Whether PHONE_FIELD_AFTER matches at `end`. */
function phoneFieldAfter(text: string, end: number): boolean {
  PHONE_FIELD_AFTER.lastIndex = end;
  return PHONE_FIELD_AFTER.test(text);
}
/** A chat line's speaker: optional time stamp, then the name, then a colon or the end of the line. */
const TIME_STAMP = /[ \t]*(?:\[[^\]\n]{1,30}\]|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ T]\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}:\d{2}(?::\d{2})?)?[ \t]*/y;
const SPEAKER_END = /[ \t]*(?:[:：]|\r?$)/my;
const EXPLICIT = /[:：=】\]]/;
const DOTTED_NAME = /[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8}/y;

/** A name right after a label ("收件人：张伟", "患者王芳"). */
function afterLabel(scan: ScanState, labelEnd: number): void {
  const { text } = scan;
  const pos = stickyEnd(LABEL_TAIL, text, labelEnd);
  const explicit = EXPLICIT.test(text.slice(labelEnd, pos));
  DOTTED_NAME.lastIndex = pos;
  const dotted = explicit ? DOTTED_NAME.exec(text) : null;
  if (dotted) {
    scan.add('PERSON', pos, pos + dotted[0].length, SCORE_LABEL, NAME);
    return;
  }
  const end = boundedName(text, pos);
  if (end > 0 && plausible(text, pos, end, explicit)) scan.add('PERSON', pos, end, SCORE_LABEL, NAME);
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
    if (LEADING[text.charCodeAt(start)] === 1 && isSingleSurname(text, start + 1)) continue;
    if (plausible(text, start, end, false)) scan.add('PERSON', start, end, score, NAME);
    return;
  }
}

function fromKeywords(scan: ScanState, index: ZhIndex): void {
  for (const { start, end, kind } of index.keywords) {
    if (kind & NAME_LABEL) afterLabel(scan, end);
    if (kind & NAME_TITLE) beforeTitle(scan, start, end);
  }
}

/**
 * A field holding exactly a name: "张伟,13800138000", "| 李娜 |", "王芳 女 35岁". The delimiters before a surname come
 * from the shared scan of the text.
 */
function fromFields(scan: ScanState, index: ZhIndex): void {
  const { text } = scan;
  fieldAt(scan, 0);
  for (const i of index.fieldStarts) {
    const lead = text.charCodeAt(i);
    if (lead === 0x22 || lead === 0x27) {
      let before = i - 1;
      while (before >= 0 && text[before] === ' ') before--;
      if (before >= 0 && ':：='.includes(text[before])) continue; // a JSON or key=value value: the key decides
    }
    fieldAt(scan, i + 1, lead);
  }
}

/** A name at `pos` after the delimiter `lead`: a whole field, or the subject of a clause. */
function fieldAt(scan: ScanState, pos: number, lead = 10): void {
  const { text } = scan;
  let end = readName(text, pos);
  if (end < 0) return;
  if (end < text.length && isCjk(text.charCodeAt(end))) {
    // "向王老师请教": 向 is a word before a name, not a surname.
    if (CLAUSE_START[lead] !== 1 || (LEADING[text.charCodeAt(pos)] === 1 && isSingleSurname(text, pos + 1))) return;
    end = boundedName(text, pos);
    if (end > 0 && isCjk(text.charCodeAt(end)) && plausible(text, pos, end, false)) scan.add('PERSON', pos, end, SCORE_CLAUSE, NAME);
    return;
  }
  // After a label-like "xx：" a phone number must follow; it is then known to, and not looked for again below.
  const labelled = lead === 0x3a || lead === 0xff1a;
  if (labelled && !phoneFieldAfter(text, end)) return;
  const next = text.charCodeAt(end);
  const bounded = end === text.length || FIELD_END[next] === 1 || (next === 0x31 && ((MOBILE_AFTER.lastIndex = end), MOBILE_AFTER.test(text)));
  if (!bounded) return;
  // A phone number in the next field makes the field a name even when it is also a word or a place (单一睿, 马龙超).
  if (plausible(text, pos, end, false) || ((labelled || phoneFieldAfter(text, end)) && plausible(text, pos, end, true))) {
    scan.add('PERSON', pos, end, SCORE_FIELD, NAME);
  }
}

/** Chat speakers ("[18:12] 江强涛: ...", "2019-08-13 21:02:14 周伟" on its own line) and mentions ("@余雪睿"). */
function fromChat(scan: ScanState, textIndex: TextIndex): void {
  const { text } = scan;
  const lines = textIndex.lineBreaks;
  for (let k = -1; k < lines.length; k++) {
    const line = k < 0 ? 0 : lines[k] + 1;
    if (line >= text.length) break;
    // A time stamp starts with a space, "[" or a digit; otherwise the name, if any, starts the line.
    const lead = text.charCodeAt(line);
    let pos = line;
    if (lead === 32 || lead === 9 || lead === 91 || (lead >= 48 && lead <= 57)) {
      pos = stickyEnd(TIME_STAMP, text, line);
    }
    if (SURNAME_HEAD[text.charCodeAt(pos)] !== 1) continue;
    const end = readName(text, pos);
    if (end > 0) {
      SPEAKER_END.lastIndex = end;
      // After a time stamp the speaker's name stands alone: it may start like a word (东方欣, 万一成).
      if (SPEAKER_END.test(text) && plausible(text, pos, end, pos > line)) scan.add('PERSON', pos, end, SCORE_TITLE, NAME);
    }
  }
  for (const at of textIndex.atSigns) {
    if (!isCjk(text.charCodeAt(at + 1))) continue;
    const end = boundedName(text, at + 1);
    if (end > 0 && plausible(text, at + 1, end, true)) scan.add('PERSON', at + 1, end, SCORE_TITLE, NAME); // a mention: @安宁铭
  }
}

function fromSexAfter(scan: ScanState, index: ZhIndex): void {
  for (const at of index.sexMarks) nameEndingAt(scan, at, SCORE_TITLE);
}

/** A table cell under a name column: the structured mode passes the header as context for the whole text. */
function fromColumn(scan: ScanState): void {
  const { text } = scan;
  if (!inColumn(scan, COLUMN_WORDS)) return;
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
    const index = zhIndex(scan);
    fromKeywords(scan, index);
    fromFields(scan, index);
    fromChat(scan, textIndex(scan));
    fromSexAfter(scan, index);
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
