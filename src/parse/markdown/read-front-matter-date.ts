// Reads one date value of front matter (ISO string, YAML/TOML date, year, "Jan 2020", "present", '') into an ISO date.
import type { Lexicon } from '../../model/lexicon/lexicon-types.js';
import { indexLexicon } from './index-lexicon.js';

/** A front-matter date: `date` (ISO), or `ongoing` (empty, "present"), or neither when it could not be read. */
export interface FrontMatterDate {
  date?: string;
  ongoing?: boolean;
}

/**
 * Reads a date written in front matter: a `Date`, a year number, `YYYY`, `YYYY-MM`, `YYYY-MM-DD` (also
 * with `/` or `.`, or followed by a time), `MM/YYYY`, `DD.MM.YYYY`, a month name of any lexicon with a
 * year ("Jan 2006", "2006 Januar", "2 January 2006"). An empty value, null, or a present-word of any
 * lexicon ("present", "heute", "現在") is `ongoing`. `monthOnly` drops the day (for themes that print
 * month and year). Anything else gives `{}`: the caller keeps the text.
 * @param value - the front-matter value
 * @param lexicons - lexicons whose month names and present-words are read
 * @param monthOnly - keep `YYYY-MM` even where a day is written
 */
export function readFrontMatterDate(value: unknown, lexicons: readonly Lexicon[], monthOnly = false): FrontMatterDate {
  const cut = (iso: string): FrontMatterDate => ({ date: monthOnly && iso.length > 7 ? iso.slice(0, 7) : iso });
  if (value === null || value === undefined) return { ongoing: true };
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? {} : cut(value.toISOString().slice(0, 10));
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1000 && value <= 2999 ? { date: String(value) } : {};
  if (typeof value !== 'string') return {};
  const s = value.trim();
  if (s === '') return { ongoing: true };
  const lower = s.toLowerCase();
  if (lexicons.some((l) => indexLexicon(l).present.has(lower))) return { ongoing: true };
  const tokens = tokenize(s.length > 10 && (s[10] === 'T' || s[10] === ' ') && s[4] === '-' ? s.slice(0, 10) : s);
  if (!tokens) return {};
  const iso = fromTokens(tokens, lexicons);
  return iso ? cut(iso) : {};
}

interface Tokens {
  numbers: string[];
  words: string[];
  /** Separators seen between numbers ('.', '/', '-'). */
  seps: string;
  /** The order the parts came in: n = number, w = word. */
  order: string;
}

/** Digits runs and letter runs; null when anything else than separators and spaces is left. */
function tokenize(s: string): Tokens | null {
  const t: Tokens = { numbers: [], words: [], seps: '', order: '' };
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    let j = i;
    if (c >= 48 && c <= 57) {
      while (j < s.length && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
      t.numbers.push(s.slice(i, j));
      t.order += 'n';
    } else if (isLetter(s[i]!)) {
      while (j < s.length && (isLetter(s[j]!) || s[j] === '.')) j++;
      t.words.push(s.slice(i, j).toLowerCase());
      t.order += 'w';
    } else if (c === 32 || c === 44 || c === 45 || c === 46 || c === 47) {
      if (c !== 32 && c !== 44) t.seps += s[i];
      j = i + 1;
    } else return null;
    i = j;
  }
  return t;
}

function isLetter(ch: string): boolean {
  return ch.toLowerCase() !== ch.toUpperCase() || ch.charCodeAt(0) > 0x2e80;
}

/** The ISO date the tokens spell, or ''. */
function fromTokens(t: Tokens, lexicons: readonly Lexicon[]): string {
  const n = t.numbers;
  const yearAt = n.findIndex((x) => x.length === 4);
  if (yearAt < 0 || n.filter((x) => x.length === 4).length > 1 || t.words.length > 1) return '';
  const year = n[yearAt]!;
  const others = n.filter((_, k) => k !== yearAt).map(Number);
  if (t.words.length === 1) {
    const month = monthOf(t.words[0]!, lexicons);
    if (!month || others.length > 1) return '';
    return iso(year, month, others[0]);
  }
  if (others.length === 0) return year;
  if (others.length === 1) return iso(year, others[0]!);
  if (others.length !== 2) return '';
  const [a, b] = others as [number, number];
  if (yearAt === 0) return iso(year, a, b);
  if (yearAt !== 2) return '';
  // D.M.YYYY and D-M-YYYY are day first; with "/" only an unambiguous order is read
  if (!t.seps.includes('/') || a > 12) return iso(year, b, a);
  return b > 12 ? iso(year, a, b) : '';
}

function monthOf(word: string, lexicons: readonly Lexicon[]): number {
  for (const l of lexicons) {
    const k = indexLexicon(l).months.get(word);
    if (k) return k;
  }
  return 0;
}

function iso(year: string, month: number, day?: number): string {
  if (!(month >= 1 && month <= 12)) return '';
  const ym = `${year}-${String(month).padStart(2, '0')}`;
  if (day === undefined) return ym;
  return day >= 1 && day <= 31 ? `${ym}-${String(day).padStart(2, '0')}` : '';
}
