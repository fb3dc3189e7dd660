/**
 * Column headers that say what a column of a delimited table holds, normalised: lower case, without spaces,
 * underscores or hyphens ("Full_Name" → "fullname").
 */
export const COLUMN_LABELS = {
  PERSON: (
    'name fullname realname customername clientname contactname contact receiver receivername recipient consignee ' +
    'cardholder holdername accountholder firstname lastname surname givenname patientname 姓名 名字 真实姓名 收件人 ' +
    '收货人 联系人 客户姓名 持卡人 户名 开户名 患者姓名 寄件人'
  ).split(' '),
  USERNAME: (
    'user username login loginname account accountname nick nickname handle screenname qq qq号 wechat weixin wechatid ' +
    '微信 微信号 账号 帐号 用户名 登录名 登录账号 昵称 会员名'
  ).split(' '),
  PASSWORD: 'password passwd pwd pass passwordhash pwdhash passhash passwordmd5 密码 登录密码 口令'.split(' '),
  ADDRESS: (
    'address addr homeaddress shippingaddress streetaddress mailingaddress 地址 住址 收货地址 家庭住址 详细地址 联系地址 ' +
    '通讯地址 收件地址'
  ).split(' '),
  US_SSN: 'ssn socialsecurity socialsecuritynumber socialsecurityno ssnumber'.split(' '),
  PASSPORT: 'passport passportno passportnumber passportnum 护照 护照号 护照号码'.split(' '),
} as const;
