import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createScanner, scanText } from './scan-text.js';
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
