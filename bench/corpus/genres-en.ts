import { amount, enName, orderNumber, timestamp, uuid, versionString } from '../../test/synth/index.js';
import type { Writer } from './writer.js';
import { COMPANIES_EN, TITLES_EN, dateEn, dateIso, lastFour } from './snippets.js';

/** English prose: e-mails with greeting and signature, support tickets, HR records. */

const BODIES: readonly ((w: Writer) => void)[] = [
  (w) => {
    w.t('We received a request to reset the password for your account ');
    w.e('USERNAME');
    w.t('. Your temporary password is ');
    w.e('PASSWORD');
    w.t(w.pick([' and it expires in 24 hours.', '\nPlease change it after signing in.', ' (valid for one login).']));
  },
  (w) => {
    w.t(`Your order ${w.pick(['#', 'no. ', ''])}${orderNumber(w.rng)}`);
    w.t(' has shipped and will be delivered to ');
    w.e('ADDRESS');
    w.t(w.pick(['.', ' within 3-5 business days.', ' on ' + dateEn(w.rng) + '.']));
  },
  (w) => {
    w.t('Unfortunately the payment with card ');
    w.e('BANK_CARD');
    w.t(w.pick([' was declined.', ' could not be authorised by your bank.', ', exp. 0' + (1 + w.int(9)) + '/2' + (6 + w.int(4)) + ', failed.']));
    w.t(` Cards ending in ${lastFour(w.rng)} are not affected.`);
  },
  (w) => {
    w.t('Please wire the outstanding balance to our account, IBAN ');
    w.e('IBAN');
    w.t(w.pick([', BIC DEUTDEFFXXX.', ' (reference: invoice).', '.']));
  },
  (w) => {
    w.t('To complete your onboarding, please confirm that your SSN is ');
    w.e('US_SSN');
    w.t(' and your mailing address is ');
    w.e('ADDRESS');
    w.t('.');
  },
  (w) => {
    w.t('I tried to call you at ');
    w.e('PHONE_NUMBER');
    w.t(w.pick([' but nobody picked up.', ' this morning.', ' twice.']));
    w.t(' You can also reach my colleague ');
    w.e('PERSON');
    w.t(' at ');
    w.e('EMAIL_ADDRESS');
    w.t('.');
  },
  (w) => {
    w.t('We noticed a sign-in to your account from a new device (IP ');
    w.e('IP_ADDRESS');
    w.t(`, ${w.pick(['Chrome', 'Safari', 'Firefox'])} ${versionString(w.rng)}). If this was not you, contact us.`);
  },
  (w) => {
    w.t('Attached is the invoice for last month. ');
    w.neg();
    w.t('. ');
    w.neg();
    w.t('.');
  },
];

export function enEmail(w: Writer): void {
  const sender = enName(w.rng);
  w.t('From: ');
  w.e('PERSON', sender.name);
  w.t(' <');
  w.e('EMAIL_ADDRESS');
  w.t('>\nTo: ');
  w.e('EMAIL_ADDRESS');
  w.t(`\nDate: ${dateEn(w.rng)}\nSubject: ${w.pick(['Your account', 'Re: order update', 'Payment issue', 'Welcome aboard', 'Action required'])}\n\n`);
  // Greeting: none, title and full name, first name only, title and surname only, full name.
  const greeting = w.int(6);
  if (greeting === 0) w.t('Hello,\n\n');
  else {
    const title = greeting === 1 || greeting === 3;
    w.t(w.pick(['Dear ', 'Hi ', 'Hello ', 'Dear ']), title ? w.pick(['Mr. ', 'Ms. ', 'Dr. ', 'Mrs. ']) : '');
    const reader = enName(w.rng);
    w.e('PERSON', greeting === 2 ? reader.first : greeting === 3 ? reader.last : reader.name);
    w.t(w.pick([',\n\n', ':\n\n', ',\n']));
  }
  for (let i = 0, n = 1 + w.int(3); i < n; i++) {
    w.pick(BODIES)(w);
    w.t(w.pick(['\n\n', ' ', '\n']));
  }
  w.t(w.pick(['Best regards,\n', 'Kind regards,\n', 'Thanks,\n', 'Sincerely,\n', '--\n']));
  w.e('PERSON', sender.name);
  w.t(`\n${w.pick(TITLES_EN)}, ${w.pick(COMPANIES_EN)}\n`);
  if (w.chance(0.8)) {
    w.field('PHONE_NUMBER', w.pick(['Tel', 'Phone', 'Mobile', 'M', 'T', 'Direct']), w.pick([': ', ' ', ' | ']));
    w.t('\n');
  }
  if (w.chance(0.3)) {
    w.e('ADDRESS');
    w.t('\n');
  }
}

