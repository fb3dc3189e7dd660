import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { CorpusFileError, readCorpusFile } from '../bench/corpus-file.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'leakhound-corpus-'));
after(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
function file(content: string | Buffer, suffix = '.jsonl'): string {
  const path = join(dir, `corpus-${files++}${suffix}`);
  writeFileSync(path, content);
  return path;
}

// Synthetic values only: a test phone number and a made-up name.
const ORDER = '收件人：张伟 13800138000';
const doc = (fields: Record<string, unknown>) => JSON.stringify({ text: ORDER, spans: [{ type: 'PERSON', start: 4, end: 6 }], ...fields });

/** The message readCorpusFile throws for `content`. */
function problem(content: string | Buffer, suffix?: string): string {
  try {
    readCorpusFile(file(content, suffix));
  } catch (error) {
    assert.ok(error instanceof CorpusFileError, String(error));
    return error.message;
  }
  assert.fail('the corpus was read');
}

describe('bench:detect --corpus: reading a labelled corpus file', () => {
  it('reads documents, their spans, genre and language, skipping blank lines; gzipped too', () => {
    const content = `${doc({ genre: 'order' })}\n\n{"text": "Dear Emily Carter,", "spans": [{"type": "PERSON", "start": 5, "end": 17}]}\r\n`;
    for (const path of [file(content), file(gzipSync(content), '.jsonl.gz')]) {
      const docs = readCorpusFile(path);
      assert.equal(docs.length, 2);
      assert.deepEqual(docs[0], { text: ORDER, spans: [{ type: 'PERSON', start: 4, end: 6 }], genre: 'order', lang: 'zh' });
      assert.deepEqual(docs[1].spans, [{ type: 'PERSON', start: 5, end: 17 }]);
      assert.equal(docs[1].genre, 'file');
      assert.equal(docs[1].lang, 'en');
    }
  });

  it('reads a document of several megabytes on one line', () => {
    const text = `${'订单已发货。'.repeat(500_000)}${ORDER}`;
    const start = text.length - ORDER.length + 4;
    const [read] = readCorpusFile(file(JSON.stringify({ text, spans: [{ type: 'PERSON', start, end: start + 2 }] })));
    assert.equal(read.text.slice(read.spans[0].start, read.spans[0].end), '张伟');
  });

  it('names the line and what is wrong with it, without quoting the text', () => {
    const cases: [string, RegExp][] = [
      [`${doc({})}\n{"text": "张伟 13800138000", "spans": [`, /line 2: not JSON/],
      ['["a list"]', /line 1: not a JSON object/],
      ['{"spans": []}', /line 1: needs a "text" string/],
      ['{"text": "x"}', /line 1: needs a "spans" array/],
      [doc({ spans: [{ type: 'NAME', start: 4, end: 6 }] }), /line 1: span 0 has type "NAME"; the types are CN_RESIDENT_ID, /],
      [doc({ spans: [{ type: 'PERSON', start: 4, end: 99 }] }), /line 1: span 0 \[4, 99\) is not inside the text of 18 UTF-16 code units/],
      [doc({ spans: [{ type: 'PERSON', start: 6, end: 6 }] }), /span 0 \[6, 6\)/],
      [doc({ spans: [{ type: 'PERSON', start: '4', end: 6 }] }), /span 0 needs whole-number "start" and "end"/],
      [doc({ spans: ['PERSON'] }), /span 0 is not an object/],
      [doc({ lang: 'fr' }), /"lang" must be "zh" or "en"/],
      [doc({ genre: '' }), /"genre" must be a name/],
      ['\n\n', /holds no document/],
    ];
    for (const [content, expected] of cases) {
      const message = problem(content);
      assert.match(message, expected);
      assert.doesNotMatch(message, /张伟|13800138000/, `the message quotes the text: ${message}`);
    }
  });

  it('refuses binary, truncated gzip and missing files with a clear message', () => {
    assert.match(problem(Buffer.from([0xff, 0xfe, 0x00, 0x81, 0x9c, 0x00])), /not UTF-8 text/);
    assert.match(problem(gzipSync(doc({})).subarray(0, 20), '.jsonl.gz'), /not a complete gzip file/);
    assert.throws(() => readCorpusFile(join(dir, 'missing.jsonl')), /missing\.jsonl: cannot read it \(ENOENT\)/);
  });

  it('stops the benchmark with exit code 2 and the problem before any scan', async () => {
    const bad = file(`${doc({})}\nnot json`);
    const failed = await run(process.execPath, ['--import', 'tsx', 'bench/detect.ts', '--corpus', bad]).then(
      () => assert.fail('the benchmark ran'),
      (error: { code: number; stderr: string; stdout: string }) => error,
    );
    assert.equal(failed.code, 2);
    assert.match(failed.stderr, /bench:detect: .*line 2: not JSON/);
    assert.equal(failed.stdout, '');
  });
});
