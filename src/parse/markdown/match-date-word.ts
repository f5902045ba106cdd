// Walks the date-word trie from one position of a lower-cased line: the longest word or phrase that ends on a word boundary.
import { DATE_NODE_SCAN, DATE_ROOT_DENSE, type DateTrie, type DateWordEntry, type DateWords } from './date-words.js';
import { classifyChar, DIGIT, LETTER, MARK, SPACE } from './classify-char.js';
import { foldChar } from './fold-char.js';

/** Where a match ends and what it is; reused between calls (no allocation per match). */
export interface DateWordMatch {
  entry: DateWordEntry | undefined;
  end: number;
}

/** The child of `node` for code `c`, -1 when none: at the root by table, in a node of few edges by scanning them, else by halving. */
function childOf(trie: DateTrie, node: number, c: number): number {
  if (node === 0 && c < DATE_ROOT_DENSE) return trie.rootKids[c]!;
  const codes = trie.codes;
  let a = trie.first[node]!;
  let b = trie.first[node + 1]!;
  while (b - a > DATE_NODE_SCAN) {
    const m = (a + b) >> 1;
    if (codes[m]! <= c) a = m;
    else b = m;
  }
  for (let k = a; k < b; k++) if (codes[k] === c) return trie.kids[k]!;
  return -1;
}

/**
 * Finds the longest date word of `words` that starts at `pos` of `lower` (the line, lower-cased) and
 * ends on a boundary: a key ending in a letter of a spaced script must not be followed by a letter, one
 * ending in a digit not by a digit; keys in Han, kana, Hangul or Thai need no boundary. A space in a key
 * matches a run of white space; marks (Hebrew points, Arabic vowel signs, joiners) are skipped. Sets
 * `out` and returns true on a match. Costs at most about twice the longest key in characters.
 */
export function matchDateWord(lower: string, pos: number, words: DateWords, out: DateWordMatch): boolean {
  out.entry = undefined;
  const trie = words.trie;
  let node = 0;
  let q = pos;
  let budget = words.maxLength * 2 + 8;
  const n = lower.length;
  while (q < n && budget-- > 0) {
    const c = lower.charCodeAt(q);
    const cls = classifyChar(c);
    if (cls === MARK) {
      q++;
      continue;
    }
    const child = childOf(trie, node, cls === SPACE ? 0x20 : foldChar(c));
    if (child < 0) break;
    node = child;
    q++;
    if (cls === SPACE) {
      while (q < n && budget-- > 0 && classifyChar(lower.charCodeAt(q)) === SPACE) q++;
      continue;
    }
    const entry = trie.entries[node];
    if (entry) {
      let r = q;
      while (r < n && classifyChar(lower.charCodeAt(r)) === MARK) r++;
      const next = r < n ? classifyChar(lower.charCodeAt(r)) : SPACE;
      // (nor one ending with a dot that a letter follows: "2016 M.sc" holds no Lithuanian year mark "m.")
      if ((cls !== LETTER || next !== LETTER) && (cls !== DIGIT || next !== DIGIT) && (c !== 0x2e || next !== LETTER)) {
        out.entry = entry;
        out.end = r;
      }
    }
  }
  return out.entry !== undefined;
}
