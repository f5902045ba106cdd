// Takes accents off a text (NFD, then the combining marks U+0300–U+036F dropped), by table for Latin, Greek and Cyrillic letters.

/** The first code unit past the letters of the table (Latin, IPA, Greek, Cyrillic). */
const TABLE_END = 0x530;

/**
 * Each code unit below TABLE_END as NFD writes it less the marks U+0300–U+036F; undefined for marks and
 * for letters whose decomposition starts with a mark (the text is then decomposed as a whole). A letter
 * that decomposes starts with its base letter, so no mark is reordered across two of them: the text's
 * NFD is each letter's NFD in turn.
 */
const STRIPPED: ReadonlyArray<string | undefined> = (() => {
  const out: Array<string | undefined> = [];
  for (let c = 0; c < TABLE_END; c++) {
    const ch = String.fromCharCode(c);
    const nfd = ch.normalize('NFD');
    out.push(/\p{M}/u.test(ch) || /^\p{M}/u.test(nfd) ? undefined : nfd.replace(/[\u0300-\u036f]/g, ''));
  }
  return out;
})();

/** `s` as `s.normalize('NFD').replace(/[\u0300-\u036f]/g, '')` returns it ("Zürich" → "Zurich", "й" → "и"). */
export function stripAccents(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    const t = c < TABLE_END ? STRIPPED[c] : undefined;
    if (t === undefined) return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    if (t.length === 1 && t.charCodeAt(0) === c) continue;
    out += s.slice(from, i) + t;
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}
