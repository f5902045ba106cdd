// Reads a JSON Resume date as people write it: ISO forms, ongoing words, slashes, month names, YAML dates.
import { LEXICONS } from '../model/lexicon/lexicons.js';

/** What a written date is: already a schema date, an ongoing end, a date rewritten to the schema's form, or unreadable. */
export type DateReading =
  | { kind: 'ok'; value: string }
  | { kind: 'ongoing' }
  | { kind: 'fixed'; value: string }
  | { kind: 'unreadable' };

const SCHEMA_DATE = /^([1-2][0-9]{3}-[0-1][0-9]-[0-3][0-9]|[1-2][0-9]{3}-[0-1][0-9]|[1-2][0-9]{3})$/;
/** Ongoing words every CV language uses, beyond the lexicons' own `present` lists. */
const ONGOING_EXTRA = ['present', 'now', 'current', 'currently', 'ongoing', 'today', 'till date', 'to date', 'till now', 'tbd', '-', '–', '...', '…'];

let ongoingWords: Set<string> | undefined;
let monthIndex: Map<string, number> | undefined;

function ongoing(): Set<string> {
  ongoingWords ??= new Set([...ONGOING_EXTRA, ...Object.values(LEXICONS).flatMap((l) => l.present.map((w) => w.toLowerCase()))]);
  return ongoingWords;
}

function months(): Map<string, number> {
  if (!monthIndex) {
    monthIndex = new Map();
    for (const lex of Object.values(LEXICONS)) lex.months.forEach((forms, i) => forms.forEach((f) => monthIndex!.set(f.toLowerCase(), i + 1)));
  }
  return monthIndex;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** `YYYY-MM(-DD)` when the parts make a calendar date, else undefined. */
function build(year: number, month?: number, day?: number): string | undefined {
  if (year < 1000 || year > 2999) return undefined;
  if (month === undefined) return String(year);
  if (month < 1 || month > 12) return undefined;
  if (day === undefined) return `${year}-${pad(month)}`;
  if (day < 1 || day > 31) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The schema form of a free-form date string, or undefined when it is not a date cvpress can read for sure. */
function rewrite(s: string): string | undefined {
  let m = /^(\d{4})-(\d{2})-(\d{2})[T ]\d{2}:\d{2}/.exec(s);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/.exec(s);
  if (m) return build(Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3]));
  m = /^(\d{1,2})[-/.](\d{4})$/.exec(s);
  if (m) return build(Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})$/.exec(s);
  if (m) return build(Number(m[3]), Number(m[2]), Number(m[1]));
  const words = s.toLowerCase().replace(/,/g, ' ').split(/\s+/).filter(Boolean);
  const month = words.map((w) => months().get(w)).find((n) => n !== undefined);
  const year = words.find((w) => /^\d{4}$/.test(w));
  const day = words.find((w) => /^\d{1,2}(st|nd|rd|th|\.)?$/.test(w));
  if (month !== undefined && year !== undefined && words.length <= 3 && words.length === 2 + (day ? 1 : 0)) {
    return build(Number(year), month, day === undefined ? undefined : parseInt(day, 10));
  }
  return undefined;
}

/**
 * Reads one date field of a JSON Resume (`startDate`, `endDate`, `date`, `releaseDate`): a schema date
 * (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) is `ok`; an end written as "", "Present", "now", "current"… (in any
 * language cvpress has a lexicon for) is `ongoing`; a YAML/JS `Date`, a year as a number, an ISO date-time,
 * `2020/3`, `03/2020`, `5.3.2020`, `March 2020`, `Mar 5, 2020` become the schema form (`fixed`); anything
 * else is `unreadable` (shown as written).
 */
export function readJsonResumeDate(raw: unknown, isEnd: boolean): DateReading {
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) return { kind: 'unreadable' };
    const iso = raw.toISOString();
    return { kind: 'fixed', value: iso.slice(0, 10) };
  }
  if (typeof raw === 'number') {
    const v = Number.isInteger(raw) ? build(raw) : undefined;
    return v ? { kind: 'fixed', value: v } : { kind: 'unreadable' };
  }
  if (typeof raw !== 'string') return { kind: 'unreadable' };
  const s = raw.trim();
  if (SCHEMA_DATE.test(raw)) return { kind: 'ok', value: raw };
  if (isEnd && (s === '' || ongoing().has(s.toLowerCase()))) return { kind: 'ongoing' };
  if (SCHEMA_DATE.test(s)) return { kind: 'fixed', value: s };
  const v = rewrite(s);
  return v ? { kind: 'fixed', value: v } : { kind: 'unreadable' };
}
