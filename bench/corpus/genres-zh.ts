import { cnLandline } from '../../test/synth/index.js';
import type { Writer } from './writer.js';
import { CITIES_ZH, Conversation, DEPARTMENTS_ZH, HOSPITALS_ZH, dateIso, dateZh, lastFour, masked } from './snippets.js';

/** Chinese prose: news, customer-service chat, medical record. */

export function zhNews(w: Writer): void {
  const city = w.pick(CITIES_ZH);
  const lead = w.int(4);
  if (lead === 0) w.t(`【${city}讯】`);
  else if (lead === 1) {
    w.t('本报讯（记者 ');
    w.e('PERSON');
    w.t('）');
  } else if (lead === 2) w.t(`${dateZh(w.rng)}，`);
  w.t(`近日，${city}警方破获一起侵犯公民个人信息案，`);
  w.t(w.pick(['犯罪嫌疑人', '涉案男子', '主犯']));
  w.e('PERSON');
  w.t(`（${w.pick(['男', '女'])}，${20 + w.int(40)}岁）通过非法渠道获取公民个人信息${1 + w.int(90)}万余条，涉案金额`, w.pick(['约', '']), `${1 + w.int(300)}万元。`);
  const paragraphs = [
    () => {
      w.t('据了解，受害人');
      w.e('PERSON');
      w.t(w.pick(['的手机号', '的手机号码', '名下的手机号']));
      w.e('PHONE_NUMBER');
      w.t('和身份证号');
      w.e('CN_RESIDENT_ID');
      w.t('被挂在境外网站上公开售卖。');
    },
    () => {
      w.t('市民');
      w.e('PERSON');
      w.t(w.pick(['先生', '女士', '']));
      w.t('向记者反映，其家住');
      w.e('ADDRESS');
      w.t(w.pick(['，近期频繁接到推销电话。', '，最近一个月收到了二十多条诈骗短信。', '。']));
    },
    () => {
      w.t('记者拨打涉事公司客服电话');
      w.e('PHONE_NUMBER', w.chance(0.6) ? cnLandline(w.rng) : undefined);
      w.t('，对方称“系统升级导致数据外泄”，并表示已报警。');
    },
    () => {
      w.t('警方提醒，不要随意向陌生人透露银行卡号、验证码等信息。');
      w.neg();
      w.t('。');
    },
    () => {
      w.e('PERSON');
      w.t('向记者出示了一份名单，上面有数百人的姓名、电话和住址，其中一条写着“');
      w.e('PERSON');
      w.t(w.pick([' ', '，', '  ']));
      w.e('PHONE_NUMBER');
      w.t(w.pick([' ', '，']));
      w.e('ADDRESS');
      w.t('”。');
    },
    () => {
      w.t(`截至${dateZh(w.rng)}，该平台已累计泄露用户数据${1 + w.int(900)}万条，`);
      w.neg('');
      w.t('。');
    },
    () => {
      w.t('监控显示，嫌疑人驾驶一辆车牌为');
      w.e('LICENSE_PLATE');
      w.t(w.pick(['的白色轿车', '的黑色SUV', '的电动车']), '逃离现场。');
    },
    () => {
      w.t('经查，');
      w.e('PERSON');
      w.t(`曾持护照`);
      w.e('PASSPORT');
      w.t(`多次往返${w.pick(['柬埔寨', '缅甸', '菲律宾', '泰国'])}，其使用的银行卡`);
      w.e('BANK_CARD');
      w.t(`流水超过${1 + w.int(500)}万元。`);
    },
    () => {
      w.t(`据${w.pick(['人民网', '新华社', '澎湃新闻', '南方都市报'])}报道，${w.pick(CITIES_ZH)}市民在${w.pick(CITIES_ZH)}办理业务时，个人信息被工作人员拍照外传。`);
    },
    () => {
      w.t('该团伙使用的服务器地址为');
      w.e('IP_ADDRESS');
      w.t('，后台账号');
      w.e('USERNAME');
      w.t('、密码');
      w.e('PASSWORD');
      w.t('均以明文保存。');
    },
  ];
  for (let i = 0, n = 3 + w.int(4); i < n; i++) {
    w.t(w.chance(0.5) ? '\n' : '');
    w.pick(paragraphs)();
  }
  w.t('\n');
}

