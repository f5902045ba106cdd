// Tells whether a date's tokens stand free in the line, not glued into an identifier, version, URL, DOI, phone number, time or amount.
import type { DateContext, DateToken } from './date-words.js';

/** Marks that glue a number into something bigger when letters or digits are glued on their other side. */
const JOINERS: ReadonlySet<number> = new Set([0x2e, 0x2f, 0x3a, 0x2d, 0x5f, 0x40, 0x3d, 0x5c, 0x2c]);
/** Marks that make the number after them no date: phone prefix, number sign, currencies. */
const BEFORE: ReadonlySet<number> = new Set([0x2b, 0x23, 0x2116, 0x24, 0x20ac, 0xa3, 0xa5]);
/** Marks that make the number before them no date: percent, per mille, degree. */
const AFTER: ReadonlySet<number> = new Set([0x25, 0x2030, 0xb0]);

function solid(t: DateToken | undefined): boolean {
  return !!t && (t.kind === 'num' || t.kind === 'text');
}

/**
 * True when tokens [first, next) are not glued to more of an identifier: no Latin/Cyrillic/… letters or
 * digits glued on either side ("EGU2020", "IPhO2009", "2000s"), no joiner glued between them and more
 * letters or digits ("j.geog.2019", "9001:2015", "2016/679", "2019.04.007", "isic-2024-challenge",
 * "/entry/2021/08/02/", "2023-공개SW"), no `+`, `#`, `№` or currency before, no `%` after, no thousands group ("2,019").
 * Han, kana, Hangul and Thai letters may touch a date ("于2019年", "2022-01-12号").
 */
export function checkDateEdges(ctx: DateContext, first: number, next: number): boolean {
  const { tok } = ctx;
  const head = tok(first);
  const p = tok(first - 1);
  if (head && p && !head.space) {
    if (solid(p)) return false;
    if (p.kind === 'punct' && BEFORE.has(p.value)) return false;
    if (p.kind === 'punct' && JOINERS.has(p.value) && !p.space && solid(tok(first - 2))) return false;
  }
  if (p?.kind === 'punct' && p.value === 0x2b) return false;
  const n = tok(next);
  if (!n || n.space) return true;
  if (solid(n)) return false;
  if (n.kind !== 'punct') return true;
  if (AFTER.has(n.value)) return false;
  const nn = tok(next + 1);
  if (!JOINERS.has(n.value) || !nn || nn.space) return true;
  if (n.value === 0x2c) return !(nn.kind === 'num' && nn.digits === 3);
  return !solid(nn) && nn.kind !== 'cjk';
}
