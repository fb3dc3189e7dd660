import { IDENTIFIER_KINDS, type IdentifierKind } from '../identity/kinds.js';
import type { DemoInfo } from '../server/routes/status.js';
import type { DemoBreach } from './catalogue.js';
import { groupedMobile, mobileNumber, type Person } from './people.js';
import { SeededRandom, seedOf } from './random.js';

type Example = DemoInfo['examples'][number];

interface Count {
  breaches: number;
  sensitive: number;
}

/** Which breaches hold each person's identifier of each kind: a bit per breach. */
export class Exposures {
  private readonly masks = new Map<IdentifierKind, Uint32Array>();

  constructor(
    people: number,
    private readonly breaches: readonly DemoBreach[],
  ) {
    if (breaches.length > 32) throw new RangeError('at most 32 demo breaches');
    for (const kind of IDENTIFIER_KINDS) this.masks.set(kind, new Uint32Array(people));
  }

  add(person: number, kind: IdentifierKind, breach: number): void {
    this.masks.get(kind)![person] |= 1 << breach;
  }

  count(person: number, kind: IdentifierKind): Count {
    const mask = this.masks.get(kind)![person];
    const held = this.breaches.filter((_, i) => mask & (1 << i));
    return { breaches: held.length, sensitive: held.filter((b) => b.meta.flags.includes('sensitive')).length };
  }
}

/** What a check will answer, in words: "in 4 demo breaches, 1 of them sensitive". */
export function exposureNote({ breaches, sensitive }: Count): string {
  if (breaches === 0) return 'in no demo breach';
  const where = `in ${breaches} demo breach${breaches === 1 ? '' : 'es'}`;
  if (sensitive === 0) return where;
  return breaches === 1 ? `${where}, a sensitive one` : `${where}, ${sensitive} of them sensitive`;
}

/**
 * Identifiers to try, written the way people type them: the phone number, e-mail and ID number found in most
 * breaches (the phone's and the ID's among them the sensitive one), each of another person, and a phone number in none.
 */
export function demoExamples(people: readonly Person[], exposures: Exposures): Example[] {
  const used = new Set<number>();
  const mostExposed = (kind: IdentifierKind, sensitive: boolean): [Person, Count] => {
    let best = -1;
    let bestCount: Count = { breaches: 0, sensitive: 0 };
    for (let person = 0; person < people.length; person++) {
      const count = exposures.count(person, kind);
      if (!used.has(person) && count.breaches > bestCount.breaches && (!sensitive || count.sensitive > 0)) [best, bestCount] = [person, count];
    }
    if (best < 0) throw new Error(`no demo person has a ${kind} in a breach`);
    used.add(best);
    return [people[best], bestCount];
  };
  const [byPhone, phoneCount] = mostExposed('phone', true);
  const [byEmail, emailCount] = mostExposed('email', false);
  const [byId, idCount] = mostExposed('id', true);
  return [
    { identifier: `+86 ${groupedMobile(byPhone.phone, '-')}`, kind: 'phone', note: exposureNote(phoneCount) },
    { identifier: byEmail.email.toUpperCase(), kind: 'email', note: exposureNote(emailCount) },
    { identifier: byId.id, kind: 'id', note: exposureNote(idCount) },
    { identifier: groupedMobile(absentMobile(people), ' '), kind: 'phone', note: exposureNote({ breaches: 0, sensitive: 0 }) },
  ];
}

/** A valid mobile number that no demo person has. */
function absentMobile(people: readonly Person[]): string {
  const taken = new Set(people.map((person) => person.phone));
  const random = new SeededRandom(seedOf('absent'));
  for (;;) {
    const phone = mobileNumber(random);
    if (!taken.has(phone)) return phone;
  }
}
