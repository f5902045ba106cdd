// Finds a date or a date range ("May 2019 to May 2020", "2017.05 - 2018.09", "since 2020") in a line of text.
import { memoPerParse } from './parse-memo.js';
import { MONTHS, MONTH_PATTERN } from './month-names.js';

/** A date or date range found in a text, with ISO dates and where it was. */
export interface DateMatch {
  /** ISO `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  start?: string;
  /** ISO end; absent when the range is open (present, onward, since) or a single date. */
  end?: string;
  /** True when the range is open-ended (present/onward/since/trailing dash). */
  open: boolean;
  /** True when only one date was found (no range). */
  single: boolean;
  /** Index of the match in the text. */
  index: number;
  /** Length of the matched text. */
  length: number;
}

interface Tok {
  index: number;
  end: number;
  kind: 'date' | 'present' | 'month';
  iso?: string;
  month?: number;
}

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const YEAR = '(19[4-9]\\d|20\\d\\d)';
/**
 * A word that may be a month name, with its dot: checked against MONTHS in the converters, which also
 * keep only the shapes a month word has (3–12 letters, or 2 letters and a dot; see {@link monthWord}).
 * One `\\p{L}+` rather than `\\p{L}{3,12}`: V8 compiles every copy of a Unicode class separately, and
 * the counted form costs about 20 ms per pattern on a cold start.
 */
const MON = '(\\p{L}+\\.?)';
void MONTH_PATTERN;

const PRESENT_WORDS = [
  'present', 'current', 'currently', 'now', 'today', 'ongoing', 'onward', 'onwards', 'date', 'heute', 'jetzt', 'aktuell', 'dato', 'laufend',
  "aujourd'hui", 'aujourd’hui', 'présent', 'actuel', 'actuellement', 'maintenant', 'ce jour', 'actualidad', 'actualmente', 'presente', 'actual',
  'hoy', 'atual', 'atualmente', 'o momento', 'obecnie', 'teraz', 'nadal', 'oggi', 'attuale', 'in corso', 'heden', 'nu', 'huidig',
  'настоящее время', 'наст. время', 'н.в.', 'н. в.', 'сейчас', 'настоящее', 'н.вр.',
];
const PRESENT_RE = new RegExp(
  `${B}(${PRESENT_WORDS.map(escape).sort((a, b) => b.length - a.length).join('|')})${E}\\*?|(至今|现在|目前|今)`,
  'giu',
);

