import type { EntityType, Language } from '../../src/detect/types.js';
import * as synth from '../../test/synth/index.js';
import type { Rng } from '../../test/synth/index.js';

/** Values and their labels, as people write them in Chinese and English text. */

/** A value of `type` in the form usual for text in `lang`. */
export function valueOf(rng: Rng, type: EntityType, lang: Language): string {
  switch (type) {
    case 'PERSON':
      if (lang === 'zh') return rng.chance(0.95) ? synth.zhName(rng).name : synth.zhNameLatin(rng);
      return rng.chance(0.85) ? synth.enName(rng).name : synth.zhNameLatin(rng);
    case 'ADDRESS':
      return lang === 'zh' ? synth.zhAddress(rng, { spaced: rng.chance(0.1) }) : synth.usAddress(rng);
    case 'PHONE_NUMBER':
      return phone(rng, lang);
    case 'CN_RESIDENT_ID': {
      if (rng.chance(0.08)) return synth.cnResidentId15(rng);
      const id = synth.cnResidentId(rng);
      return id.endsWith('X') && rng.chance(0.2) ? `${id.slice(0, 17)}x` : id;
    }
    case 'BANK_CARD': {
      const card = synth.bankCard(rng, lang === 'en' && rng.chance(0.8) ? rng.pick(['visa', 'mastercard', 'amex', 'jcb'] as const) : undefined);
      const r = rng.float();
      const style = lang === 'zh' ? (r < 0.6 ? 'plain' : r < 0.95 ? 'space' : 'dash') : r < 0.3 ? 'plain' : r < 0.8 ? 'space' : 'dash';
      return synth.formatCard(card, style);
    }
    case 'IBAN': {
      const value = synth.iban(rng);
      return rng.chance(0.6) ? synth.formatIban(value) : value;
    }
    case 'US_SSN': {
      const r = rng.float();
      return synth.formatSsn(synth.usSsn(rng), r < 0.75 ? 'dash' : r < 0.85 ? 'space' : 'plain');
    }
    case 'EMAIL_ADDRESS':
      return synth.email(rng);
    case 'IP_ADDRESS':
      return synth.ipAddress(rng);
    case 'PASSPORT':
      return synth.cnPassport(rng);
    case 'LICENSE_PLATE':
      return synth.licensePlate(rng);
    case 'USERNAME':
      return synth.username(rng);
    case 'PASSWORD':
      return synth.password(rng);
  }
}

export function phone(rng: Rng, lang: Language): string {
  const r = rng.float();
  if (lang === 'zh') {
    if (r < 0.7) {
      const style = rng.chance(0.55) ? 'plain' : rng.pick(synth.CN_MOBILE_STYLES);
      return synth.formatCnMobile(synth.cnMobile(rng), style);
    }
    return r < 0.92 ? synth.cnLandline(rng) : synth.intlPhone(rng);
  }
  if (r < 0.45) return synth.usPhone(rng);
  if (r < 0.85) return synth.intlPhone(rng);
  return synth.formatCnMobile(synth.cnMobile(rng), rng.pick(['intl-space', 'e164', 'intl-dash'] as const));
}

const LABELS: Record<EntityType, Record<Language, readonly string[]>> = {
  PERSON: {
    zh: ['姓名', '名字', '客户', '客户姓名', '收件人', '联系人', '收货人', '真实姓名', '申请人', '用户姓名', '户主', '持卡人'],
    en: ['Name', 'Full name', 'Customer', 'Cardholder', 'Contact', 'Account holder', 'Recipient', 'Customer name'],
  },
  ADDRESS: {
    zh: ['地址', '住址', '收货地址', '家庭住址', '现住址', '户籍地址', '详细地址', '联系地址', '通讯地址'],
    en: ['Address', 'Home address', 'Shipping address', 'Mailing address', 'Billing address', 'Ship to'],
  },
  PHONE_NUMBER: {
    zh: ['手机', '手机号', '电话', '联系电话', '手机号码', '电话号码', '联系方式', 'Tel', '联系手机'],
    en: ['Phone', 'Tel', 'Mobile', 'Cell', 'Phone number', 'Contact number', 'Ph'],
  },
  CN_RESIDENT_ID: {
    zh: ['身份证', '身份证号', '身份证号码', '证件号', '证件号码', '公民身份号码', 'sfz', '身份证号(18位)'],
    en: ['Chinese ID', 'Resident ID', 'National ID', 'ID card no.', 'PRC ID number'],
  },
  EMAIL_ADDRESS: {
    zh: ['邮箱', '电子邮箱', '邮件', 'E-mail', 'email', '电子邮件'],
    en: ['Email', 'E-mail', 'Mail', 'Email address', 'Contact email'],
  },
  BANK_CARD: {
    zh: ['银行卡', '银行卡号', '卡号', '储蓄卡', '信用卡号', '借记卡号', '退款卡号'],
    en: ['Card number', 'Card', 'Credit card', 'Card no.', 'PAN', 'Debit card'],
  },
  IBAN: {
    zh: ['IBAN', '国际银行账号', 'IBAN账号'],
    en: ['IBAN', 'Bank account (IBAN)', 'IBAN no.', 'Account IBAN'],
  },
  US_SSN: {
    zh: ['SSN', '美国社保号'],
    en: ['SSN', 'Social Security No.', 'Social Security Number', 'SS#', 'Soc. Sec. #'],
  },
  IP_ADDRESS: {
    zh: ['IP', 'IP地址', '登录IP', '注册IP', '来源IP', '最后登录IP'],
    en: ['IP', 'IP address', 'Source IP', 'Client IP', 'Last login IP', 'Remote addr'],
  },
  PASSPORT: {
    zh: ['护照', '护照号', '护照号码', '证件号(护照)'],
    en: ['Passport', 'Passport No.', 'Passport number', 'Passport #'],
  },
  LICENSE_PLATE: {
    zh: ['车牌', '车牌号', '车牌号码', '号牌', '车辆号牌'],
    en: ['Plate', 'License plate', 'Vehicle plate', 'Reg. plate'],
  },
  USERNAME: {
    zh: ['账号', '用户名', '登录名', '会员名', '登录账号', '用户账号'],
    en: ['Username', 'User', 'Login', 'Account', 'User ID', 'Handle'],
  },
  PASSWORD: {
    zh: ['密码', '登录密码', '初始密码', '账号密码', 'pwd'],
    en: ['Password', 'Pass', 'pwd', 'Temp password', 'Passwd'],
  },
};

