import type { Rng } from './rng.js';

/** IPv4 and IPv6 addresses in the forms seen in logs. */

export function ipv4(rng: Rng): string {
  switch (rng.int(6)) {
    case 0:
      return `10.${rng.int(256)}.${rng.int(256)}.${1 + rng.int(254)}`;
    case 1:
      return `192.168.${rng.int(256)}.${1 + rng.int(254)}`;
    case 2:
      return `172.${16 + rng.int(16)}.${rng.int(256)}.${1 + rng.int(254)}`;
    default: {
      let first = 1 + rng.int(223);
      if (first === 10 || first === 127) first = 58;
      return `${first}.${rng.int(256)}.${rng.int(256)}.${1 + rng.int(254)}`;
    }
  }
}

const V6_PREFIXES = ['2001:db8', '240e', '2408', '2409', '2001:da8', '2400:cb00', '2a00:1450', '2604:a880', 'fe80'];

/** Eight groups with runs of zeros, written in RFC 5952 form (or, sometimes, uncompressed). */
export function ipv6(rng: Rng): string {
  const groups: number[] = [];
  const prefix = rng.pick(V6_PREFIXES).split(':');
  for (const p of prefix) groups.push(parseInt(p, 16));
  const zeroStart = prefix.length + rng.int(3);
  const zeroLength = rng.int(4);
  while (groups.length < 8) {
    const i = groups.length;
    groups.push(i >= zeroStart && i < zeroStart + zeroLength ? 0 : rng.chance(0.3) ? rng.int(256) : rng.int(65536));
  }
  if (prefix[0] === 'fe80') groups.fill(0, 1, 4);
  const hex = groups.map((g) => g.toString(16));
  if (rng.chance(0.1)) return groups.map((g) => g.toString(16).padStart(4, '0')).join(':');
  // RFC 5952: compress the longest run of two or more zero groups (the first, on a tie).
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const text = bestStart < 0
    ? hex.join(':')
    : `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
  return rng.chance(0.05) ? text.toUpperCase() : text;
}

export function ipAddress(rng: Rng): string {
  return rng.chance(0.8) ? ipv4(rng) : ipv6(rng);
}
