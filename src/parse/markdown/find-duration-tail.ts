// The duration a text ends with after its last comma or spaced dash ("Stagiaire, 6 mois", "Hasin - 1 year 6 months").
import { durationOnly } from './duration-only.js';
import type { ParseState } from './parse-types.js';

/** The spaced dashes and dot a duration may follow. */
const DASHES: readonly string[] = [' - ', ' – ', ' — ', ' · '];

/**
 * The part after the text's last comma or spaced dash when it is a duration alone (no bracket, at most 31 characters
 * with its spaces): where the separator starts (`cut`) and the duration, trimmed; undefined otherwise.
 */
export function findDurationTail(state: ParseState, text: string): { cut: number; part: string } | undefined {
  let cut = Math.max(text.lastIndexOf(','), text.lastIndexOf('，'));
  let from = cut + 1;
  for (const d of DASHES) {
    const k = text.lastIndexOf(d);
    if (k > cut) [cut, from] = [k, k + d.length];
  }
  const part = text.slice(from);
  return cut > 0 && part.length <= 31 && !/[()（）]/u.test(part) && durationOnly(state, part) ? { cut, part: part.trim() } : undefined;
}
