import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codeAt } from './code-at.js';

describe('codeAt', () => {
  it('answers as charCodeAt does inside the text, and -1 past either end', () => {
    for (const text of ['', 'a', '手机13800138000', 'x\n', '\ud83d\ude00z']) {
      for (let at = -3; at <= text.length + 3; at++) {
        const inside = at >= 0 && at < text.length;
        assert.equal(codeAt(text, at), inside ? text.charCodeAt(at) : -1, `${JSON.stringify(text)} at ${at}`);
      }
    }
  });
});
