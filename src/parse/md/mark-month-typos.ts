// Reads a misspelt month name one edit away from a full month name ("Febuary 2011", "Janunary 2011") as that month, when a year follows it.
import type { DateToken, DateWords } from './date-words.js';

/**
 * Whether a[start, end) and b differ by one insertion, deletion, substitution or swap of neighbours,
 * not at the end (a letter added to or dropped from the end makes another word: "Augusta").
 */
function oneEditAway(a: string, start: number, end: number, b: string): boolean {
  const la = end - start;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(start + i) === b.charCodeAt(i)) i++;
  if (i >= Math.min(la, lb)) return false;
  const rest = (x: number, y: number): boolean => a.slice(start + x, end) === b.slice(y);
  if (la === lb) return rest(i + 1, i + 1) || (a.charCodeAt(start + i) === b.charCodeAt(i + 1) && a.charCodeAt(start + i + 1) === b.charCodeAt(i) && rest(i + 2, i + 2));
  return la > lb ? rest(i + 1, i) : rest(i, i + 1);
}

/**
 * Turns each `text` token of six to thirteen letters that is followed by a four-digit number and is one
 * edit away from a full month name of the CV's language or English into a month word. Costs nothing on
 * lines without such a word; at most 24 short comparisons per candidate.
 */
export function markMonthTypos(toks: DateToken[], lower: string, words: DateWords): void {
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i];
    const n = toks[i + 1];
    if (!t || !n || t.kind !== 'text' || n.kind !== 'num' || n.digits !== 4 || !n.space) continue;
    const len = t.end - t.start;
    if (len < 6 || len > 13) continue;
    const hit = words.typos.find((m) => m.name.charCodeAt(0) === lower.charCodeAt(t.start) && oneEditAway(lower, t.start, t.end, m.name));
    if (hit) {
      t.kind = 'word';
      t.entry = hit.entry;
    }
  }
}
