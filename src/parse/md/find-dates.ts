// Interim: finds dates with the old finder (replaced by the multilingual date finder).
import { findDateRange } from '../markdown/find-date-range.js';
import type { DateWords } from './date-words.js';
import type { DateSpan } from './parse-types.js';

/** Every date or date range in `text`, left to right (interim: the first one only). */
export function findDates(text: string, words: DateWords): DateSpan[] {
  void words;
  const m = findDateRange(text);
  if (!m) return [];
  const span: DateSpan = { ongoing: m.open, single: m.single, index: m.index, length: m.length };
  if (m.start) span.start = m.start;
  if (m.end) span.end = m.end;
  return [span];
}