export function zhServiceChat(w: Writer): void {
  const agent = w.pick(['客服', '在线客服', '客服小助手', `客服${100 + w.int(900)}`, '售后']);
  const user = w.pick(['用户', '买家', '访客', '顾客']);
  const times = w.chance(0.5) ? new Conversation(w.rng) : null;
  const line = (who: string) => {
    w.t('\n');
    if (times) w.t(`${times.next()} `);
    w.t(who, w.pick(['：', ': ', ' ']));
  };
  w.t(w.pick(['【会话记录】', '聊天记录导出', `会话ID ${w.int(99999999)}`, '']));
  line(agent);
  w.t('您好，很高兴为您服务，请问有什么可以帮您？');
  const turns = [
    () => {
      line(user);
      w.t(w.pick(['我的快递一直没到，单号', '查一下物流，', '包裹显示签收了但我没收到，']));
      w.neg('');
      line(agent);
      w.t('请提供下收件人姓名和手机号');
      line(user);
      w.e('PERSON');
      w.t(w.pick(['，', ' ', '，手机', '  电话']));
      w.e('PHONE_NUMBER');
    },
    () => {
      line(agent);
      w.t('跟您核实一下，收货地址是');
      w.e('ADDRESS');
      w.t(w.pick(['吗？', '对吗？', '，对吧']));
      line(user);
      w.t(w.pick(['对的', '是的，麻烦快点', '地址改成']));
      if (w.chance(0.3)) w.e('ADDRESS');
    },
    () => {
      line(user);
      w.t(w.pick(['我想改一下手机号，新号码是', '换号了，', '以后联系这个号']));
      w.e('PHONE_NUMBER');
    },
    () => {
      line(agent);
      w.t('为了您的账户安全，请提供身份证后四位');
      line(user);
      w.t(lastFour(w.rng));
      line(agent);
      w.t('不好意思，需要完整身份证号码进行实名核验');
      line(user);
      w.e('CN_RESIDENT_ID');
    },
    () => {
      line(agent);
      w.t(`退款将原路退回至尾号${lastFour(w.rng)}的银行卡，预计1-3个工作日到账`);
      line(user);
      w.t(w.pick(['退到这张卡吧', '原来的卡注销了，换成', '卡号']));
      w.e('BANK_CARD');
    },
    () => {
      line(user);
      w.t('我的账号是');
      w.e('USERNAME');
      w.t(w.pick(['，密码忘了', '，登录不上', '，被盗了']));
      if (w.chance(0.4)) {
        w.t('，原来的密码是');
        w.e('PASSWORD');
      }
    },
    () => {
      line(user);
      w.t('发票开到我邮箱');
      w.e('EMAIL_ADDRESS');
      w.t(w.pick(['', '，谢谢', ' 谢谢']));
    },
    () => {
      line(agent);
      w.t(`您的订单已于${dateZh(w.rng)}发出，`);
      w.neg();
      w.t('，预计明天送达');
    },
    () => {
      line(user);
      w.t(`收件人写的是${masked(w.rng, 'name')}，电话${masked(w.rng, 'phone')}，身份证${masked(w.rng, 'id')}，这是我吗？`);
    },
  ];
  for (let i = 0, n = 3 + w.int(5); i < n; i++) w.pick(turns)();
  line(agent);
  w.t(w.pick(['感谢您的耐心等待，祝您生活愉快！', '请问还有其他问题吗？', '已为您登记，稍后会有专员联系您。']));
  w.t('\n');
}

export function zhMedical(w: Writer): void {
  w.t(w.pick(HOSPITALS_ZH), w.pick(['\n门诊病历\n', '\n住院病案首页\n', ' 电子病历\n']));
  const sep = w.pick(['：', ':', '： ']);
  const gap = w.pick(['  ', '\n', '\t', '   ']);
  w.t('姓名', sep);
  w.e('PERSON');
  w.t(gap, '性别', sep, w.pick(['男', '女']), gap, '年龄', sep, `${1 + w.int(95)}岁`, gap, '科室', sep, w.pick(DEPARTMENTS_ZH), '\n');
  w.field('CN_RESIDENT_ID', w.pick(['身份证号', '身份证号码', '证件号码']), sep);
  w.t(gap);
  w.field('PHONE_NUMBER', w.pick(['联系电话', '电话', '手机']), sep);
  w.t('\n');
  w.field('ADDRESS', w.pick(['住址', '现住址', '家庭住址', '户籍地址']), sep);
  w.t('\n', w.pick(['门诊号', '住院号', '病案号']), sep, `${w.pick(['MZ', 'ZY', ''])}${dateIso(w.rng).replace(/-/g, '')}${w.int(10000)}`);
  w.t(gap, '就诊日期', sep, dateIso(w.rng), '\n');
  if (w.chance(0.6)) {
    w.t('紧急联系人', sep);
    w.e('PERSON');
    w.t(`（${w.pick(['配偶', '父亲', '母亲', '女儿', '儿子', '朋友'])}）`, w.pick([' ', '，电话', ' 电话：']));
    w.e('PHONE_NUMBER');
    w.t('\n');
  }
  w.t('主诉', sep, w.pick(['胸闷气短3天。', '反复咳嗽2周，加重伴发热1天。', '右膝关节疼痛半年。', '上腹部隐痛1月余。']), '\n');
  w.t('现病史', sep, `患者于${dateZh(w.rng)}无明显诱因出现上述症状，血压 ${100 + w.int(60)}/${60 + w.int(40)}mmHg，心率 ${60 + w.int(50)}次/分。\n`);
  if (w.chance(0.5)) {
    w.neg(sep);
    w.t('\n');
  }
  w.t('诊断', sep, w.pick(['1.冠心病 2.高血压2级', '社区获得性肺炎', '膝骨关节炎', '慢性胃炎']), '\n');
  w.t(w.pick(['医师签名', '主治医师', '接诊医生']), sep);
  w.e('PERSON');
  w.t(gap, '日期', sep, dateIso(w.rng), '\n');
}