export function enTicket(w: Writer): void {
  w.t(`Ticket #${10000 + w.int(90000)} | Priority: ${w.pick(['Low', 'Normal', 'High', 'Urgent'])} | Status: ${w.pick(['Open', 'Pending', 'Resolved'])}\n`);
  w.t(`Created: ${timestamp(w.rng)}\n`);
  w.t('Reporter: ');
  w.e('PERSON');
  w.t(' <');
  w.e('EMAIL_ADDRESS');
  w.t('>\nAssignee: ');
  w.e('PERSON');
  w.t('\n\nDescription:\n');
  const lines = [
    () => {
      w.t('User ');
      w.e('USERNAME');
      w.t(' reports being unable to log in from ');
      w.e('IP_ADDRESS');
      w.t(`. Client version ${versionString(w.rng)}, request ID ${uuid(w.rng)}.`);
    },
    () => {
      w.t('Customer called from ');
      w.e('PHONE_NUMBER');
      w.t(' asking to update the shipping address to ');
      w.e('ADDRESS');
      w.t('.');
    },
    () => {
      w.t('Refund should go to the original card ');
      w.e('BANK_CARD');
      w.t('; ');
      w.neg();
      w.t('.');
    },
    () => {
      w.t('Customer provided passport ');
      w.e('PASSPORT');
      w.t(' for identity verification (');
      w.neg();
      w.t(').');
    },
    () => {
      w.t('Login failures from ');
      w.e('IP_ADDRESS');
      w.t(' and ');
      w.e('IP_ADDRESS');
      w.t(` between ${dateIso(w.rng)} and now; account locked.`);
    },
    () => {
      w.t('Customer says the password ');
      w.e('PASSWORD');
      w.t(' was leaked together with the account ');
      w.e('EMAIL_ADDRESS');
      w.t('.');
    },
  ];
  for (let i = 0, n = 2 + w.int(3); i < n; i++) {
    w.pick(lines)();
    w.t('\n');
  }
  w.t(`\n-- Comment by `);
  w.e('PERSON');
  w.t(` (${timestamp(w.rng)}):\n${w.pick(['Escalated to tier 2.', 'Verified identity, closing.', 'Waiting for customer reply.'])}\n`);
}

export function enHrRecord(w: Writer): void {
  const sep = w.pick([': ', ':\t', ' - ', ': ']);
  if (w.chance(0.6)) {
    w.t(w.pick(['EMPLOYEE RECORD\n', 'Personnel file\n', 'New hire form\n']));
    w.field('PERSON', w.pick(['Name', 'Employee', 'Full name', 'Employee name']), sep);
    w.t(`\nEmployee ID${sep}E-${10000 + w.int(90000)}\nDepartment${sep}${w.pick(['Finance', 'Engineering', 'Sales', 'Operations'])}\n`);
    w.field('US_SSN', w.pick(['SSN', 'Social Security No.', 'Social Security Number']), sep);
    w.t(`\nDate of birth${sep}${dateIso(w.rng).replace(/^20\d\d/, String(1950 + w.int(50)))}\n`);
    w.field('ADDRESS', w.pick(['Home address', 'Address', 'Mailing address']), sep);
    w.t('\n');
    w.field('PHONE_NUMBER', w.pick(['Phone', 'Mobile', 'Cell']), sep);
    w.t('\n');
    w.field('EMAIL_ADDRESS', w.pick(['Personal email', 'Email']), sep);
    w.t('\nEmergency contact', sep);
    w.e('PERSON');
    w.t(` (${w.pick(['spouse', 'mother', 'father', 'sister', 'friend'])}), `);
    w.e('PHONE_NUMBER');
    w.t('\n');
    if (w.chance(0.5)) {
      w.field('IBAN', 'Direct deposit IBAN', sep);
      w.t('\n');
    }
    w.t(`Salary${sep}${amount(w.rng)}\n`);
    if (w.chance(0.5)) {
      w.neg(sep);
      w.t('\n');
    }
    return;
  }
  w.e('PERSON');
  w.t(` joined the ${w.pick(['finance', 'design', 'support', 'security'])} team on ${dateEn(w.rng)}. `);
  w.t(w.pick(['Her', 'His', 'Their']), ' SSN is ');
  w.e('US_SSN');
  w.t(' and the payroll system lists the home address as ');
  w.e('ADDRESS');
  w.t('. ');
  if (w.chance(0.5)) {
    w.t('Manager: ');
    w.e('PERSON');
    w.t('. ');
  }
  w.t('Phone on file: ');
  w.e('PHONE_NUMBER');
  w.t('.\n');
}
