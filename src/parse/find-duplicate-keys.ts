// Finds the keys written twice in one object of a JSON text (JSON.parse silently keeps the last one).

/** A key written twice in one object: the key, and the 1-based lines of its first and second appearance. */
export interface DuplicateKey {
  key: string;
  firstLine: number;
  line: number;
}

/**
 * Scans a valid JSON text (one pass, no recursion) for objects that have the same key twice: `JSON.parse`
 * keeps only the last value, so the other would vanish without a word.
 * @param text - JSON that `JSON.parse` accepted
 * @param max - at most this many are returned (the scan stops there)
 * @returns the repeated keys in text order (each repetition once, with the line of the key's previous appearance)
 */
export function findDuplicateKeys(text: string, max = 50): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  type Frame = { keys: Map<string, number> | undefined; expectKey: boolean };
  const stack: Frame[] = [];
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (c === 123 /* { */) stack.push({ keys: new Map(), expectKey: true });
    else if (c === 91 /* [ */) stack.push({ keys: undefined, expectKey: false });
    else if (c === 125 || c === 93 /* } ] */) stack.pop();
    else if (c === 44 /* , */) {
      const top = stack[stack.length - 1];
      if (top?.keys) top.expectKey = true;
    } else if (c === 34 /* " */) {
      const start = i;
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92) i++;
      const top = stack[stack.length - 1];
      if (top?.keys && top.expectKey) {
        top.expectKey = false;
        const key = JSON.parse(text.slice(start, i + 1)) as string;
        const first = top.keys.get(key);
        if (first !== undefined) {
          found.push({ key, firstLine: first, line });
          if (found.length >= max) return found;
        }
        top.keys.set(key, line);
      }
    }
  }
  return found;
}
