/** Vocabulary around account names and passwords. */

/** Values that fill a credential field without being one ("password: ********", "user: null"). */
export const CREDENTIAL_PLACEHOLDERS = new Set(
  (
    'null none nil undefined empty n/a na redacted [redacted] <redacted> hidden masked required optional invalid ' +
    'unknown placeholder example string str int varchar text true false number boolean bool object any void ' +
    'bigint symbol never float double long integer'
  ).split(' '),
);

/** Words that follow "password is"/"password:" in prose, not secrets ("password is incorrect"). */
export const PASSWORD_PROSE_WORDS = new Set(
  (
    'incorrect correct invalid wrong required expired reset changed updated missing empty too not the a an your my ' +
    'his her their our for and or to of with must should will cannot can is was be been has have does do did ' +
    'mismatch match matches field policy manager protected strength length hash here there below above again same ' +
    'different provided entered sent set used enabled disabled successfully success failed failure weak strong ' +
    'please enter confirm forgot forgotten recovery change update new old current same minimum maximum characters ' +
    'only also still never always now case sensitive'
  ).split(' '),
);

/** Keys of key:value lines that are settings, not accounts ("port:8080", "level:info"). */
export const SETTING_KEYS = new Set(
  (
    'port host hostname server id uid pid level status state type kind time date datetime timestamp ts code key name ' +
    'mode size count total version ver env region zone lang locale charset encoding format method path url uri ' +
    'route action event result error warn warning info debug trace msg message note tag tags label priority ' +
    'severity category class color width height length timeout retry retries interval delay limit offset page ' +
    'index ratio rate score weight age sex gender year month day hour minute second width height protocol scheme ' +
    'content accept cache connection origin referer cookie server expires location user username login password ' +
    'pass pwd email mail account qq wechat wx phone tel mobile fax order invoice no number sn serial sku isbn zip ' +
    'postcode md5 sha1 sha256 sha512 hash http https ftp file data mailto urn git ssh'
  ).split(' '),
);

/** Second fields of key:value lines that are settings or states, not secrets. */
export const SETTING_VALUES = new Set(
  (
    'info ok true false null error warn warning debug trace yes no on off none success successful fail failed ' +
    'pending done active inactive enabled disabled open closed running stopped start started stop up down online ' +
    'offline default auto manual normal high low medium critical unknown valid invalid public private'
  ).split(' '),
);

/** Chinese labels of account names, by what they name. */
export const CN_USERNAME_LABELS = {
  qq: ['扣扣号', '扣扣'],
  wechat: ['微信号', '微信', '薇信', '威信', 'v信'],
  telegram: ['纸飞机', '飞机', '电报'],
  account: ['登录账号', '登录帐号', '登录名', '登陆名', '用户名', '账户名', '帐户名', '会员名', '账号', '帐号'],
  nickname: ['昵称', '网名'],
} as const;

/** Latin labels of account names, by what they name; they count only before a separator ("username: x"). */
export const EN_USERNAME_LABELS = {
  account: ['username', 'user name', 'user_name', 'login name', 'login_name', 'screen name', 'screen_name', 'loginid', 'login_id'],
  wechat: ['wechat', 'weixin', 'wechat id'],
  telegram: ['telegram'],
  generic: ['user', 'login', 'account', 'acct', 'handle'],
} as const;

/** Chinese labels of a password. */
export const CN_PASSWORD_LABELS = ['密码', '口令', '密碼'];

/** Chinese labels of an account name and its password together ("账号密码：abc/123"). */
export const CN_CREDENTIAL_PAIR_LABELS = ['账号', '帐号', '用户名', '用户', '账户'].flatMap((user) =>
  ['', '和', '及', '与', '/', '、'].map((joint) => `${user}${joint}密码`),
);

/** Words after "@" in code and documents, not handles: "@media", "@param", "@Override". */
export const CODE_AT_WORDS = new Set(
  (
    'media import param return returns override types type font-face keyframes interface end property synthesize ' +
    'charset supports page namespace everyone here channel all see throws deprecated author since version link ' +
    'inheritdoc example container layer scope font-feature-values counter-style starting-style typedef callback ' +
    'template private public protected readonly async function class module exports file fileoverview license todo ' +
    'package constructor __pure__ __no_side_effects__ quotation copying titlepage itemize enumerate smallexample cindex'
  ).split(' '),
);
