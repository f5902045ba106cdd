// Reads a misspelt month name one edit away from a full month name ("Febuary 2011", "Janunary 2011") as that month, when a year follows it.
import type { DateWordEntry, DateWords } from './date-words.js';
import { classifyChar, DIGIT, SPACE } from './classify-char.js';

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

/** Whether white space (or a slash, or nothing: "Octuber/2017", "Octuber2017") and then exactly four digits follow position `end` of `lower`. */
function yearFollows(lower: string, end: number): boolean {
  let i = end;
  while (i < lower.length && classifyChar(lower.charCodeAt(i)) === SPACE) i++;
  if (i === end && lower.charCodeAt(i) === 0x2f) i++;
  let digits = 0;
  while (i < lower.length && digits < 5 && classifyChar(lower.charCodeAt(i)) === DIGIT) {
    digits++;
    i++;
  }
  return digits === 4;
}

/**
 * The month entry for the word lower[start, end) when it is six to thirteen letters, white space and a
 * four-digit number follow it, and it is one edit away from a full month name of the CV's language or
 * English ("febuary" → February); undefined otherwise. At most 24 short comparisons per candidate.
 */
export function matchMonthTypo(lower: string, start: number, end: number, words: DateWords): DateWordEntry | undefined {
  const len = end - start;
  if (len < 6 || len > 13 || !yearFollows(lower, end)) return undefined;
  const first = lower.charCodeAt(start);
  return words.typos.find((m) => m.name.charCodeAt(0) === first && oneEditAway(lower, start, end, m.name))?.entry;
}