function escape(w: string): string {
  return w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A cheap superset of "one of `words` occurs" (case-insensitive, Unicode): the words' first letters as one
 * character class, then any word's rest. A leading character class lets the regexp engine skip ahead, so this
 * is many times faster than the words' alternation behind a lookbehind; every occurrence of a word matches it.
 */
function firstLetterScan(words: readonly string[]): RegExp {
  const firsts = [...new Set(words.map((w) => escape(w[0]!)))].join('');
  const rests = [...new Set(words.map((w) => escape(w.slice(1))))].sort((a, b) => b.length - a.length).join('|');
  return new RegExp(`[${firsts}](?:${rests})`, 'iu');
}

/** PRESENT_RE finds nothing in a text this does not match. */
const PRESENT_SCAN = new RegExp(`${firstLetterScan(PRESENT_WORDS).source}|[至现目今]`, 'iu');

/** Each date form: regex and how to turn its groups into ISO. */
const FORMS: Array<[RegExp, (m: RegExpExecArray) => string | undefined]> = [
  // 2019-03-01, 2019.03.01, 2019/03/01
  [new RegExp(`${B}${YEAR}[-./](\\d{1,2})[-./](\\d{1,2})${E}`, 'gu'), (m) => ymd(m[1], m[2], m[3])],
  // 01.03.2019, 1/3/2019 (day first)
  [new RegExp(`${B}(\\d{1,2})[./](\\d{1,2})[./]${YEAR}${E}`, 'gu'), (m) => ymd(m[3], m[2], m[1])],
  // 2019年3月(1日)
  [new RegExp(`${YEAR}\\s*年\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*日)?`, 'gu'), (m) => ymd(m[1], m[2], m[3])],
  [new RegExp(`${YEAR}\\s*年`, 'gu'), (m) => m[1]],
  // 2019-03, 2019.03, 2019/3
  [new RegExp(`${B}${YEAR}[-./](\\d{1,2})${E}`, 'gu'), (m) => ymd(m[1], m[2])],
  // 03/2019, 3.2019, 03-2019
  [new RegExp(`${B}(\\d{1,2})[-./]\\s?${YEAR}${E}`, 'gu'), (m) => ymd(m[2], m[1])],
  // 1 May 2019, 1er mai 2019, 1. März 2019, 5 de mayo de 2019
  [new RegExp(`${B}(\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s+(?:de\\s+)?${MON}\\.?,?\\s+(?:de\\s+|del\\s+)?${YEAR}${E}`, 'giu'), (m) => ymdName(m[3], m[2], m[1])],
  // May 1, 2019
  [new RegExp(`${B}${MON}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,\\s+${YEAR}${E}`, 'giu'), (m) => ymdName(m[3], m[1], m[2])],
  // May 2019, Sept. 2019, März 2019, enero de 2019, mai 2019 г.
  [new RegExp(`${B}${MON}\\.?,?\\s*(?:de\\s+|del\\s+|')?${YEAR}${E}(?:\\s*г\\.)?`, 'giu'), (m) => ymdName(m[2], m[1])],
  // a bare year
  [new RegExp(`${B}${YEAR}${E}(?:\\s*г\\.)?`, 'gu'), (m) => m[1]],
];
const MONTH_ONLY = new RegExp(`${B}(\\p{L}+)\\.?${E}`, 'giu');
const HAS_YEAR = /(?:19[4-9]\d|20\d\d)/;

const SEP_RE = /^(?:\s*[-–—‒−~]+\s*|\s*[-–—]?\s*(?:to|until|till|through|bis|à|au|a|hasta|al|até|ate|do|tot|по|до|e)\s+|\s*(?:至|到|－|～)\s*)$/iu;
const PREFIX_RE = /(?:^|[\s(\[,;:])(?:since|from|seit|ab|depuis|desde|od|dal|sinds|с|від|自|从)\s*$/iu;
const TRAILING_DASH_RE = /^\s*[-–—]+\s*(?:$|[)\],;|*]|\s)/u;

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function ymd(y: string | undefined, m?: string, d?: string): string | undefined {
  if (!y) return undefined;
  if (m === undefined) return y;
  const mm = Number(m);
  if (!(mm >= 1 && mm <= 12)) return undefined;
  if (d === undefined) return `${y}-${pad(mm)}`;
  const dd = Number(d);
  if (!(dd >= 1 && dd <= 31)) return undefined;
  return `${y}-${pad(mm)}-${pad(dd)}`;
}

/** Letters in a word (code points, as the regex counts them). */
function letterCount(word: string): number {
  let n = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

/** `word` (letters and an optional dot) when it has a month word's shape: 3–12 letters, or 2 letters and a dot. */
function monthWord(word: string | undefined): string | undefined {
  if (word === undefined) return undefined;
  const dot = word.endsWith('.');
  const n = letterCount(dot ? word.slice(0, -1) : word);
  return (n >= 3 && n <= 12) || (n === 2 && dot) ? word : undefined;
}

function ymdName(y: string | undefined, word: string | undefined, d?: string): string | undefined {
  const name = monthWord(word);
  if (name === undefined) return undefined;
  const mm = MONTHS.get(name.toLowerCase().replace(/\.$/, ''));
  if (mm === undefined) return undefined;
  return ymd(y, String(mm), d);
}

/** Lower-case first three letters of every month name: a month word starts with one of them. */
const MONTH_STARTS = new Set([...MONTHS.keys()].map((k) => k.slice(0, 3)));
/** A text this does not match has no word starting like a month name. */
const MONTH_START_SCAN = firstLetterScan([...MONTH_STARTS]);
const WORD_START = /(?<![\p{L}\p{N}])\p{L}+/gu;
const COMMA_YEAR = /,\s+(?:19[4-9]\d|20\d\d)/;

/**
 * True when some word's first three letters, lower-cased, begin a month name. Forms 6–8 and
 * month-only tokens keep a match only when its word (three letters or more, at a word start) is a month
 * name, so without such a word they find nothing.
 */
function mayNameMonth(text: string): boolean {
  if (!MONTH_START_SCAN.test(text)) return false;
  WORD_START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_START.exec(text)) !== null) if (m[0].length >= 3 && MONTH_STARTS.has(m[0].slice(0, 3).toLowerCase())) return true;
  return false;
}

/** The date and "present" tokens of a text, in the order found (not yet sorted). */
function collectDates(text: string, names: boolean): Tok[] {
  const toks: Tok[] = [];
  const hasSep = /[-./]/.test(text);
  const hasCjk = text.includes('年');
  for (let f = 0; f < FORMS.length; f++) {
    const [re, conv] = FORMS[f]!;
    // skip forms whose marks are absent: 0,1,4,5 need - . or /; 2,3 need 年; 6,7,8 need a month word; 7 needs ", <year>"
    if ((f <= 1 || f === 4 || f === 5) && !hasSep) continue;
    if ((f === 2 || f === 3) && !hasCjk) continue;
    if (f >= 6 && f <= 8 && !names) continue;
    if (f === 7 && !COMMA_YEAR.test(text)) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const iso = conv(m);
      if (iso) toks.push({ index: m.index, end: m.index + m[0].length, kind: 'date', iso });
    }
  }
  if (PRESENT_SCAN.test(text)) {
    PRESENT_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PRESENT_RE.exec(text)) !== null) toks.push({ index: m.index, end: m.index + m[0].length, kind: 'present' });
  }
  return toks;
}

