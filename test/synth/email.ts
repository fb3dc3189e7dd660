import { enName, zhName } from './names.js';
import { ALNUM_LOWER, charsFrom, digits, type Rng } from './rng.js';

/** E-mail addresses with realistic local parts (pinyin, English names, QQ numbers, handles) and domains. */

const CN_FREE = ['qq.com', '163.com', '126.com', 'sina.com', 'sohu.com', 'foxmail.com', 'yeah.net', '139.com', 'aliyun.com', 'sina.cn', 'vip.qq.com'];
const GLOBAL_FREE = ['gmail.com', 'outlook.com', 'hotmail.com', 'yahoo.com', 'icloud.com', 'live.com', 'protonmail.com', 'aol.com', 'mail.ru', 'yandex.ru', 'gmx.de', 'yahoo.co.uk'];
const COMPANY = [
  'huawei.com', 'alibaba-inc.com', 'tencent.com', 'bytedance.com', 'jd.com', 'xiaomi.com', 'baidu.com', 'meituan.com',
  'pingan.com.cn', 'icbc.com.cn', 'ccb.com', 'sf-express.com', 'acme-corp.com', 'globex.io', 'initech.net', 'contoso.com',
  'northwind-traders.com', 'fabrikam.co.uk', 'mail.ustc.edu.cn', 'pku.edu.cn', 'stanford.edu', 'ox.ac.uk', 'example-health.org',
  'bluewave.tech', 'staff.hilton-grand.com', 'corp.lianhua.cn', 'hr.kingdee.com', 'med.zju.edu.cn',
];

const WORDS = ['sky', 'moon', 'tiger', 'dragon', 'happy', 'lucky', 'sunny', 'angel', 'cool', 'star', 'blue', 'dream', 'panda', 'wolf', 'king', 'snow', 'shadow', 'ice'];

/** A plausible local part; the caller decides the domain. */
export function emailLocal(rng: Rng): string {
  switch (rng.int(9)) {
    case 0: {
      const { pinyin } = zhName(rng);
      return pinyin[0] + pinyin[1] + (rng.chance(0.6) ? String(rng.range(1960, 2008)) : '');
    }
    case 1: {
      const { pinyin } = zhName(rng);
      return `${pinyin[1]}.${pinyin[0]}`;
    }
    case 2: {
      const { pinyin } = zhName(rng);
      return `${pinyin[0]}_${pinyin[1]}${rng.chance(0.5) ? digits(rng, 2) : ''}`;
    }
    case 3: {
      const { first, last } = enName(rng);
      return `${first}.${last}`.toLowerCase().normalize('NFD').replace(/[^a-z.]/g, '');
    }
    case 4: {
      const { first, last } = enName(rng);
      return `${first[0]}${last}${rng.chance(0.5) ? rng.int(100) : ''}`.toLowerCase().normalize('NFD').replace(/[^a-z0-9]/g, '');
    }
    case 5:
      return `${rng.pick(WORDS)}${rng.pick(WORDS)}${digits(rng, rng.range(1, 4))}`;
    case 6:
      return `${rng.pick(WORDS)}_${charsFrom(rng, ALNUM_LOWER, rng.range(3, 6))}`;
    case 7: {
      const { first, last } = enName(rng);
      return `${first}.${last}+${rng.pick(['news', 'shop', 'work', 'spam'])}`.toLowerCase().normalize('NFD').replace(/[^a-z.+]/g, '');
    }
    default:
      return charsFrom(rng, 'abcdefghijklmnopqrstuvwxyz', 1) + charsFrom(rng, ALNUM_LOWER, rng.range(5, 11));
  }
}

/** An address in a free-mail, company or university domain; QQ numbers go with qq.com. */
export function email(rng: Rng): string {
  const r = rng.int(10);
  if (r === 0) return `${rng.range(1, 9)}${digits(rng, rng.range(5, 9))}@qq.com`;
  const domain = r <= 4 ? rng.pick(CN_FREE) : r <= 7 ? rng.pick(GLOBAL_FREE) : rng.pick(COMPANY);
  return `${emailLocal(rng)}@${domain}`;
}
