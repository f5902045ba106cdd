// Builds a filter over a set of strings, one bit per hash: a string whose bit is clear is none of them, told by one probe of a small table that stays in the cache.

/** A 32-bit FNV-1a hash of a string's UTF-16 code units. */
function hashUnits(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * A test that is false for every string that is none of `keys` but about one in ten (the table has eight bits or
 * more per key) and true for every key. Most texts asked about are no lexicon word or place, and a lookup in a
 * map of thousands of keys costs a few cache misses where the filter's table (a few kilobytes) costs none: ask
 * the filter first, then the map.
 */
export function buildWordFilter(keys: Iterable<string>): (s: string) => boolean {
  const list = [...keys];
  let bits = 1 << 10;
  while (bits < list.length * 8) bits *= 2;
  const mask = bits - 1;
  const table = new Uint8Array(bits >> 3);
  for (const k of list) {
    const h = hashUnits(k) & mask;
    table[h >> 3]! |= 1 << (h & 7);
  }
  return (s: string): boolean => {
    const h = hashUnits(s) & mask;
    return (table[h >> 3]! & (1 << (h & 7))) !== 0;
  };
}