export function labelOf(rng: Rng, type: EntityType, lang: Language): string {
  return rng.pick(LABELS[type][lang]);
}

const SEPARATORS: Record<Language, readonly string[]> = {
  zh: ['：', '：', '：', ':', ': ', ' ', '：', '', '： '],
  en: [': ', ': ', ': ', ':', ' - ', ' ', ': ', '\t', ' = '],
};

export function separator(rng: Rng, lang: Language): string {
  return rng.pick(SEPARATORS[lang]);
}

/** A username with a label that fits it: a QQ number after QQ, a WeChat ID after 微信, a handle after Telegram. */
export function accountWithLabel(rng: Rng, lang: Language): [label: string, value: string] {
  const r = rng.int(10);
  if (lang === 'zh' && r < 2) return [rng.pick(['QQ', 'QQ号', 'qq', 'QQ号码']), synth.qqNumber(rng)];
  if (lang === 'zh' && r < 4) return [rng.pick(['微信', '微信号', 'VX', 'wx']), synth.wechatId(rng)];
  if (r < 5) return [rng.pick(['Telegram', 'TG', 'tg']), synth.telegramHandle(rng)];
  return [labelOf(rng, 'USERNAME', lang), synth.username(rng)];
}

const NEAR_MISSES: Record<Language, readonly synth.HardNegativeKind[]> = {
  zh: ['bad-id-check', 'bad-id-date', 'unallocated-mobile', 'luhn-fail'],
  en: ['luhn-fail', 'bad-ssn', 'version', 'oid'],
};

/** A labelled hard negative (order number, waybill, hash, bad-checksum ID ...) with its label. */
export function negativeWithLabel(rng: Rng, lang: Language): [label: string, value: string] {
  // The near-misses (one check digit or range away from a valid value) come up more often than their share.
  const kind = rng.chance(0.3) ? rng.pick(NEAR_MISSES[lang]) : rng.pick(synth.HARD_NEGATIVE_KINDS);
  const value = synth.hardNegative(rng, kind);
  const labels: Record<synth.HardNegativeKind, readonly [readonly string[], readonly string[]]> = {
    order: [['订单号', '订单编号', '交易单号', '商户单号'], ['Order #', 'Order ID', 'Order number', 'PO']],
    timestamp: [['下单时间', '时间', '创建时间', '登录时间', '更新于'], ['Timestamp', 'Created', 'Updated at', 'Time']],
    waybill: [['运单号', '快递单号', '物流单号', '面单号'], ['Tracking number', 'Tracking #', 'Waybill', 'AWB']],
    invoice: [['发票代码', '发票号码', '票据号'], ['Invoice No.', 'Invoice #', 'Receipt no.']],
    ean13: [['商品条码', '条形码', 'SKU条码'], ['EAN', 'Barcode', 'GTIN']],
    md5: [['文件MD5', '校验值', 'MD5'], ['MD5', 'Checksum', 'ETag']],
    sha1: [['提交', 'SHA1', '指纹'], ['Commit', 'SHA-1', 'Fingerprint']],
    sha256: [['SHA256', '哈希', '文件哈希'], ['SHA-256', 'Digest', 'Hash']],
    uuid: [['请求ID', '会话ID', 'trace'], ['Request ID', 'Session', 'Correlation ID']],
    version: [['版本', '版本号', '客户端版本'], ['Version', 'Build', 'App version']],
    amount: [['金额', '实付款', '订单金额', '合计'], ['Total', 'Amount', 'Balance', 'Subtotal']],
    oid: [['OID', '对象标识'], ['OID', 'Policy OID']],
    'bad-id-check': [['档案编号', '登记号', '业务编号'], ['Reference', 'Case No.', 'File ref']],
    'bad-id-date': [['档案编号', '流水号', '业务编号'], ['Reference', 'Record No.', 'Batch']],
    'unallocated-mobile': [['工单号', '会员编号', '客户编号'], ['Ticket', 'Member no.', 'Customer no.']],
    'luhn-fail': [['交易流水号', '支付流水', '凭证号'], ['Transaction ID', 'Payment ref', 'Voucher']],
    'bad-ssn': [['编号', '案号'], ['Claim #', 'Employee no.', 'Ref']],
  };
  const [zh, en] = labels[kind];
  return [rng.pick(lang === 'zh' ? zh : en), value];
}
