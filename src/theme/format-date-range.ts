// Formats a start–end date range with an en dash and a translated "Present".
import { formatDate } from './format-date.js';
import { translateLabel } from './translate-label.js';

const ONGOING = /^(present|current(ly)?|now|today|ongoing|onward|till date|to date|heute|aktuell|bis heute|actuel|aujourd'hui|présent|actualidad|presente|actual|atual|atualmente|obecnie|teraz|настоящее время|по настоящее время|н\.? ?в\.?|至今|现在|oggi|heden|nu)$/iu;

/**
 * Formats a date range for `lang`: `Mar 2019 – Present`, `2019–2021` (bare
 * years take an en dash with no spaces; month dates a thin-spaced one). A start
 * with no end is ongoing; an end alone is shown alone; neither gives `''`.
 */
export function formatDateRange(start: string | undefined, end: string | undefined, lang: string): string {
  const s = start?.trim() ? formatDate(start, lang) : '';
  const rawEnd = end?.trim() ?? '';
  let e = '';
  if (rawEnd && ONGOING.test(rawEnd)) e = translateLabel('present', lang);
  else if (rawEnd) e = formatDate(rawEnd, lang);
  else if (s) e = translateLabel('present', lang);
  if (!s) return e === translateLabel('present', lang) ? '' : e;
  if (s === e) return s;
  const tight = /^\d{4}$/.test(s) && /^\d{4}$/.test(e);
  return tight ? `${s}\u2013${e}` : `${s}\u2009\u2013\u2009${e}`;
}
