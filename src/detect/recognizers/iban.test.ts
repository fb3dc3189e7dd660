import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanText } from '../scan-text.js';

function found(text: string): string[] {
  return scanText(text, { types: ['IBAN'] }).map((f) => text.slice(f.start, f.end));
}

describe('IBAN', () => {
  const compact = [
    'GB82WEST12345698765432',
    'DE89370400440532013000',
    'FR1420041010050500013M02606',
    'NL91ABNA0417164300',
    'BE68539007547034',
    'CH9300762011623852957',
    'ES9121000418450200051332',
    'IT60X0542811101000000123456',
    'NO9386011117947',
    'SA0380000000608010167519',
    'MT84MALT011000012345MTLCAST001S',
    'LC55HEMM000100010012001200023015',
  ];
  const positive: [string, string[]][] = [
    ...compact.map((iban): [string, string[]] => [`IBAN ${iban}.`, [iban]]),
    ['GB82 WEST 1234 5698 7654 32', ['GB82 WEST 1234 5698 7654 32']],
    ['收款（DE89 3704 0044 0532 0130 00）', ['DE89 3704 0044 0532 0130 00']],
    ['NO93 8601 1117 947, BE68 5390 0754 7034', ['NO93 8601 1117 947', 'BE68 5390 0754 7034']],
    ['iban:GB82WEST12345698765432;', ['GB82WEST12345698765432']],
  ];
  for (const [text, values] of positive) {
    it(`finds ${values.join(', ')} in "${text}"`, () => assert.deepEqual(found(text), values));
  }

  const negative = [
    'GB82WEST12345698765433',
    'GB82 WEST 1234 5698 7654 33',
    'DE8937040044053201300',
    'DE893704004405320130001',
    'gb82west12345698765432',
    'XX82WEST12345698765432',
    'GB82WEST 1234 5698 7654 32',
    'GB82  WEST 1234 5698 7654 32',
    'XGB82WEST12345698765432',
    'GB82WEST12345698765432X',
    'GB12 and DE34',
  ];
  for (const text of negative) {
    it(`stays quiet on "${text}"`, () => assert.deepEqual(found(text), []));
  }
});
