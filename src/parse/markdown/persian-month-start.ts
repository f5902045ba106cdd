// The Gregorian date on which a month of the solar Hijri (Persian) calendar begins, by the Jalaali leap-year break algorithm.

/** Years (solar Hijri) at which the 33-year leap pattern shifts; valid for years -61 … 3177. */
const BREAKS: readonly number[] = [
  -61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178,
];

/** Integer division and remainder truncating toward zero (as the published algorithm uses them). */
function div(a: number, b: number): number {
  return Math.trunc(a / b);
}
function mod(a: number, b: number): number {
  return a - Math.trunc(a / b) * b;
}

/** The day of March (Gregorian year `year + 621`) on which Farvardin 1 of solar Hijri `year` falls. */
function farvardinFirst(year: number): number {
  const gy = year + 621;
  let leapJ = -14;
  let jp = BREAKS[0] ?? -61;
  let jump = 0;
  for (let i = 1; i < BREAKS.length; i++) {
    const jm = BREAKS[i] ?? 3178;
    jump = jm - jp;
    if (year < jm) break;
    leapJ += div(jump, 33) * 8 + div(mod(jump, 33), 4);
    jp = jm;
  }
  const n = year - jp;
  leapJ += div(n, 33) * 8 + div(mod(n, 33) + 3, 4);
  if (mod(jump, 33) === 4 && jump - n === 4) leapJ += 1;
  const leapG = div(gy, 4) - div((div(gy, 100) + 1) * 3, 4) - 150;
  return 20 + leapJ - leapG;
}

/**
 * The Gregorian year, month (1–12) and day on which day `day` (default 1) of month `month` (1 = Farvardin …
 * 12 = Esfand) of solar Hijri year `year` falls: 1 Farvardin 1398 → 2019-03-21, 1 Azar 1398 → 2019-11-22.
 * Months 1–6 have 31 days, 7–11 have 30. Valid for years -61 … 3177; agrees with ICU's Persian calendar.
 */
export function persianMonthStart(year: number, month: number, day = 1): { year: number; month: number; day: number } {
  const offset = (month <= 7 ? (month - 1) * 31 : 186 + (month - 7) * 30) + day - 1;
  const date = new Date(Date.UTC(year + 621, 2, farvardinFirst(year) + offset));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
