// Formats one JSON Resume date (YYYY, YYYY-MM, YYYY-MM-DD) for a language with Intl.

const ISO = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;

/**
 * Formats an ISO-ish date for `lang` with `Intl`: `2021` → `2021` (`۲۰۲۱` in Persian digits), `2021-03` →
 * `Mar 2021` (`März 2021`, `2021年3月`, `مارس ۲۰۲۱`), `2021-03-05` → `5 Mar 2021`: the language's month
 * names and digits, always in the Gregorian calendar the date is written in (a year alone has no exact
 * Solar Hijri or Buddhist-era equivalent, and one CV must not mix calendars). Anything that is not such a
 * date (free text kept by the parser) is returned unchanged, trimmed.
 */
export function formatDate(value: string, lang: string): string {
  const text = value.trim();
  const m = ISO.exec(text);
  if (!m) return text;
  const year = Number(m[1]);
  if (m[2] === undefined) return formatterFor(lang, 'y').fmt.format(year);
  const month = Number(m[2]);
  if (month < 1 || month > 12) return text;
  const day = m[3] !== undefined ? Number(m[3]) : undefined;
  if (day !== undefined && (day < 1 || day > 31)) return text;
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  const { fmt, locale } = formatterFor(lang, day !== undefined ? 'd' : 'm');
  let out = fmt.format(date);
  // Russian, Ukrainian and Belarusian append a "year" abbreviation (г., р.) that CVs never use.
  if (/^(ru|uk|be)\b/i.test(locale) && /[гр]\.$/u.test(out)) out = out.slice(0, -2).trimEnd();
  return out;
}

/** Intl formatters are costly to build (most of a render's time): one per language and shape, reused. */
const formatters = new Map<string, { fmt: Intl.DateTimeFormat | Intl.NumberFormat; locale: string }>();

/** A formatter for `lang`: `y` a bare year (digits of the language, no grouping), `m` month and year, `d` with the day. */
function formatterFor(lang: string, shape: 'y' | 'm' | 'd'): { fmt: { format(v: Date | number): string }; locale: string } {
  const key = `${lang}\u0000${shape}`;
  let hit = formatters.get(key);
  if (!hit) {
    let locale: string;
    try {
      locale = Intl.DateTimeFormat.supportedLocalesOf([lang])[0] ?? 'en';
    } catch {
      locale = 'en';
    }
    const fmt = shape === 'y'
      ? new Intl.NumberFormat(locale, { useGrouping: false })
      : new Intl.DateTimeFormat(locale, { timeZone: 'UTC', calendar: 'gregory', year: 'numeric', month: 'short', ...(shape === 'd' ? { day: 'numeric' } : {}) });
    hit = { fmt, locale };
    if (formatters.size < 256) formatters.set(key, hit);
  }
  return hit;
}
