import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { flattenRecord } from '../detect/index.js';
import { jsonLeaves, leafText } from './json-leaves.js';

const DOCUMENTS = [
  '{"phone":"13800138000","n":1}',
  '{ "user" : { "email" : "zhangsan@example.com", "tags": ["a", "b"] }, "ok": true, "none": null }',
  '[{"name":"张三"},{"name":"李四","card":6222021234567890123}]',
  '"just a string"',
  '-12.5e3',
  '{"esc\\"aped":"a\\"b\\\\","u":"\\u5f20\\u4e09","nested":[[1,[2]],{"k":[{"x":"y"}]}]}',
  '{"":"empty key","a.b":"dotted"}',
];

describe('jsonLeaves', () => {
  for (const doc of DOCUMENTS) {
    it(`names leaves like flattenRecord: ${doc}`, () => {
      const leaves = jsonLeaves(doc).map((leaf) => [leaf.path, leafText(doc, leaf)]);
      // Booleans are not leaves here (nothing to redact); flattenRecord turns numbers into JS numbers, compared by value.
      const expected = flattenRecord(JSON.parse(doc)).filter(([, value]) => value !== 'true' && value !== 'false');
      assert.equal(leaves.length, expected.length);
      leaves.forEach(([path, text], i) => {
        assert.equal(path || '$', expected[i][0]);
        assert.equal(String(Number.isNaN(Number(text)) ? text : Number(text)), expected[i][1]);
      });
    });
  }

  it('keeps number tokens exactly as written, beyond 2^53', () => {
    const doc = '{"card":6222021234567890123}';
    const [leaf] = jsonLeaves(doc);
    assert.equal(leafText(doc, leaf), '6222021234567890123');
    assert.deepEqual([leaf.start, leaf.end, leaf.kind], [8, 27, 'number']);
  });

  it('gives string spans including the quotes', () => {
    const doc = '{"a": "x\\"y"}';
    const [leaf] = jsonLeaves(doc);
    assert.equal(doc.slice(leaf.start, leaf.end), '"x\\"y"');
    assert.equal(leafText(doc, leaf), 'x"y');
  });
});