/** Adds the month-name tokens without a year ("May" of "May – July 2019") to `toks`. */
function addMonths(text: string, toks: Tok[]): void {
  MONTH_ONLY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MONTH_ONLY.exec(text)) !== null) {
    const mm = MONTHS.get((m[1] ?? '').toLowerCase());
    if (mm !== undefined && (m[1] ?? '').length >= 3 && letterCount(m[1] ?? '') <= 12) toks.push({ index: m.index, end: m.index + m[0].length, kind: 'month', month: mm });
  }
}

/** Sorts tokens longest first at the same place, then drops overlaps (earlier forms are more specific; the sort is stable). */
function resolve(toks: Tok[]): Tok[] {
  toks.sort((a, b) => a.index - b.index || b.end - b.index - (a.end - a.index));
  const out: Tok[] = [];
  let reach = -1;
  for (const t of toks) {
    if (t.index >= reach) {
      out.push(t);
      reach = t.end;
    }
  }
  return out;
}

/**
 * Finds the first date range in `text` (else the first single date), with ISO
 * dates. Bounded: texts over 400 characters are searched in their first 400.
 */
export function findDateRange(text: string): DateMatch | undefined {
  const s = text.length > 400 ? text.slice(0, 400) : text;
  if (!HAS_YEAR.test(s)) return undefined;
  const out = findMemo(s);
  return out === undefined ? undefined : { ...out };
}

function find(s: string): DateMatch | undefined {
  const names = /\p{L}\p{L}/u.test(s) && mayNameMonth(s);
  const dates = collectDates(s, names);
  // without a month word there are no month tokens: the second reading would see the same tokens
  if (!names) return scan(s, resolve(dates));
  const r = scan(s, resolve(dates.slice()));
  if (r && !r.single) return r;
  addMonths(s, dates);
  return scan(s, resolve(dates)) ?? r;
}

const findMemo = memoPerParse(find);

function scan(s: string, toks: Tok[]): DateMatch | undefined {
  let single: DateMatch | undefined;
  for (let i = 0; i < toks.length; i++) {
    const a = toks[i]!;
    const b = toks[i + 1];
    if (a.kind === 'present') continue;
    const linked = b !== undefined && SEP_RE.test(s.slice(a.end, b.index));
    if (a.kind === 'month') {
      // "May – July 2019": a month without a year, then a dated end.
      if (linked && b.kind === 'date' && b.iso && b.iso.length >= 7) {
        const y = b.iso.slice(0, 4);
        return finish(s, { start: `${y}-${pad(a.month!)}`, end: b.iso, open: false, single: false, index: a.index, length: b.end - a.index }, toks, i + 1);
      }
      continue;
    }
    if (linked && b.kind === 'date') {
      return finish(s, { start: a.iso!, end: b.iso!, open: false, single: false, index: a.index, length: b.end - a.index }, toks, i + 1);
    }
    if (linked && b.kind === 'present') {
      return withPrefix(s, { start: a.iso!, open: true, single: false, index: a.index, length: b.end - a.index });
    }
    if (linked && b.kind === 'month') {
      const c = toks[i + 2];
      // "2019 - May 2020" is read by the date form; here a month name alone ends the range.
      void c;
    }
    const before = s.slice(Math.max(0, a.index - 12), a.index);
    if (PREFIX_RE.test(before)) {
      const pm = PREFIX_RE.exec(before)!;
      const off = before.length - pm[0].replace(/^[\s(\[,;:]/, '').length;
      const idx = a.index - (before.length - off);
      return { start: a.iso!, open: true, single: false, index: idx, length: a.end - idx };
    }
    const after = s.slice(a.end);
    const td = TRAILING_DASH_RE.exec(after);
    if (td && !/\d/.test(after.slice(td[0].length, td[0].length + 3))) {
      const len = a.end - a.index + td[0].trimEnd().length;
      return { start: a.iso!, open: true, single: false, index: a.index, length: len };
    }
    single ??= { start: a.iso!, open: false, single: true, index: a.index, length: a.end - a.index };
  }
  return single;
}

function finish(s: string, r: DateMatch, toks: Tok[], endTok: number): DateMatch {
  // "2023.04 - 2023.05 - onward": a trailing "– present" makes the range open.
  const b = toks[endTok];
  const c = toks[endTok + 1];
  if (b && c && c.kind === 'present' && SEP_RE.test(s.slice(b.end, c.index))) {
    const out: DateMatch = { start: r.start!, open: true, single: false, index: r.index, length: c.end - r.index };
    return out;
  }
  return withPrefix(s, r);
}

function withPrefix(s: string, r: DateMatch): DateMatch {
  const before = s.slice(Math.max(0, r.index - 12), r.index);
  const pm = /(?:^|[\s(\[,;:])((?:from|von|du|de|desde|od|dal|van|с|从)\s+)$/iu.exec(before);
  if (pm && pm[1]) return { ...r, index: r.index - pm[1].length, length: r.length + pm[1].length };
  return r;
}
