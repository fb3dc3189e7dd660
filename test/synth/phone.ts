import { digits, type Rng } from './rng.js';
import { TemplateSet } from './template.js';

/** PRC mobile prefixes of allocated ranges (carriers, virtual operators, IoT-free data ranges excluded). */
export const CN_MOBILE_PREFIXES = [
  '130', '131', '132', '133', '134', '135', '136', '137', '138', '139',
  '145', '147', '150', '151', '152', '153', '155', '156', '157', '158', '159',
  '162', '165', '166', '167', '170', '171', '172', '173', '175', '176', '177', '178',
  '180', '181', '182', '183', '184', '185', '186', '187', '188', '189',
  '190', '191', '192', '193', '195', '196', '197', '198', '199',
] as const;

/** An 11-digit PRC mobile number, unformatted. */
export function cnMobile(rng: Rng): string {
  return CN_MOBILE_PREFIXES[rng.int(CN_MOBILE_PREFIXES.length)] + digits(rng, 8);
}

export const CN_MOBILE_STYLES = [
  'plain', 'space', 'dash', 'e164', 'intl-space', 'intl-plain', 'intl-dash', 'cc', '0086',
] as const;
export type CnMobileStyle = (typeof CN_MOBILE_STYLES)[number];

/** Writes an 11-digit mobile number the ways people do: 138 0013 8000, +86 138-0013-8000, 8613800138000 ... */
export function formatCnMobile(n: string, style: CnMobileStyle): string {
  const a = n.slice(0, 3);
  const b = n.slice(3, 7);
  const c = n.slice(7);
  switch (style) {
    case 'plain': return n;
    case 'space': return `${a} ${b} ${c}`;
    case 'dash': return `${a}-${b}-${c}`;
    case 'e164': return `+86${n}`;
    case 'intl-space': return `+86 ${a} ${b} ${c}`;
    case 'intl-plain': return `+86 ${n}`;
    case 'intl-dash': return `+86-${a}-${b}-${c}`;
    case 'cc': return `86${n}`;
    case '0086': return `0086 ${n}`;
  }
}

/** Area code and subscriber-number length of PRC fixed lines (three-digit area codes have 8-digit numbers). */
const CN_AREAS: readonly (readonly [string, 7 | 8])[] = [
  ['010', 8], ['020', 8], ['021', 8], ['022', 8], ['023', 8], ['024', 8], ['025', 8], ['027', 8], ['028', 8], ['029', 8],
  ['0311', 8], ['0351', 7], ['0371', 8], ['0379', 8], ['0411', 8], ['0412', 7], ['0431', 8], ['0451', 8], ['0471', 7],
  ['0510', 8], ['0512', 8], ['0519', 8], ['0531', 8], ['0532', 8], ['0535', 7], ['0536', 7], ['0551', 8], ['0571', 8],
  ['0574', 8], ['0577', 8], ['0591', 8], ['0592', 7], ['0595', 8], ['0717', 7], ['0731', 8], ['0734', 7], ['0750', 7],
  ['0754', 8], ['0755', 8], ['0756', 7], ['0757', 8], ['0760', 8], ['0769', 8], ['0791', 8], ['0813', 7], ['0816', 7],
  ['0851', 8], ['0871', 8], ['0872', 7], ['0891', 7], ['0898', 8], ['0931', 7], ['0951', 7], ['0971', 7], ['0991', 7],
];

export const CN_LANDLINE_STYLES = ['dash', 'dash-split', 'paren', 'paren-dash', 'space', 'plain', 'intl', 'intl-dash'] as const;
export type CnLandlineStyle = (typeof CN_LANDLINE_STYLES)[number];

/** A PRC fixed-line number with its area code: 010-6552 1234, (0755) 86013388, +86 21 5080 1234 ... */
export function cnLandline(rng: Rng, style: CnLandlineStyle = CN_LANDLINE_STYLES[rng.int(CN_LANDLINE_STYLES.length)]): string {
  const [area, length] = CN_AREAS[rng.int(CN_AREAS.length)];
  // Subscriber numbers never start with 0, 1 or 9, and 800 is the toll-free block.
  const first = 2 + rng.int(7);
  const second = first === 8 ? 1 + rng.int(9) : rng.int(10);
  const local = String(first * 10 + second) + digits(rng, length - 2);
  const cut = length - 4;
  const split = `${local.slice(0, cut)} ${local.slice(cut)}`;
  switch (style) {
    case 'dash': return `${area}-${local}`;
    case 'dash-split': return `${area}-${local.slice(0, cut)}-${local.slice(cut)}`;
    case 'paren': return `(${area}) ${local}`;
    case 'paren-dash': return `(${area})${local.slice(0, cut)}-${local.slice(cut)}`;
    case 'space': return `${area} ${split}`;
    case 'plain': return area + local;
    case 'intl': return `+86 ${area.slice(1)} ${split}`;
    case 'intl-dash': return `+86-${area.slice(1)}-${local}`;
  }
}

