// Formats one JSON Resume date (YYYY, YYYY-MM, YYYY-MM-DD) for a language with Intl.

const ISO = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;

/**
 * Formats an ISO-ish date for `lang`: `2021` → `2021`, `2021-03` → `Mar 2021`
 * (`März 2021`, `2021年3月`), `2021-03-05` → `5 Mar 2021`. Anything that is not
 * such a date (free text kept by the parser) is returned unchanged, trimmed.
 */
export function formatDate(value: string, lang: string): string {
  const text = value.trim();
  const m = ISO.exec(text);
  if (!m) return text;
  const year = Number(m[1]);
  if (m[2] === undefined) return String(year);
  const month = Number(m[2]);
  if (month < 1 || month > 12) return text;
  const day = m[3] !== undefined ? Number(m[3]) : undefined;
  if (day !== undefined && (day < 1 || day > 31)) return text;
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  const { fmt, locale } = formatterFor(lang, day !== undefined);
  let out = fmt.format(date);
  // Russian/Ukrainian/Belarusian append a "year" abbreviation that CVs never use.
  if (/^(ru|uk|be)\b/i.test(locale) && out.endsWith('г.')) out = out.slice(0, -2).trimEnd();
  return out;
}

/** Intl formatters are costly to build (most of a render's time): one per language and shape, reused. */
const formatters = new Map<string, { fmt: Intl.DateTimeFormat; locale: string }>();

function formatterFor(lang: string, withDay: boolean): { fmt: Intl.DateTimeFormat; locale: string } {
  const key = `${lang}\u0000${withDay ? 'd' : 'm'}`;
  let hit = formatters.get(key);
  if (!hit) {
    let locale: string;
    try {
      locale = Intl.DateTimeFormat.supportedLocalesOf([lang])[0] ?? 'en';
    } catch {
      locale = 'en';
    }
    const fmt = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'short', ...(withDay ? { day: 'numeric' } : {}) });
    hit = { fmt, locale };
    if (formatters.size < 256) formatters.set(key, hit);
  }
  return hit;
}
