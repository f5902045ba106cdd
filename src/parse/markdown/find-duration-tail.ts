// The duration a text ends with after its last comma or spaced dash ("Stagiaire, 6 mois", "Hasin - 1 year 6 months").
import { durationOnly } from './duration-only.js';
import type { ParseState } from './parse-types.js';

/** The longest duration part, with its spaces. */
const MAX_PART = 31;

/** Where the last `s` in `text` starts, among those that start at `low` or later; -1 when none does. */
function lastFrom(text: string, s: string, low: number): number {
  let last = -1;
  for (let k = text.indexOf(s, low); k >= 0; k = text.indexOf(s, k + 1)) last = k;
  return last;
}

/** The spaced dashes and dot a duration may follow. */
const DASHES: readonly string[] = [' - ', ' – ', ' — ', ' · '];

/**
 * The part after the text's last comma or spaced dash when it is a duration alone (no bracket, at most 31 characters
 * with its spaces): where the separator starts (`cut`) and the duration, trimmed; undefined otherwise.
 */
export function findDurationTail(state: ParseState, text: string): { cut: number; part: string } | undefined {
  // (only the text's last MAX_PART + 3 characters are searched: after a separator that starts before them, the part is
  // longer than MAX_PART, and there is no duration tail, whatever separators follow)
  const low = Math.max(0, text.length - MAX_PART - 3);
  let cut = Math.max(lastFrom(text, ',', low), lastFrom(text, '，', low));
  let from = cut + 1;
  for (const d of DASHES) {
    const k = lastFrom(text, d, low);
    if (k > cut) [cut, from] = [k, k + d.length];
  }
  const part = text.slice(from);
  return cut > 0 && part.length <= MAX_PART && !/[()（）]/u.test(part) && durationOnly(state, part) ? { cut, part: part.trim() } : undefined;
}