/** International numbers in E.123 international style, each template checked valid by libphonenumber-js (see phone.test.ts). */
const INTERNATIONAL = new TemplateSet([
  '+44 20 {378}### ####', '+44 161 {2-8}## ####', '+44 7400 ######', '+44 7415 ######', '+44 7505 ######',
  '+44 7535 ######', '+44 7714 ######', '+44 7804 ######', '+44 7909 ######', '+44 7955 ######',
  '+1 212-N##-####', '+1 415-N##-####', '+1 (617) N##-####', '+1 312 N## ####', '+1 646-N##-####', '+1 202-N##-####',
  '+1 416-N##-####', '+1 604-N##-####', '+1 213 N## ####', '+1 305-N##-####', '+1 206-N##-####', '+1 718-N##-####',
  '+49 30 ########', '+49 89 ########', '+49 40 ########', '+49 151 ########', '+49 170 #######', '+49 176 ########',
  '+33 6 {0124-8}# ## ## ##', '+33 7 {3-9}# ## ## ##', '+33 1 ## ## ## ##',
  '+81 90-{1-9}###-####', '+81 80-####-####', '+81 3-{1-9}###-####',
  '+82 10-{0-46-9}###-####',
  '+65 8{1-9}## ####', '+65 9{0-8}## ####',
  '+852 9{467}## ####', '+852 6{13459}## ####',
  '+886 9## ### ###', '+886 2 {2-8}###-####',
  '+61 4{01236}# ### ###', '+61 2 {89}### ####',
  '+91 98### #####', '+91 9N### #####', '+7 9## ###-##-##', '+7 495 ###-##-##',
  '+60 12-### ####', '+66 8# ### ####', '+84 9{0-8} ### ## ##', '+971 50 ### ####', '+34 6## ## ## ##',
  '+39 3{1-9}# ### ####', '+31 6 {1-68}#######', '+55 11 9####-####', '+64 21 ### ####',
].map((p) => p.replace(/\{([^}]*)\}/g, (_, set: string) => `{${expandRanges(set)}}`)));

function expandRanges(set: string): string {
  return set.replace(/(\d)-(\d)/g, (_, a: string, b: string) => {
    let out = '';
    for (let d = Number(a); d <= Number(b); d++) out += d;
    return out;
  });
}

/** A non-PRC number with its country code. */
export function intlPhone(rng: Rng): string {
  return INTERNATIONAL.fill(rng);
}

const US_AREAS = ['212', '213', '206', '305', '312', '404', '415', '503', '512', '617', '646', '702', '713', '718', '720', '773', '808', '917'];
export const US_PHONE_STYLES = ['paren', 'dash', 'dot', 'intl', 'intl-dash', 'one-dash'] as const;
export type UsPhoneStyle = (typeof US_PHONE_STYLES)[number];

/** A US number as Americans write it: (415) 286-1234, 415-286-1234, +1 415 286 1234 ... */
export function usPhone(rng: Rng, style: UsPhoneStyle = US_PHONE_STYLES[rng.int(US_PHONE_STYLES.length)]): string {
  const area = US_AREAS[rng.int(US_AREAS.length)];
  const exchange = String(2 + rng.int(8)) + digits(rng, 2);
  const line = digits(rng, 4);
  switch (style) {
    case 'paren': return `(${area}) ${exchange}-${line}`;
    case 'dash': return `${area}-${exchange}-${line}`;
    case 'dot': return `${area}.${exchange}.${line}`;
    case 'intl': return `+1 ${area} ${exchange} ${line}`;
    case 'intl-dash': return `+1-${area}-${exchange}-${line}`;
    case 'one-dash': return `1-${area}-${exchange}-${line}`;
  }
}

const UNALLOCATED = ['100', '101', '104', '106', '108', '110', '112', '114', '118', '120', '122', '125', '127', '129', '140', '141', '143', '148', '154', '160', '164', '168', '169', '179', '194'];

/** Hard negative: 11 digits starting with 1 in a range no PRC operator holds (120..., 110..., 100...). */
export function cnUnallocatedMobile(rng: Rng): string {
  return UNALLOCATED[rng.int(UNALLOCATED.length)] + digits(rng, 8);
}
