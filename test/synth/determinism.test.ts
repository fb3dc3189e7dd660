import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as synth from './index.js';
import type { Rng } from './index.js';

const GENERATORS: Record<string, (rng: Rng) => string> = {
  cnResidentId: synth.cnResidentId,
  cnResidentId15: synth.cnResidentId15,
  cnMobile: synth.cnMobile,
  cnLandline: (rng) => synth.cnLandline(rng),
  intlPhone: synth.intlPhone,
  usPhone: (rng) => synth.usPhone(rng),
  bankCard: (rng) => synth.bankCard(rng),
  iban: (rng) => synth.iban(rng),
  usSsn: synth.usSsn,
  email: synth.email,
  ipAddress: synth.ipAddress,
  cnPassport: synth.cnPassport,
  licensePlate: synth.licensePlate,
  zhName: (rng) => synth.zhName(rng).name,
  enName: (rng) => synth.enName(rng).name,
  zhAddress: (rng) => synth.zhAddress(rng),
  usAddress: synth.usAddress,
  username: synth.username,
  password: synth.password,
  hardNegative: (rng) => synth.hardNegative(rng),
};

describe('determinism', () => {
  for (const [name, generate] of Object.entries(GENERATORS)) {
    it(`${name}: the same seed gives the same values, another seed others`, () => {
      const draw = (seed: number) => {
        const rng = new synth.Rng(seed);
        return Array.from({ length: 100 }, () => generate(rng));
      };
      assert.deepEqual(draw(42), draw(42));
      assert.notDeepEqual(draw(42), draw(43));
    });
  }
});
