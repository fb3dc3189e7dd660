import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanText } from '../scan-text.js';

function found(text: string, options: { context?: string[] } = {}): string[] {
  return scanText(text, { types: ['PERSON'], ...options }).map((f) => text.slice(f.start, f.end));
}

describe('PERSON (Latin script)', () => {
  const positive: [string, string[]][] = [
    ['Dear Mr. Jonathan Reed, your order shipped.', ['Jonathan Reed']],
    ['Name: Zhang Wei\nPhone: 555-0100', ['Zhang Wei']],
    ['Best regards,\nEmily Carter', ['Emily Carter']],
    ['From: Laura Finch <laura@example.com>', ['Laura Finch']],
    ['I met Daniel Okafor at the conference.', ['Daniel Okafor']],
    ['Cardholder: MARIA GARCIA', ['MARIA GARCIA']],
    ['Hi John, thanks for the update', ['John']],
    ['Hello, Emily! Your parcel is here.', ['Emily']],
    ['Dr. Smith will see you now', ['Smith']],
    ['Patient: Robert J. Langley, DOB 1970', ['Robert J. Langley']],
    ['{"fullName":"Rebecca Hill","age":3}', ['Rebecca Hill']],
    ['Assignee: Susan A. Cruz', ['Susan A. Cruz']],
    ['Name: Patricia Müller', ['Patricia Müller']],
    ['Apple CEO Tim Cook said so', ['Tim Cook']],
    ['Comment by XU Chenghan (2017-05-08)', ['XU Chenghan']],
    ['受害人Wenchao Li名下的手机号', ['Wenchao Li']],
    ['WANG Yanyang----17147635425', ['WANG Yanyang']],
    ['Yesterday I spoke with Emily Wood. She agreed.', ['Emily Wood']],
    ['Thanks for your patience.\n--\nGrace Rivera\nSupport Engineer', ['Grace Rivera']],
    ['{"realName": "Grace Brown", "age": 41}', ['Grace Brown']],
    ['Name: Rebecca Hall\nEmployee ID: E-23276', ['Rebecca Hall']],
    ['Dear Mr. Hall, thank you.', ['Hall']],
    ['Dear Grace:\n\nWe received a request', ['Grace']],
    ['Manager: Na Zhu. Phone on file: +8617530915645', ['Na Zhu']],
    ['Reporter: Zhen Ning <zn@example.com>', ['Zhen Ning']],
    ['@shop: fullz: Chun Mei | 378-05-2288 | 12088 S Walnut St', ['Chun Mei']],
    // After a greeting, a given name the list lacks ("Grace" is also a word) with a surname.
    ['Subject: Your account\n\nHi Grace Hernandez,\n\nI tried to call you', ['Grace Hernandez']],
    ['Manager: Gary Hall. Phone on file: 720-621-1500', ['Gary Hall']],
    ['{"realName":"Yabo He","trace_id":"69ff7a46"}', ['Yabo He']],
    ['user=w1uq9 name="Dongchen He" card_no=2720242709045010', ['Dongchen He']],
    ['Patient Name: Sarah Lee DOB: 04/12/1985 SSN: 078-05-1120', ['Sarah Lee']],
    ['Name: MacArthur', ['MacArthur']],
  ];
  for (const [text, expected] of positive) {
    it(`finds ${expected.join(', ')} in ${JSON.stringify(text)}`, () => assert.deepEqual(found(text), expected));
  }

  const negative = [
    'DEAR FRIEND, I am a prince',
    'Dear Valued Customer,',
    'Manager: required',
    'We met at Albert Hall yesterday.',
    'Visit the Town Hall on Monday.',
    'Thanks!\n--\nSent from my phone',
    'Dear Customer, your package is on its way.',
    'The New York Times reported on Monday.',
    'Hello World! This is a test.',
    'We flew from Paris to London.',
    'Name: required',
    'Paul Revere Elementary School',
    'Welcome to Hong Kong',
    'Status: Active',
    'Dear Sir or Madam',
    'INFO Server started on port 8080',
    'Hi Customer Service Team,',
    'Hey Support Team, any news?',
    'Hello New York, we are back!',
    'Contact: He will call you back.',
    'We met at Albert Hall. It was great.',
    'interface PermissionDescriptor { name: PermissionName; }',
    'generateKey({ name: "Ed25519" })',
    "emitWarning('Something happened', { name: 'MyAppWarning' })",
    "{ tag: 'JP MORGAN C.B.', name: 'J.P. Morgan Casa de Bolsa' }",
    "const impl = { name: 'New Zealand Bank Account Number' }",
  ];
  for (const text of negative) {
    it(`stays quiet on ${JSON.stringify(text)}`, () => assert.deepEqual(found(text), []));
  }

  it('reads a cell under a name column as a name', () => {
    assert.deepEqual(found('Zhang San', { context: ['customer_name'] }), ['Zhang San']);
  });

  it('finishes quickly on hostile input', { timeout: 10000 }, () => {
    for (const unit of ['Dear Smith ', 'Mr. A. ', 'Name: X ', 'Regards,\n', 'Wang Li ']) {
      const text = unit.repeat(Math.ceil(200_000 / unit.length));
      const started = Date.now();
      scanText(text);
      assert.ok(Date.now() - started < 5000, `${JSON.stringify(unit)} took too long`);
    }
  });
});
