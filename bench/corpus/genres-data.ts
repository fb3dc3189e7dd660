import type { EntityType, Language } from '../../src/detect/types.js';
import * as synth from '../../test/synth/index.js';
import { valueOf } from './fields.js';
import type { Writer } from './writer.js';

/** Structured leaks: CSV with a header, JSON and logfmt log lines, combo lists. */

interface Column {
  type: EntityType | null;
  zh: readonly string[];
  en: readonly string[];
  /** Value maker for columns without a type, or a type needing a special form. */
  make?: (w: Writer) => string;
}

const COLUMNS: readonly Column[] = [
  { type: 'PERSON', zh: ['姓名', '客户姓名', '收件人', '真实姓名'], en: ['name', 'full_name', 'customer_name', 'Name', 'cardholder'] },
  { type: 'PHONE_NUMBER', zh: ['手机', '手机号', '电话', '联系电话'], en: ['mobile', 'phone', 'tel', 'phone_number', 'Phone'] },
  { type: 'CN_RESIDENT_ID', zh: ['身份证', '身份证号', '证件号码', '身份证号码'], en: ['id_card', 'sfzh', 'idcard', 'id_no'] },
  { type: 'EMAIL_ADDRESS', zh: ['邮箱', '电子邮箱'], en: ['email', 'e_mail', 'mail', 'Email'] },
  { type: 'ADDRESS', zh: ['地址', '收货地址', '家庭住址'], en: ['address', 'addr', 'shipping_address'] },
  { type: 'BANK_CARD', zh: ['银行卡号', '卡号'], en: ['card_no', 'card_number', 'pan'] },
  { type: 'USERNAME', zh: ['用户名', '账号', '登录名'], en: ['username', 'login', 'user', 'account'] },
  { type: 'PASSWORD', zh: ['密码', '登录密码'], en: ['password', 'pwd', 'passwd', 'password_hash'] },
  { type: 'IP_ADDRESS', zh: ['注册IP', '登录IP'], en: ['ip', 'last_login_ip', 'reg_ip'] },
  { type: 'LICENSE_PLATE', zh: ['车牌号', '车牌'], en: ['plate', 'plate_no'] },
  { type: 'PASSPORT', zh: ['护照号'], en: ['passport_no'] },
  { type: 'US_SSN', zh: ['SSN'], en: ['ssn', 'SSN'] },
  { type: 'IBAN', zh: ['IBAN'], en: ['iban', 'IBAN'] },
  { type: null, zh: ['序号', 'ID'], en: ['id', 'row_id', 'uid'], make: (w) => String(1 + w.int(9_999_999)) },
  { type: null, zh: ['订单号'], en: ['order_id', 'order_no'], make: (w) => synth.orderNumber(w.rng) },
  { type: null, zh: ['注册时间', '创建时间'], en: ['created_at', 'reg_time', 'updated'], make: (w) => synth.timestamp(w.rng) },
  { type: null, zh: ['金额', '余额'], en: ['amount', 'balance'], make: (w) => synth.amount(w.rng).replace(/[,]/g, '') },
  { type: null, zh: ['状态'], en: ['status'], make: (w) => w.pick(['active', 'locked', '1', '0', '正常', 'deleted']) },
  { type: null, zh: ['运单号'], en: ['tracking_no'], make: (w) => synth.waybillNumber(w.rng) },
  { type: null, zh: ['头像MD5'], en: ['avatar_md5', 'etag'], make: (w) => synth.md5Hex(w.rng) },
  { type: null, zh: ['设备ID'], en: ['device_id', 'session_id'], make: (w) => synth.uuid(w.rng) },
  { type: null, zh: ['客户端版本'], en: ['app_version'], make: (w) => synth.versionString(w.rng) },
];

function cellValue(w: Writer, column: Column, dataLang: Language): string {
  return column.make ? column.make(w) : valueOf(w.rng, column.type!, dataLang);
}

export function csvTable(w: Writer): void {
  const headerLang: Language = w.lang === 'en' || w.chance(0.4) ? 'en' : 'zh';
  const delimiter = w.pick([',', ',', '\t', '|', ';']);
  const quoting = w.pick(['needed', 'needed', 'all'] as const);
  const pii = COLUMNS.filter((c) => c.type !== null && (w.lang === 'en' ? c.type !== 'CN_RESIDENT_ID' && c.type !== 'LICENSE_PLATE' : c.type !== 'US_SSN' && c.type !== 'IBAN'));
  const other = COLUMNS.filter((c) => c.type === null);
  const chosen = new Set<Column>();
  for (let i = 0, n = 2 + w.int(4); i < n; i++) chosen.add(w.pick(pii));
  for (let i = 0, n = w.int(4); i < n; i++) chosen.add(w.pick(other));
  const columns = w.shuffle([...chosen]);
  columns.forEach((c, i) => {
    const name = w.pick(headerLang === 'zh' ? c.zh : c.en);
    w.t(i === 0 ? '' : delimiter, quoting === 'all' ? `"${name}"` : name);
  });
  w.t('\n');
  for (let row = 0, rows = 5 + w.int(25); row < rows; row++) {
    columns.forEach((c, i) => {
      w.t(i === 0 ? '' : delimiter);
      // An empty cell now and then, as in real exports.
      if (w.chance(0.04)) return;
      const value = cellValue(w, c, w.lang);
      // A value holding the delimiter is quoted whatever the style, as every CSV writer does.
      const q = quoting === 'all' || value.includes(delimiter) ? '"' : '';
      w.t(q);
      if (c.type) w.e(c.type, value);
      else w.t(value);
      w.t(q);
    });
    w.t(w.chance(0.9) ? '\n' : '\r\n');
  }
}

