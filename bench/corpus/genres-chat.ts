import { amount, cnMobile, cnResidentId, md5Hex, qqNumber, sha256Hex, telegramHandle, versionString, wechatId, zhName } from '../../test/synth/index.js';
import type { Writer } from './writer.js';
import { Conversation } from './snippets.js';

/** Chat logs (WeChat-style group export, Telegram/IRC-style lines) and forum posts selling leaked data. */

const ZH_FILLER = ['好的', '收到', '哈哈哈哈', '[图片]', '[语音] 12"', '明天见', '辛苦了', '？？？', '在吗', '我晚点到', '[捂脸]', '行'];
const EN_FILLER = ['lol', 'ok', 'price?', 'vouch', 'dm me', 'any update?', 'brb', 'thx', 'legit', '+1', 'scam?', 'sent'];

function zhMessage(w: Writer): void {
  switch (w.int(12)) {
    case 0: w.t(w.pick(['我手机号', '电话', '打我电话', '新号码'])); w.e('PHONE_NUMBER'); w.t(w.pick(['', '，有事打我', ' 有事联系'])); return;
    case 1: w.t(w.pick(['加我微信', '微信号', 'vx：', 'V：'])); w.e('USERNAME', wechatId(w.rng)); return;
    case 2: w.t('@'); w.e('PERSON'); w.t(w.pick([' 收到了吗', ' 看一下', ' 你的快递到了'])); return;
    case 3: w.t(w.pick(['身份证号', '报名用的身份证：', '身份证 '])); w.e('CN_RESIDENT_ID'); return;
    case 4: w.t(w.pick(['地址：', '寄到', '送到这里 '])); w.e('ADDRESS'); return;
    case 5: w.t('车牌'); w.e('LICENSE_PLATE'); w.t(w.pick(['的车堵门口了，谁的？', '是你家的吗', ' 挪一下车'])); return;
    case 6: w.t(w.pick(['转我这张卡', '打到这个卡上 ', '卡号'])); w.e('BANK_CARD'); if (w.chance(0.6)) { w.t(' '); w.e('PERSON'); } return;
    case 7: w.t('服务器'); w.e('IP_ADDRESS'); w.t(' 账号'); w.e('USERNAME', w.pick(['root', 'admin', 'deploy', 'ubuntu'])); w.t(' 密码'); w.e('PASSWORD'); return;
    case 8: w.t(w.pick(['文件md5是', '校验一下 '])); w.t(md5Hex(w.rng)); return;
    case 9: w.t(w.pick(['邮箱', '发我邮箱 ', '简历发到'])); w.e('EMAIL_ADDRESS'); return;
    case 10: w.neg(); return;
    default: w.t(w.pick(ZH_FILLER));
  }
}

function enMessage(w: Writer): void {
  switch (w.int(12)) {
    case 0: w.t(w.pick(['my number is ', 'call me at ', 'cell: '])); w.e('PHONE_NUMBER'); return;
    case 1: w.t(w.pick(['send it to ', 'email me at ', 'mail: '])); w.e('EMAIL_ADDRESS'); return;
    case 2: w.t('@'); w.e('USERNAME', telegramHandle(w.rng)); w.t(w.pick([' check DM', ' vouch?', ' you there?'])); return;
    case 3: w.t('login '); w.e('USERNAME'); w.t(' pass '); w.e('PASSWORD'); return;
    case 4: w.t('sample: '); w.e('EMAIL_ADDRESS'); w.t(':'); w.e('PASSWORD'); return;
    case 5: w.t(w.pick(['the box is at ', 'panel ip ', 'proxy '])); w.e('IP_ADDRESS'); return;
    case 6: w.t('ship it to '); w.e('ADDRESS'); return;
    case 7: w.t(`v${versionString(w.rng).replace(/^v/i, '')} is out`); return;
    case 8: w.t(`tx ${sha256Hex(w.rng)}`); return;
    case 9: w.t('fullz: '); w.e('PERSON'); w.t(' | '); w.e('US_SSN'); w.t(' | '); w.e('ADDRESS'); return;
    case 10: w.neg(); return;
    default: w.t(w.pick(EN_FILLER));
  }
}

