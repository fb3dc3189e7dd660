// The page's words in Chinese and English. Every key exists in both (the type makes sure of it).

export type Lang = 'zh' | 'en';

const en = {
  brand: 'Leakhound',
  tagline: 'Has your personal information leaked?',
  skip: 'Skip to content',
  navCheck: 'Check',
  navBreaches: 'Breaches',
  navStats: 'Statistics',
  navScan: 'Scan text',
  navLabel: 'Main',
  langSwitch: '中文',
  langSwitchLabel: '切换到中文',
  demoBanner: 'Demo data: every breach and record here is synthetic, made up to show how Leakhound works. No real person is in it.',
  demoTry: 'Try a demo identifier:',
  footerPrivacy: 'Leakhound keeps no plaintext identifiers: what you check is turned into a keyed hash and compared with keyed hashes.',
  footerApi: 'API (OpenAPI)',
  loading: 'Loading…',
  retry: 'Try again',
  // check
  checkTitle: 'Check if your data has leaked',
  checkIntro: 'Enter a phone number, ID number, e-mail address, account name or bank card number. We look it up in the breaches we know of.',
  identifierLabel: 'Phone number, ID number, e-mail or account',
  identifierHint: 'For example 138 0013 8000, an 18-digit ID number, or name@example.com',
  kindLabel: 'Type',
  kindAuto: 'Detect automatically',
  checkButton: 'Check',
  checking: 'Checking…',
  emptyIdentifier: 'Enter something to check.',
  notFoundTitle: 'Good news: not found',
  notFoundText: 'This identifier is in none of the breaches we know of. That does not prove it never leaked: we only know what has been loaded here.',
  foundTitle: (n: number) => (n === 1 ? 'Found in 1 breach' : `Found in ${n} breaches`),
  foundSensitiveOnly: (n: number) => (n === 1 ? 'Found in 1 sensitive breach' : `Found in ${n} sensitive breaches`),
  sensitiveHidden: (n: number) => (n === 1 ? '1 more breach is flagged sensitive (a medical service, say). Its name is shown only to the owner of this identifier.' : `${n} more breaches are flagged sensitive (a medical service, say). Their names are shown only to the owner of this identifier.`),
  verifiedNote: 'Verified: every breach holding this identifier is listed, sensitive ones included.',
  breachDate: 'Date',
  breachSector: 'Sector',
  breachDataClasses: 'What leaked',
  unknownDate: 'unknown date',
  // verify
  verifyTitle: 'Prove it is yours to see every breach',
  verifyIntro: (kind: string) => `We send a one-time code to this ${kind}. Enter it here; for the next few minutes this page then lists the sensitive breaches too.`,
  verifyUnavailable: 'This server cannot send codes to this kind of identifier, so sensitive breaches stay hidden.',
  verifyNotVerifiable: 'Only a phone number or e-mail address can receive a code. Check your phone number or e-mail to see sensitive breaches.',
  verifyDemoNote: 'Demo: no text message is sent. The code is written to the server\'s log (the terminal running npm start), marked DEVELOPMENT SMS SINK.',
  sendCode: 'Send code',
  resendCode: 'Send a new code',
  sending: 'Sending…',
  codeSent: (minutes: number) => `Code sent. It is good for ${minutes} minutes.`,
  codeLabel: 'Six-digit code',
  confirmCode: 'Confirm',
  confirming: 'Confirming…',
  badCode: 'The code has six digits.',
  // what to do
  todoTitle: 'What to do now',
  todoPassword: 'Change the password of that service, and of every other service where you used the same one. Turn on two-step verification.',
  todoPhone: 'Expect scam calls and messages that quote your details. Never tell anyone a verification code; report fraud to the police.',
  todoId: 'Watch for loans, accounts or phone lines opened in your name, and check your credit report.',
  todoCard: 'Tell your bank, watch your statements, and ask for a new card if you see anything strange.',
  todoEmail: 'Be wary of e-mails that seem to come from that service or mention the leak: phishing follows breaches.',
  todoAddress: 'Be wary of deliveries, letters or visits you did not expect.',
  todoDelete: 'Ask the service to delete your data: under PIPL article 47 (China) or GDPR article 17 (EU) it must erase what it has no lawful reason to keep.',
  todoReport: 'Report the leak to the regulator: in China the Cyberspace Administration\'s reporting centre (12377.cn) and, for spam calls and texts, 12321.cn; elsewhere your data protection authority.',
  // errors
  errors: {
    RATE_LIMITED: 'Too many requests. Wait a moment and try again.',
    IDENTIFIER_RATE_LIMITED: 'This identifier was checked too often. Try again later.',
    INVALID_IDENTIFIER: 'That does not look like a valid phone number, ID number, e-mail, account or card number.',
    INVALID_REQUEST: 'That input is not accepted (too long, or empty).',
    NOT_VERIFIABLE: 'Only a phone number or e-mail address can receive a code.',
    EMAIL_UNAVAILABLE: 'This server cannot send e-mail.',
    SMS_UNAVAILABLE: 'This server cannot send text messages.',
    SEND_FAILED: 'The code could not be sent. Try again later.',
    WRONG_CODE: 'Wrong code.',
    CODE_EXPIRED: 'The code expired or was never sent. Ask for a new one.',
    TOO_MANY_ATTEMPTS: 'Too many wrong codes. Ask for a new one.',
    INVALID_TOKEN: 'Your verification expired. Verify again.',
    NO_SUCH_BREACH: 'There is no breach by that name.',
    NETWORK: 'The server cannot be reached. Check your connection and try again.',
  } as Record<string, string>,
  errorFallback: 'Something went wrong.',
  retryIn: (s: number) => `Try again in ${s} s.`,
  attemptsLeft: (n: number) => (n === 1 ? '1 attempt left.' : `${n} attempts left.`),
  // catalogue
  breachesTitle: 'Breach catalogue',
  breachesIntro: (n: number) => `${n} breaches are loaded. Sensitive breaches are listed here, but a check names them only to a verified owner.`,
  searchLabel: 'Search breaches',
  searchPlaceholder: 'Name, sector or data',
  sortLabel: 'Sort by',
  sortNewest: 'Newest first',
  sortOldest: 'Oldest first',
  sortLargest: 'Most records',
  sortName: 'Name',
  noMatch: 'No breach matches.',
  showing: (n: number, total: number) => `Showing ${n} of ${total}`,
  records: 'Records',
  identifiers: 'Identifiers',
  files: 'Files',
  addedAt: 'Added',
  flags: { sensitive: 'sensitive', unverified: 'unverified', fabricated: 'synthetic' } as Record<string, string>,
  flagHelp: {
    sensitive: 'Sensitive: a check names this breach only to a verified owner.',
    unverified: 'Unverified: the data has not been confirmed to come from this service.',
    fabricated: 'Synthetic: made-up data (a demonstration or a fake dump).',
  } as Record<string, string>,
  backToCatalogue: '← All breaches',
  dataClassesTitle: 'Data in this breach',
  identifiersTitle: 'Distinct identifiers',
  valuesColumn: 'Values',
  typeColumn: 'Data',
  // stats
  statsTitle: 'Statistics',
  statBreaches: 'Breaches',
  statRecords: 'Records',
  statIdentifiers: 'Distinct identifiers',
  chartTime: 'Breaches and exposed identifiers by year',
  chartSector: 'Exposed identifiers by sector',
  chartDataClass: 'Breaches by data class',
  seriesBreaches: 'Breaches',
  seriesIdentifiers: 'Exposed identifiers',
  year: 'Year',
  showTable: 'Show as a table',
  noData: 'No breaches are loaded yet.',
  // scan
  scanTitle: 'Scan text in your browser',
  scanPrivacy: 'Nothing you paste or drop here leaves your browser: the detection engine runs in this page, and no request carries your text.',
  scanTextLabel: 'Text to scan',
  scanPlaceholder: 'Paste a chat, a document, a table…',
  scanFileLabel: 'Or choose a file',
  scanDrop: 'or drop a file here',
  scanButton: 'Scan',
  scanning: 'Scanning…',
  scanNothing: 'No personal information found.',
  scanFound: (n: number) => (n === 1 ? '1 finding' : `${n} findings`),
  scanBinary: 'This file looks binary (not text), so it was not scanned.',
  scanTooLarge: (mb: number) => `The file is larger than ${mb} MB; scan it with the command line instead (leakhound scan).`,
  scanPreviewCut: (n: string) => `Showing the first ${n} characters; the counts cover the whole text.`,
  scanMasked: 'Copy the text masked',
  scanCopied: 'Masked text copied.',
  scanEmpty: 'Paste some text or choose a file first.',
  scanTime: (ms: number, kb: string) => `Scanned ${kb} KB in ${ms} ms.`,
  kinds: { phone: 'phone number', id: 'ID number', email: 'e-mail address', username: 'account', card: 'bank card' } as Record<string, string>,
  sectors: { transport: 'Transport', logistics: 'Logistics', medical: 'Medical', social: 'Social', banking: 'Banking', government: 'Government', other: 'Other' } as Record<string, string>,
  types: {
    CN_RESIDENT_ID: 'ID number', PHONE_NUMBER: 'Phone number', EMAIL_ADDRESS: 'E-mail', BANK_CARD: 'Bank card', PERSON: 'Name',
    ADDRESS: 'Address', USERNAME: 'Account', PASSWORD: 'Password', PASSPORT: 'Passport', LICENSE_PLATE: 'Licence plate',
    IP_ADDRESS: 'IP address', US_SSN: 'US SSN', IBAN: 'IBAN',
  } as Record<string, string>,
  notFoundPage: 'There is no such page.',
};

