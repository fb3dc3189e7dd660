import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildCorpus } from '../../bench/corpus.js';
import { BATCH_TEXTS, createScanner, scanText } from './scan-text.js';
import type { CustomRecognizer } from './types.js';

const employeeId: CustomRecognizer = {
  name: 'employee-id',
  type: 'EMPLOYEE_ID',
  patterns: [/\bEMP-\d{6}\b/],
  score: 0.4,
  context: ['工号', 'employee'],
  contextScore: 0.9,
  validate: (value) => !value.endsWith('000000'),
};

describe('scanText options', () => {
  it('runs a caller recognizer: context raises the score above the default minimum', () => {
    assert.deepEqual(scanText('ref EMP-123456 x', { recognizers: [employeeId], types: ['EMPLOYEE_ID'] }), []);
    const text = '员工工号：EMP-123456。';
    assert.deepEqual(scanText(text, { recognizers: [employeeId], types: ['EMPLOYEE_ID'] }), [
      { type: 'EMPLOYEE_ID', start: 5, end: 15, score: 0.9, recognizer: 'employee-id' },
    ]);
  });

  it('honours the validator of a caller recognizer', () => {
    assert.deepEqual(scanText('employee EMP-000000', { recognizers: [employeeId], types: ['EMPLOYEE_ID'] }), []);
  });

  it('minScore lowers or raises the bar', () => {
    const found = scanText('ref EMP-123456 x', { recognizers: [employeeId], types: ['EMPLOYEE_ID'], minScore: 0.3 });
    assert.equal(found.length, 1);
    assert.equal(found[0].score, 0.4);
  });

  it('a string pattern works like a regex', () => {
    const found = scanText('工号 EMP-654321', { recognizers: [{ ...employeeId, patterns: ['EMP-\\d{6}'] }], types: ['EMPLOYEE_ID'] });
    assert.deepEqual(found.map((f) => [f.start, f.end]), [[3, 13]]);
  });

  it('the deny list reports its values as the given type, at word edges only', () => {
    const text = 'Project Falcon and FalconX; falcon again';
    const found = scanText(text, { denyList: { CODENAME: ['Falcon'] }, types: ['CODENAME'] });
    assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), ['Falcon', 'falcon']);
    assert.ok(found.every((f) => f.type === 'CODENAME' && f.score === 1 && f.recognizer === 'deny-list'));
  });

  it('the allow list suppresses its values, case-insensitively', () => {
    const options = { recognizers: [employeeId], types: ['EMPLOYEE_ID'], allowList: ['emp-123456'] };
    const text = '工号 EMP-123456, 工号 EMP-222222';
    assert.deepEqual(scanText(text, options).map((f) => f.start), [text.indexOf('EMP-222222')]);
  });

  it('global context words count as context everywhere in the text', () => {
    const scanner = createScanner({ recognizers: [employeeId], types: ['EMPLOYEE_ID'], context: ['Employee number'] });
    assert.equal(scanner.scan('EMP-123456')[0]?.score, 0.9);
  });

  it('the types option filters the output', () => {
    const found = scanText('工号 EMP-123456', { recognizers: [employeeId], types: ['PHONE_NUMBER'] });
    assert.deepEqual(found, []);
  });

  it('returns nothing for empty text', () => {
    assert.deepEqual(scanText(''), []);
  });
});

describe('scanMany', () => {
  const { docs } = buildCorpus({ seed: 11, targetBytes: 1_200_000 });
  const texts = docs.map((d) => d.text);

  it('gives every text the findings scan gives it, in order, across batches', () => {
    assert.ok(texts.length > BATCH_TEXTS, 'the corpus spans more than one batch');
    const scanner = createScanner();
    const many = scanner.scanMany(texts);
    assert.equal(many.length, texts.length);
    let found = 0;
    texts.forEach((text, i) => {
      assert.deepEqual(many[i], scanner.scan(text), `text ${i}`);
      found += many[i].length;
    });
    assert.ok(found > 5000, 'the corpus has findings of every kind to compare');
  });

  it('keeps each text its own digit runs when numbers of many texts are scanned together', () => {
    const scanner = createScanner();
    const numbers = ['手机 13800138000', '身份证 11010519491231002X', 'card 4111 1111 1111 1111', 'SSN 536-22-1847', 'ip 203.0.113.7'];
    const texts = Array.from({ length: 40 }, (_, i) => numbers[i % numbers.length] + ' ' + numbers[(i * 3) % numbers.length]);
    assert.deepEqual(scanner.scanMany(texts), texts.map((t) => scanner.scan(t)));
  });

  it('finds every number when the digit runs of one text, or of a batch, outgrow the arrays they are kept in', () => {
    const scanner = createScanner();
    const phone = (i: number) => `1380${String(i).padStart(7, '0')}`;
    const spans = (count: number) => Array.from({ length: count }, (_, i) => [12 * i, 12 * i + 11]);
    // One text of 40,000 numbers: more runs than one array holds (32,768).
    const one = Array.from({ length: 40_000 }, (_, i) => phone(i)).join('，');
    assert.deepEqual(scanner.scan(one).map((f) => [f.start, f.end]), spans(40_000));
    // 300 texts of 200 numbers scanned together: some text's runs start in one array and end in the next.
    const texts = Array.from({ length: 300 }, (_, t) => Array.from({ length: 200 }, (_, i) => phone(t * 200 + i)).join('，'));
    const many = scanner.scanMany(texts);
    many.forEach((found, t) => {
      assert.deepEqual(found.map((f) => [f.type, f.start, f.end]), spans(200).map(([s, e]) => ['PHONE_NUMBER', s, e]), `text ${t}`);
    });
  });

  it('honours the options as scan does: types, language hint, lists, caller recognizers', () => {
    const sample = texts.slice(0, 300);
    const optionSets = [
      { types: ['PHONE_NUMBER', 'PERSON'] as const },
      { language: 'en' as const },
      { language: 'zh' as const, minScore: 0.8 },
      { allowList: ['13800138000'], denyList: { EMPLOYEE_ID: ['EMP-123456'] } },
      { recognizers: [employeeId] },
    ];
    for (const options of optionSets) {
      const scanner = createScanner({ ...options, types: options.types ? [...options.types] : undefined });
      assert.deepEqual(scanner.scanMany(sample), sample.map((t) => scanner.scan(t)), JSON.stringify(options));
    }
  });

  it('splits a batch at a million characters and takes empty texts and an empty list', () => {
    const scanner = createScanner();
    const long = `${'x'.repeat(1 << 20)} 手机 13800138000`;
    const texts = ['', 'call 138-0013-8000 today', long, 'SSN 536-22-1847', ''];
    assert.deepEqual(scanner.scanMany(texts), texts.map((t) => scanner.scan(t)));
    assert.deepEqual(scanner.scanMany([]), []);
  });
});

describe('scan input', () => {
  it('rejects what is not a string with a clear error, before scanning anything', () => {
    const scanner = createScanner();
    assert.throws(() => scanner.scan(null as unknown as string), { name: 'TypeError', message: 'the text to scan must be a string, got null' });
    assert.throws(() => scanText(42 as unknown as string), /must be a string, got number/);
    assert.throws(() => scanner.scanMany(['手机 13800138000', 7 as unknown as string]), { message: 'text 1 to scan must be a string, got number' });
    assert.throws(() => scanner.scanMany('13800138000' as unknown as string[]), { message: 'scanMany takes an array of texts, got string' });
  });
});
