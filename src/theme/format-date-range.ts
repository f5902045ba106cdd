// Formats a start–end date range with an en dash and the CV language's word for "Present".
import { LEXICONS } from '../model/lexicon/lexicons.js';
import { formatDate } from './format-date.js';
import { translateLabel } from './translate-label.js';

/** Every language's words for an ongoing end date (`present`, `heute`, `至今`, `현재`), from the lexicons. */
let ongoing: Set<string> | undefined;
const normalize = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/[.\s]+/g, ' ').trim();

function isOngoing(word: string): boolean {
  ongoing ??= new Set(Object.values(LEXICONS).flatMap((l) => [...l.present, ...l.labels.present.split('/')].map(normalize)));
  return ongoing.has(normalize(word));
}

/**
 * Formats a date range for `lang`: `Mar 2019 – Present`, `2019–2021` (bare
 * years take an en dash with no spaces; month dates a thin-spaced one). A start
 * with no end is ongoing; an end alone is shown alone; neither gives `''`. An end
 * written as "present" in any language cvpress has a lexicon for prints as that
 * word in `lang`.
 */
export function formatDateRange(start: string | undefined, end: string | undefined, lang: string): string {
  const s = start?.trim() ? formatDate(start, lang) : '';
  const rawEnd = end?.trim() ?? '';
  const present = translateLabel('present', lang);
  let e = '';
  if (rawEnd && isOngoing(rawEnd)) e = present;
  else if (rawEnd) e = formatDate(rawEnd, lang);
  else if (s) e = present;
  if (!s) return e === present ? '' : e;
  if (s === e) return s;
  const tight = /^\d{4}$/.test(s) && /^\d{4}$/.test(e);
  return tight ? `${s}\u2013${e}` : `${s}\u2009\u2013\u2009${e}`;
}