export type Dict = typeof en;

const zh: Dict = {
  brand: 'Leakhound 泄露猎犬',
  tagline: '你的个人信息泄露了吗？',
  skip: '跳到正文',
  navCheck: '查询',
  navBreaches: '泄露事件',
  navStats: '统计',
  navScan: '文本检测',
  navLabel: '主导航',
  langSwitch: 'English',
  langSwitchLabel: 'Switch to English',
  demoBanner: '演示数据：这里的泄露事件和记录全部是合成的，仅用于展示 Leakhound 的功能，不涉及任何真实个人。',
  demoTry: '试试演示号码：',
  footerPrivacy: 'Leakhound 不保存明文标识：你查询的内容会被转换成带密钥的哈希，只与带密钥的哈希比对。',
  footerApi: 'API（OpenAPI）',
  loading: '加载中…',
  retry: '重试',
  checkTitle: '查询你的信息是否泄露',
  checkIntro: '输入手机号、身份证号、电子邮箱、账号或银行卡号，我们会在已知的泄露事件中查找。',
  identifierLabel: '手机号、身份证号、邮箱或账号',
  identifierHint: '例如 138 0013 8000、18 位身份证号或 name@example.com',
  kindLabel: '类型',
  kindAuto: '自动识别',
  checkButton: '查询',
  checking: '查询中…',
  emptyIdentifier: '请输入要查询的内容。',
  notFoundTitle: '好消息：未发现',
  notFoundText: '已知的泄露事件中没有这个标识。但这不能证明它从未泄露：我们只知道这里已收录的数据。',
  foundTitle: (n: number) => `出现在 ${n} 起泄露事件中`,
  foundSensitiveOnly: (n: number) => `出现在 ${n} 起敏感泄露事件中`,
  sensitiveHidden: (n: number) => `另有 ${n} 起泄露事件被标记为敏感（例如医疗机构），只向该标识的本人显示名称。`,
  verifiedNote: '已验证：列出了包含该标识的全部泄露事件，包括敏感事件。',
  breachDate: '时间',
  breachSector: '行业',
  breachDataClasses: '泄露内容',
  unknownDate: '时间不详',
  verifyTitle: '验证是你本人，查看全部泄露事件',
  verifyIntro: (kind: string) => `我们会向这个${kind}发送一次性验证码。输入后，本页会在几分钟内显示敏感泄露事件。`,
  verifyUnavailable: '本服务器无法向这类标识发送验证码，敏感泄露事件将保持隐藏。',
  verifyNotVerifiable: '只有手机号或电子邮箱可以接收验证码。查询你的手机号或邮箱即可查看敏感泄露事件。',
  verifyDemoNote: '演示：不会真的发送短信。验证码写在服务器日志中（运行 npm start 的终端），标记为 DEVELOPMENT SMS SINK。',
  sendCode: '发送验证码',
  resendCode: '重新发送',
  sending: '发送中…',
  codeSent: (minutes: number) => `验证码已发送，${minutes} 分钟内有效。`,
  codeLabel: '6 位验证码',
  confirmCode: '确认',
  confirming: '确认中…',
  badCode: '验证码为 6 位数字。',
  todoTitle: '现在该怎么做',
  todoPassword: '修改该服务的密码，以及所有使用相同密码的其他服务；开启两步验证。',
  todoPhone: '警惕引用你个人信息的诈骗电话和短信。任何人索要验证码都不要给；遇到诈骗请报警（110，反诈专线 96110）。',
  todoId: '留意以你名义开立的贷款、账户或电话卡，查询你的个人征信报告。',
  todoCard: '通知你的银行，留意账单，发现异常请申请换卡。',
  todoEmail: '警惕冒充该服务或提及泄露的邮件：泄露之后往往有钓鱼。',
  todoAddress: '警惕意料之外的快递、信件或上门。',
  todoDelete: '要求该服务删除你的个人信息：根据《个人信息保护法》第四十七条（欧盟为 GDPR 第 17 条），没有合法理由保存的信息必须删除。',
  todoReport: '向监管部门举报：中央网信办违法和不良信息举报中心（12377.cn）；骚扰电话和垃圾短信可向 12321.cn 举报；其他国家和地区可向数据保护机构投诉。',
  errors: {
    RATE_LIMITED: '请求过于频繁，请稍后再试。',
    IDENTIFIER_RATE_LIMITED: '这个标识查询次数过多，请稍后再试。',
    INVALID_IDENTIFIER: '这不像是有效的手机号、身份证号、邮箱、账号或银行卡号。',
    INVALID_REQUEST: '输入无效（过长或为空）。',
    NOT_VERIFIABLE: '只有手机号或电子邮箱可以接收验证码。',
    EMAIL_UNAVAILABLE: '本服务器无法发送邮件。',
    SMS_UNAVAILABLE: '本服务器无法发送短信。',
    SEND_FAILED: '验证码发送失败，请稍后再试。',
    WRONG_CODE: '验证码错误。',
    CODE_EXPIRED: '验证码已过期或未发送，请重新获取。',
    TOO_MANY_ATTEMPTS: '错误次数过多，请重新获取验证码。',
    INVALID_TOKEN: '验证已过期，请重新验证。',
    NO_SUCH_BREACH: '没有这个名称的泄露事件。',
    NETWORK: '无法连接服务器，请检查网络后重试。',
  },
  errorFallback: '出错了。',
  retryIn: (s: number) => `请在 ${s} 秒后重试。`,
  attemptsLeft: (n: number) => `还可尝试 ${n} 次。`,
  breachesTitle: '泄露事件目录',
  breachesIntro: (n: number) => `已收录 ${n} 起泄露事件。敏感事件在此列出，但查询时只向验证过的本人显示。`,
  searchLabel: '搜索泄露事件',
  searchPlaceholder: '名称、行业或数据类型',
  sortLabel: '排序',
  sortNewest: '最新在前',
  sortOldest: '最早在前',
  sortLargest: '记录最多',
  sortName: '名称',
  noMatch: '没有匹配的泄露事件。',
  showing: (n: number, total: number) => `显示 ${n} / ${total} 起`,
  records: '记录数',
  identifiers: '标识数',
  files: '文件数',
  addedAt: '收录时间',
  flags: { sensitive: '敏感', unverified: '未核实', fabricated: '合成数据' },
  flagHelp: {
    sensitive: '敏感：查询时只向验证过的本人显示此事件。',
    unverified: '未核实：尚未确认数据来自该服务。',
    fabricated: '合成数据：虚构的数据（演示数据或伪造的数据包）。',
  },
  backToCatalogue: '← 全部泄露事件',
  dataClassesTitle: '此事件中的数据',
  identifiersTitle: '不同标识数',
  valuesColumn: '数量',
  typeColumn: '数据类型',
  statsTitle: '统计',
  statBreaches: '泄露事件',
  statRecords: '记录',
  statIdentifiers: '不同标识',
  chartTime: '各年份泄露事件与暴露标识',
  chartSector: '各行业暴露标识',
  chartDataClass: '各数据类型的泄露事件',
  seriesBreaches: '泄露事件',
  seriesIdentifiers: '暴露标识',
  year: '年份',
  showTable: '以表格显示',
  noData: '还没有收录任何泄露事件。',
  scanTitle: '在浏览器中检测文本',
  scanPrivacy: '你粘贴或拖入的内容不会离开你的浏览器：检测引擎在本页面中运行，任何请求都不携带你的文本。',
  scanTextLabel: '要检测的文本',
  scanPlaceholder: '粘贴聊天记录、文档、表格……',
  scanFileLabel: '或选择文件',
  scanDrop: '或把文件拖到这里',
  scanButton: '检测',
  scanning: '检测中…',
  scanNothing: '未发现个人信息。',
  scanFound: (n: number) => `发现 ${n} 处`,
  scanBinary: '这个文件看起来是二进制文件（不是文本），未检测。',
  scanTooLarge: (mb: number) => `文件超过 ${mb} MB，请使用命令行检测（leakhound scan）。`,
  scanPreviewCut: (n: string) => `仅显示前 ${n} 个字符；统计覆盖全文。`,
  scanMasked: '复制脱敏文本',
  scanCopied: '已复制脱敏文本。',
  scanEmpty: '请先粘贴文本或选择文件。',
  scanTime: (ms: number, kb: string) => `检测 ${kb} KB，用时 ${ms} 毫秒。`,
  kinds: { phone: '手机号', id: '身份证号', email: '电子邮箱', username: '账号', card: '银行卡号' },
  sectors: { transport: '交通出行', logistics: '物流快递', medical: '医疗', social: '社交', banking: '银行金融', government: '政务', other: '其他' },
  types: {
    CN_RESIDENT_ID: '身份证号', PHONE_NUMBER: '电话号码', EMAIL_ADDRESS: '电子邮箱', BANK_CARD: '银行卡号', PERSON: '姓名',
    ADDRESS: '地址', USERNAME: '账号', PASSWORD: '密码', PASSPORT: '护照号', LICENSE_PLATE: '车牌号',
    IP_ADDRESS: 'IP 地址', US_SSN: '美国社保号', IBAN: 'IBAN 账号',
  },
  notFoundPage: '没有这个页面。',
};

const DICTS: Record<Lang, Dict> = { en, zh };
const STORAGE_KEY = 'leakhound.lang';

function initial(): Lang {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'zh' || saved === 'en') return saved;
  } catch {
    // storage can be off (private mode); fall back to the browser's language
  }
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

let current: Lang = initial();

export function lang(): Lang {
  return current;
}

/** The words of the current language. */
export function t(): Dict {
  return DICTS[current];
}

export function setLang(next: Lang): void {
  current = next;
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // not remembered; the switch still applies to this visit
  }
}

/** A data class (entity type), sector or kind in the reader's words, the raw name when there is none. */
export function typeName(type: string): string {
  return t().types[type] ?? type;
}
/** An identifier kind as a label (capitalised where the language has capitals). */
export function kindLabel(kind: string): string {
  const name = t().kinds[kind] ?? kind;
  return name.charAt(0).toUpperCase() + name.slice(1);
}
export function sectorName(sector: string): string {
  return t().sectors[sector] ?? sector;
}