export function chatLog(w: Writer): void {
  const zh = w.lang === 'zh';
  const style = w.int(3);
  const times = new Conversation(w.rng);
  const speakers = Array.from({ length: 2 + w.int(3) }, () => (zh ? zhName(w.rng).name : telegramHandle(w.rng)));
  for (let i = 0, n = 5 + w.int(12); i < n; i++) {
    const who = w.int(speakers.length);
    const time = times.next();
    if (zh) {
      if (style === 0) w.t(`${time} `);
      else if (style === 1) w.t(`[${time.slice(11, 16)}] `);
      w.e('PERSON', speakers[who]);
      w.t(style === 0 ? '\n' : w.pick(['：', ': ']));
      zhMessage(w);
    } else {
      if (style === 0) w.t(`[${time.slice(2, 10).replace(/-/g, '.')} ${time.slice(11, 16)}] @`);
      else if (style === 1) w.t(`${time.slice(11)} <`);
      else w.t(`${time} @`);
      w.e('USERNAME', speakers[who]);
      w.t(style === 1 ? '> ' : ': ');
      enMessage(w);
    }
    w.t('\n');
  }
}

export function forumSale(w: Writer): void {
  if (w.lang === 'zh') {
    w.t(w.pick(['【出售】', '【收】', '出', '[出售] ']), `${2019 + w.int(6)}年最新${w.pick(['快递', '车主', '贷款', '股民', '医美', '教育', '酒店开房'])}数据 ${1 + w.int(99)}万条\n`);
    w.t(`数据字段：${w.pick(['姓名 手机 身份证 地址', '姓名|电话|地址', '姓名、手机号、身份证号、车牌', '名字 手机 邮箱 密码'])}\n`);
    w.t(`价格：${amount(w.rng)}/万条，量大从优，担保交易\n样本${w.pick(['如下', '：', '（已打码部分）'])}\n`);
    const sep = w.pick([' ', '\t', '|', '----', ',', '  ']);
    for (let i = 0, n = 3 + w.int(6); i < n; i++) {
      w.e('PERSON');
      w.t(sep);
      w.e('PHONE_NUMBER', cnMobile(w.rng));
      w.t(sep);
      const r = w.int(3);
      // 18 digits only: without a label next to it, a 15-digit number is not recognisable as an ID.
      if (r === 0) w.e('CN_RESIDENT_ID', cnResidentId(w.rng));
      else if (r === 1) w.e('LICENSE_PLATE');
      else w.e('EMAIL_ADDRESS');
      if (w.chance(0.7)) {
        w.t(sep);
        w.e('ADDRESS');
      }
      w.t('\n');
    }
    w.t('联系：');
    if (w.chance(0.5)) {
      w.t('TG @');
      w.e('USERNAME', telegramHandle(w.rng));
    } else {
      w.t(w.pick(['QQ ', 'Q：', 'QQ号：']));
      w.e('USERNAME', qqNumber(w.rng));
    }
    w.t(w.pick(['  非诚勿扰\n', '\n', '，骗子滚\n']));
    return;
  }
  w.t(w.pick(['[SELLING] ', 'WTS ', '[FRESH] ', '']), `${w.pick(['Fresh combo list', 'US fullz', 'Private ULP', 'Gaming accounts DB', 'Email:pass HQ'])} ${1 + w.int(900)}k lines ${2019 + w.int(6)}\n`);
  const fullz = w.chance(0.4);
  w.t(fullz ? 'Format: name|ssn|address|phone\nSample:\n' : `Format: ${w.pick(['email:pass', 'mail:pass', 'user:pass'])}\nSample:\n`);
  for (let i = 0, n = 4 + w.int(8); i < n; i++) {
    if (fullz) {
      w.e('PERSON');
      w.t('|');
      w.e('US_SSN');
      w.t('|');
      w.e('ADDRESS');
      w.t('|');
      w.e('PHONE_NUMBER');
    } else {
      w.e(w.chance(0.7) ? 'EMAIL_ADDRESS' : 'USERNAME');
      w.t(':');
      w.e('PASSWORD');
    }
    w.t('\n');
  }
  w.t(`Price: ${amount(w.rng)} BTC/USDT only\nContact: Telegram @`);
  w.e('USERNAME', telegramHandle(w.rng));
  w.t(w.pick(['\n', ' | no escrow, no refunds\n', `\nHash of full file: ${md5Hex(w.rng)}\n`]));
}
