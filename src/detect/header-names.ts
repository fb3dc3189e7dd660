import type { EntityType } from './types.js';

/**
 * What a column header or JSON key says about its values. Chinese words match anywhere in the name;
 * Latin words must be a whole token (`user_name`, `userName`, `USERNAME`), so `filename` is not a name column.
 * Earlier rows win: `username` is a USERNAME column, not a PERSON one.
 */
const HEADER_LEXICON: readonly { type: EntityType; zh: readonly string[]; en: readonly string[] }[] = [
  { type: 'PASSWORD', zh: ['密码', '口令'], en: ['password', 'passwd', 'pwd', 'pass', 'passw', 'mm', 'pswd', 'passwordhash', 'pwdhash', 'passhash', 'passwordmd5'] },
  { type: 'CN_RESIDENT_ID', zh: ['身份证', '证件号', '公民身份号码', '身份号码'], en: ['sfz', 'sfzh', 'idcard', 'idno', 'idnumber', 'nationalid', 'zjhm', 'cardid', 'id card', 'id no', 'id number', 'national id'] },
  { type: 'BANK_CARD', zh: ['银行卡', '卡号', '信用卡', '借记卡', '银行账号'], en: ['cardno', 'cardnumber', 'creditcard', 'bankcard', 'pan', 'yhk', 'yhkh', 'card', 'card no', 'card number', 'credit card'] },
  { type: 'IBAN', zh: [], en: ['iban'] },
  { type: 'US_SSN', zh: [], en: ['ssn', 'socialsecurity', 'social security', 'socialsecuritynumber', 'socialsecurityno', 'ssnumber'] },
  { type: 'PASSPORT', zh: ['护照'], en: ['passport', 'passportno', 'passportnumber', 'passportnum', 'hzh'] },
  { type: 'LICENSE_PLATE', zh: ['车牌'], en: ['plate', 'licenseplate', 'cph', 'platenumber', 'license plate'] },
  { type: 'EMAIL_ADDRESS', zh: ['邮箱', '电子邮件', '邮件'], en: ['email', 'e-mail', 'mail', 'emailaddress', 'yx'] },
  { type: 'PHONE_NUMBER', zh: ['手机', '电话', '联系方式', '联系电话', '座机'], en: ['phone', 'mobile', 'tel', 'telephone', 'cell', 'cellphone', 'sjh', 'sjhm', 'dh', 'lxdh', 'msisdn', 'phonenumber', 'mobileno'] },
  { type: 'IP_ADDRESS', zh: ['ip地址', '登录ip', '注册ip'], en: ['ip', 'ipaddr', 'ipaddress', 'clientip', 'remoteaddr', 'lastip', 'regip', 'loginip'] },
  { type: 'USERNAME', zh: ['账号', '帐号', '用户名', '登录名', '账户', '帐户', '昵称', 'qq', '微信', '会员名'], en: ['username', 'user', 'login', 'account', 'uname', 'userid', 'loginname', 'nick', 'nickname', 'handle', 'qq', 'wechat', 'wx', 'screenname', 'user name', 'login name', 'accountname', 'wechatid', 'weixin'] },
  { type: 'ADDRESS', zh: ['地址', '住址', '户籍', '籍贯地址', '收货地址', '家庭住址'], en: ['address', 'addr', 'street', 'dz', 'jtzz', 'shdz', 'homeaddress', 'address1', 'address2', 'street address', 'home address', 'shippingaddress', 'streetaddress', 'mailingaddress'] },
  { type: 'PERSON', zh: ['姓名', '名字', '收件人', '收货人', '联系人', '客户', '患者', '持卡人', '户主', '法人', '寄件人', '乘客', '员工', '学生', '户名'], en: ['name', 'fullname', 'realname', 'firstname', 'lastname', 'surname', 'givenname', 'xm', 'customer', 'patient', 'cardholder', 'contact', 'full name', 'first name', 'last name', 'real name', 'customername', 'clientname', 'contactname', 'receiver', 'receivername', 'recipient', 'consignee', 'holdername', 'accountholder', 'patientname'] },
];

/** Lower-case tokens of a header: split at separators and camelCase humps; also the tokens joined pairwise. */
function headerTokens(header: string): Set<string> {
  const words = header
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9-]+/)
    .filter(Boolean);
  const tokens = new Set(words);
  tokens.add(words.join(''));
  for (let i = 0; i + 1 < words.length; i++) {
    tokens.add(words[i] + words[i + 1]);
    tokens.add(`${words[i]} ${words[i + 1]}`);
  }
  return tokens;
}

/** A label-like cell: starts with a letter or underscore, then word characters and a little punctuation. */
const LABEL = /^[A-Za-z_][\w .()/-]*$/;

/**
 * Whether the first row of a table is a header: every cell short and non-empty, at least one a known header name
 * (or all label-like), and nothing personal found in them by `scan`.
 */
export function isHeaderRow(cells: readonly string[], scan: (text: string) => readonly unknown[]): boolean {
  const trimmed = cells.map((cell) => cell.trim());
  if (trimmed.some((cell) => cell.length === 0 || cell.length > 100)) return false;
  if (!trimmed.some((cell) => headerType(cell) !== null) && !trimmed.every((cell) => LABEL.test(cell))) return false;
  return scan(trimmed.join('\n')).length === 0;
}

/** Headers repeat (every table, every JSON record): remember answers, within a bound. */
const answers = new Map<string, EntityType | null>();
const ANSWERS_LIMIT = 4096;

/** The entity type a header or key name announces, or null. */
export function headerType(header: string): EntityType | null {
  let type = answers.get(header);
  if (type === undefined) {
    type = lookUp(header);
    if (answers.size >= ANSWERS_LIMIT) answers.clear();
    answers.set(header, type);
  }
  return type;
}

/** Each Latin word, and each Chinese word, with the index of the first lexicon row that holds it. */
const EN_ROWS = new Map<string, number>();
const ZH_ROWS: [string, number][] = [];
/** The "Chinese" words written in Latin letters ("qq"), looked for in every header. */
const ZH_LATIN_ROWS: [string, number][] = [];
const ASCII_ONLY = /^[\x00-\x7f]*$/;
HEADER_LEXICON.forEach((entry, row) => {
  for (const word of entry.en) if (!EN_ROWS.has(word)) EN_ROWS.set(word, row);
  for (const word of entry.zh) (ASCII_ONLY.test(word) ? ZH_LATIN_ROWS : ZH_ROWS).push([word, row]);
});

/**
 * The type of the first lexicon row with a Chinese word inside the header or a Latin word among its tokens: a lookup
 * per token, rather than one per word of the lexicon (headers of tables in text are mostly new to the answer cache).
 */
function lookUp(header: string): EntityType | null {
  let first = HEADER_LEXICON.length;
  for (const token of headerTokens(header)) {
    const row = EN_ROWS.get(token);
    if (row !== undefined && row < first) first = row;
  }
  const lower = header.toLowerCase();
  for (const [word, row] of ZH_LATIN_ROWS) if (row < first && lower.includes(word)) first = row;
  if (!ASCII_ONLY.test(header)) for (const [word, row] of ZH_ROWS) if (row < first && lower.includes(word)) first = row;
  return first < HEADER_LEXICON.length ? HEADER_LEXICON[first].type : null;
}
