import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { build } from 'esbuild';

const DETECT = new URL('.', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('the detection core runs in a browser', () => {
  it('imports no Node built-in module and touches no Node global', () => {
    for (const file of sources(DETECT)) {
      const code = readFileSync(file, 'utf8');
      assert.doesNotMatch(code, /from ['"](node:|fs|path|crypto|os|zlib|stream|buffer)['"]/, file);
      assert.doesNotMatch(code, /\b(process\.|Buffer\.|require\()/, file);
    }
  });

  it('bundles for the browser platform with nothing left external', { timeout: 60_000 }, async () => {
    const result = await build({
      entryPoints: [join(DETECT, 'index.ts')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    assert.equal(result.errors.length, 0);
    const code = result.outputFiles[0].text;
    assert.ok(code.includes('CN_RESIDENT_ID'));
    assert.doesNotMatch(code, /from\s*["']node:/);
  });
});