const JSON_KEYS: readonly (readonly [EntityType | null, readonly string[], (w: Writer) => string])[] = [
  ['USERNAME', ['user', 'username', 'login', 'account'], (w) => synth.username(w.rng)],
  ['PHONE_NUMBER', ['phone', 'mobile', 'tel', 'phoneNumber'], (w) => valueOf(w.rng, 'PHONE_NUMBER', w.lang)],
  ['EMAIL_ADDRESS', ['email', 'mail', 'userEmail'], (w) => synth.email(w.rng)],
  ['IP_ADDRESS', ['ip', 'client_ip', 'remote_addr', 'clientIp'], (w) => synth.ipAddress(w.rng)],
  ['PERSON', ['name', 'real_name', 'realName', 'fullName'], (w) => valueOf(w.rng, 'PERSON', w.lang)],
  ['CN_RESIDENT_ID', ['id_card', 'idNo', 'idCard'], (w) => synth.cnResidentId(w.rng)],
  ['ADDRESS', ['addr', 'address', 'shipTo'], (w) => valueOf(w.rng, 'ADDRESS', w.lang)],
  ['BANK_CARD', ['card', 'card_no', 'pan'], (w) => synth.bankCard(w.rng)],
  ['PASSWORD', ['password', 'pwd', 'pass'], (w) => synth.password(w.rng)],
  [null, ['trace_id', 'traceId', 'span'], (w) => synth.hex(w.rng, 32)],
  [null, ['order_id', 'orderNo'], (w) => synth.orderNumber(w.rng)],
  [null, ['version', 'app_ver'], (w) => synth.versionString(w.rng)],
  [null, ['session', 'request_id'], (w) => synth.uuid(w.rng)],
  [null, ['sha256', 'digest'], (w) => synth.sha256Hex(w.rng)],
];

export function jsonLog(w: Writer): void {
  const logfmt = w.chance(0.25);
  const space = w.chance(0.4) ? ' ' : '';
  for (let line = 0, n = 4 + w.int(16); line < n; line++) {
    const ts = synth.timestamp(w.rng);
    const fields = JSON_KEYS.filter(() => w.chance(0.3));
    const event = w.pick(['login', 'register', 'order.created', 'password.reset', 'payment', 'sms.send']);
    if (logfmt) {
      w.t(`ts=${ts.includes(' ') ? `"${ts}"` : ts} level=${w.pick(['info', 'warn', 'debug'])} event=${event}`);
      for (const [type, keys, make] of fields) {
        const value = make(w);
        const quoted = /[\s"=]/.test(value);
        w.t(` ${w.pick(keys)}=`, quoted ? '"' : '');
        if (type) w.e(type, value);
        else w.t(value);
        w.t(quoted ? '"' : '');
      }
    } else {
      if (w.chance(0.3)) w.t(`${ts} ${w.pick(['INFO', 'WARN', 'DEBUG'])} `);
      w.t(`{"ts":${space}${/^\d+$/.test(ts) ? ts : JSON.stringify(ts)},${space}"event":${space}"${event}"`);
      for (const [type, keys, make] of fields) {
        let value = make(w);
        while (JSON.stringify(value) !== `"${value}"`) value = make(w);
        w.t(`,${space}"${w.pick(keys)}":${space}"`);
        if (type) w.e(type, value);
        else w.t(value);
        w.t('"');
      }
      w.t(`,${space}"latency_ms":${space}${w.int(2000)}}`);
    }
    w.t('\n');
  }
}

export function comboList(w: Writer): void {
  if (w.chance(0.6)) {
    w.t(w.pick([
      `# combo ${synth.timestamp(w.rng).slice(0, 7)} fresh ${1 + w.int(99)}k HQ private\n`,
      '==== 出售 账号密码 一手 ====\n',
      `// ${w.pick(['gaming', 'streaming', 'mail access', 'crypto'])} combos, checked\n`,
      `[+] Dumped by ${w.pick(['0x', 'xX', 'Dark'])}${w.int(999)} | ${w.pick(['valid', 'unchecked'])}\n`,
    ]));
  }
  const format = w.int(8);
  for (let line = 0, n = 10 + w.int(50); line < n; line++) {
    switch (format) {
      case 0: case 1: w.e('EMAIL_ADDRESS'); w.t(w.pick([':', ':', ';', '|'])); w.e('PASSWORD'); break;
      case 2: w.e('USERNAME'); w.t(':'); w.e('PASSWORD'); break;
      case 3: w.e('PHONE_NUMBER', synth.cnMobile(w.rng)); w.t('----'); w.e('PASSWORD'); break;
      case 4: w.e('USERNAME', synth.qqNumber(w.rng)); w.t(w.pick(['----', '----', ':'])); w.e('PASSWORD'); break;
      case 5: w.t(`https://${w.pick(['accounts.', 'login.', 'www.', ''])}${w.pick(['netflix.com', 'steampowered.com', 'paypal.com', 'taobao.com', 'github.com'])}/${w.pick(['login', 'signin', ''])}:`); w.e('EMAIL_ADDRESS'); w.t(':'); w.e('PASSWORD'); break;
      case 6: w.e('EMAIL_ADDRESS'); w.t(':'); w.e('PASSWORD'); w.t(` | ${w.pick(['Country', 'Plan', 'Balance'])} = ${w.pick(['US', 'Premium', synth.amount(w.rng)])}`); break;
      default: w.e('EMAIL_ADDRESS'); w.t('\t'); w.e('PASSWORD'); w.t('\t'); w.e('IP_ADDRESS'); break;
    }
    w.t('\n');
  }
  if (w.chance(0.5)) {
    w.t('# ');
    w.neg();
    w.t(` | checked ${synth.timestamp(w.rng)} | sha1 ${synth.sha1Hex(w.rng)}\n`);
  }
}
