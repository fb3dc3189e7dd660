import { amount, cnPostalCode, ean13, invoiceNumber, orderNumber, timestamp, waybillNumber } from '../../test/synth/index.js';
import type { Writer } from './writer.js';
import { PRODUCTS_ZH, SHOPS_ZH, clock, dateIso, lastFour, masked } from './snippets.js';

/** Chinese e-commerce order confirmations and courier waybills. */

export function zhOrder(w: Writer): void {
  const sep = w.pick(['：', ':', '： ', ' ']);
  const nl = w.pick(['\n', '\n', '；', ' | ']);
  w.t(`【${w.pick(SHOPS_ZH)}】`, w.pick(['订单已提交', '您的订单已发货', '订单确认', '亲，您的宝贝已经在路上啦']), '\n');
  w.t(w.pick(['订单编号', '订单号']), sep, orderNumber(w.rng), nl);
  w.t('下单时间', sep, timestamp(w.rng), nl);
  if (w.chance(0.35)) {
    // The one-line form shoppers paste: name, phone, address, postcode.
    const comma = w.pick(['，', ',', ' ', '，']);
    w.t(w.pick(['收货信息', '收件信息', '地址信息']), sep);
    w.e('PERSON');
    w.t(comma);
    w.e('PHONE_NUMBER');
    w.t(comma);
    w.e('ADDRESS');
    if (w.chance(0.5)) w.t(comma, cnPostalCode(w.rng));
    w.t(nl);
  } else {
    w.field('PERSON', w.pick(['收货人', '收件人', '联系人']), sep);
    w.t(nl);
    w.field('PHONE_NUMBER', w.pick(['联系电话', '手机号码', '手机', '电话']), sep);
    w.t(nl);
    w.field('ADDRESS', w.pick(['收货地址', '配送地址', '地址']), sep);
    w.t(nl);
  }
  for (let i = 0, n = 1 + w.int(3); i < n; i++) {
    w.t('商品', sep, w.pick(PRODUCTS_ZH), ` x${1 + w.int(5)}`, w.chance(0.3) ? `  条码${sep}${ean13(w.rng)}` : '', nl);
  }
  w.t(w.pick(['实付款', '订单金额', '合计']), sep, amount(w.rng), nl);
  const payment = w.int(4);
  if (payment === 0) w.t('支付方式', sep, `储蓄卡（尾号${lastFour(w.rng)}）`, nl);
  else if (payment === 1) {
    w.t('支付方式', sep, '银行卡 ');
    w.e('BANK_CARD');
    w.t(nl);
  } else w.t('支付方式', sep, w.pick(['支付宝', '微信支付', '花呗分期']), nl);
  if (w.chance(0.4)) {
    w.t('发票', sep, w.pick(['个人', '电子普通发票']), ' 发票号码', sep, invoiceNumber(w.rng), nl);
  }
  if (w.chance(0.3)) {
    w.field('EMAIL_ADDRESS', w.pick(['电子发票将发送至邮箱', '邮箱']), sep);
    w.t(nl);
  }
  if (w.chance(0.3)) {
    w.t('买家账号', sep);
    w.e('USERNAME');
    w.t(nl);
  }
  w.t(w.pick(['如有问题请联系在线客服。', '感谢您的购买！', '温馨提示：请勿向任何人透露验证码。']), '\n');
}

export function zhWaybill(w: Writer): void {
  const sep = w.pick(['：', ':', ' ']);
  const courier = w.pick(['顺丰速运', '中通快递', '圆通速递', '韵达快递', '京东物流', '极兔速递', 'EMS']);
  w.t(courier, w.pick([' 电子面单\n', '\n', ' 运单详情\n']));
  w.t(w.pick(['运单号', '快递单号', '单号']), sep, waybillNumber(w.rng), '\n');
  const party = (role: '寄' | '收') => {
    if (w.chance(0.25)) {
      // Printed labels often mask the middle of names and numbers.
      w.t(`${role}件人`, sep, masked(w.rng, 'name'), ' ', masked(w.rng, 'phone'), '\n');
      w.t(`${role}件地址`, sep);
      w.e('ADDRESS');
      w.t('\n');
      return;
    }
    if (w.chance(0.5)) {
      w.t(role, ' ');
      w.e('PERSON');
      w.t(' ');
      w.e('PHONE_NUMBER');
      w.t(w.pick([' ', '\n']));
      w.e('ADDRESS');
      w.t('\n');
      return;
    }
    w.t(`${role}件人`, sep);
    w.e('PERSON');
    w.t(w.pick(['  ', ' ', '\t']));
    w.e('PHONE_NUMBER');
    w.t('\n', `${role}件地址`, sep);
    w.e('ADDRESS');
    w.t('\n');
  };
  party('寄');
  party('收');
  w.t('托寄物', sep, w.pick(['文件', '日用品', '电子产品', '服装', '食品']), `  重量${sep}${(0.1 + w.int(300) / 10).toFixed(1)}kg  件数${sep}${1 + w.int(3)}\n`);
  w.t('付款方式', sep, w.pick(['寄付', '到付', '寄付月结']));
  if (w.chance(0.4)) w.t(`  月结卡号${sep}${755}${lastFour(w.rng)}${lastFour(w.rng).slice(0, 3)}`);
  w.t('\n');
  if (w.chance(0.5)) w.t('签收时间', sep, `${dateIso(w.rng)} ${clock(w.rng)}`, '\n');
  if (w.chance(0.4)) {
    w.t('快递员', sep);
    w.e('PERSON');
    w.t(' ');
    w.e('PHONE_NUMBER');
    w.t('\n');
  }
}
