// Walks the date-word trie from one position of a lower-cased line: the longest word or phrase that ends on a word boundary.
import { DATE_ROOT_DENSE, type DateWordEntry, type DateWordNode, type DateWords } from './date-words.js';
import { classifyChar, DIGIT, LETTER, MARK, SPACE } from './classify-char.js';
import { foldChar } from './fold-char.js';

/** Where a match ends and what it is; reused between calls (no allocation per match). */
export interface DateWordMatch {
  entry: DateWordEntry | undefined;
  end: number;
}

/** The child of `node` for code `c`: at the root by table, in a node of few children by scanning them, else by hash. */
function childOf(words: DateWords, node: DateWordNode, c: number): DateWordNode | undefined {
  if (node === words.root) return c < DATE_ROOT_DENSE ? words.rootKids[c] : node.next.get(c);
  const codes = node.codes;
  if (codes.length === 0) return node.next.size === 0 ? undefined : node.next.get(c);
  for (let k = 0; k < codes.length; k++) if (codes[k] === c) return node.kids[k];
  return undefined;
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
  let node = words.root;
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
    const child = childOf(words, node, cls === SPACE ? 0x20 : foldChar(c));
    if (!child) break;
    node = child;
    q++;
    if (cls === SPACE) {
      while (q < n && budget-- > 0 && classifyChar(lower.charCodeAt(q)) === SPACE) q++;
      continue;
    }
    if (node.entry) {
      let r = q;
      while (r < n && classifyChar(lower.charCodeAt(r)) === MARK) r++;
      const next = r < n ? classifyChar(lower.charCodeAt(r)) : SPACE;
      if ((cls !== LETTER || next !== LETTER) && (cls !== DIGIT || next !== DIGIT)) {
        out.entry = node.entry;
        out.end = r;
      }
    }
  }
  return out.entry !== undefined;
}
