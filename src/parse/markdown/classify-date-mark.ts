// Tells whether a token marks the year, month or day of a date written with marks (2019年5月1日, 2019년 5월, 2016 r., 2022 р.).
import type { DateToken } from './date-words.js';
import { CJK, classifyChar } from './classify-char.js';

/**
 * `year` for 年, 년 and a lexicon's year duration word that is no range word and no lone ASCII letter
 * ("r.", "р.", "г.", "năm"); `month` for 月, 월 and a one- or two-character Han/Hangul month duration word;
 * `day` for 日 and 일; undefined otherwise.
 */
export function classifyDateMark(tok: DateToken | undefined, lower: string): 'year' | 'month' | 'day' | undefined {
  if (!tok) return undefined;
  if (tok.kind === 'cjk') {
    const v = tok.value;
    return v === 0x5e74 || v === 0xb144 ? 'year' : v === 0x6708 || v === 0xc6d4 ? 'month' : v === 0x65e5 || v === 0xc77c ? 'day' : undefined;
  }
  const e = tok.entry;
  if (tok.kind !== 'word' || !e || e.month > 0 || e.to || e.from || e.since || e.present) return undefined;
  const len = tok.end - tok.start;
  const first = lower.charCodeAt(tok.start);
  if (e.years && !(len === 1 && first < 0x80)) return 'year';
  if (e.months && len <= 2 && classifyChar(first) === CJK) return 'month';
  return undefined;
}
