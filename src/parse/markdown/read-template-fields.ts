// Reads the résumé fields a template tag carries in its attributes ({{% job title="…" company="…" from="…" %}}) as one head line.

/** Attribute names by the field they give; other names (dir, class, icon, …) hold no content. */
const FIELD_KEYS: Readonly<Record<string, 'role' | 'org' | 'place' | 'from' | 'to' | 'date'>> = {
  title: 'role', position: 'role', role: 'role', job: 'role', degree: 'role', studytype: 'role', area: 'role', major: 'role',
  // (a timeline item's header, subheader and badge: Blowfish's `{{< timelineItem header="Role" subheader="Company" badge="2023" >}}`)
  header: 'role', heading: 'role', subheader: 'org', subheading: 'org', subtitle: 'org', badge: 'date',
  company: 'org', employer: 'org', organization: 'org', organisation: 'org', org: 'org', institution: 'org', school: 'org', university: 'org', name: 'org',
  location: 'place', place: 'place', city: 'place',
  from: 'from', start: 'from', startdate: 'from', start_date: 'from', date_start: 'from', since: 'from', begin: 'from',
  to: 'to', end: 'to', enddate: 'to', end_date: 'to', date_end: 'to', until: 'to',
  date: 'date', dates: 'date', period: 'date', years: 'date', duration: 'date',
};

/** A shortcode that draws an icon (`{{< icon name="download" >}}`, `{{< fa "github" >}}`): its attributes name the picture. */
const ICON_TAG = /^[<%\s]*(?:icon|fa|fas|fab|far|svg|emoji|feather)\b/i;

/** The longest attribute value read: a longer one is not a field of a head. */
const MAX_VALUE = 300;

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45;
}

/** `name="value"` and `name='value'` pairs of a tag's inside, in order, by one scan. */
function readAttributes(inner: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  let i = 0;
  while (i < inner.length) {
    if (!isNameChar(inner.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < inner.length && isNameChar(inner.charCodeAt(i))) i++;
    const name = inner.slice(start, i).toLowerCase();
    let k = i;
    while (inner[k] === ' ') k++;
    if (inner[k] !== '=') continue;
    k++;
    while (inner[k] === ' ') k++;
    const quote = inner[k];
    if (quote !== '"' && quote !== "'") continue;
    const close = inner.indexOf(quote, k + 1);
    if (close < 0) break;
    out.push([name, inner.slice(k + 1, close)]);
    i = close + 1;
  }
  return out;
}

/** A shortcode's name and its first positional argument (`{{< date "2026-02" >}}`: date, 2026-02), if it has one. */
function positionalArgument(inner: string): [string, string] | undefined {
  let i = 0;
  while (inner[i] === '<' || inner[i] === '%' || inner[i] === ' ') i++;
  const start = i;
  while (i < inner.length && isNameChar(inner.charCodeAt(i))) i++;
  if (i === start || inner[i] !== ' ') return undefined;
  while (inner[i] === ' ') i++;
  const quote = inner[i];
  if (quote !== '"' && quote !== "'") return undefined;
  const close = inner.indexOf(quote, i + 1);
  return close < 0 ? undefined : [inner.slice(start, i).trim().toLowerCase(), inner.slice(i + 1, close)];
}

/**
 * The head line a template tag's attributes make — `**role** | organisation | place | from – to` — when
 * it names a role or an organisation; its dates alone (`2020-03 – 2026-02`) when it gives only dates, as
 * `{{< period from="2020-03" to="2026-02" >}}` and `{{< date "2026-02" >}}` (a shortcode named as a date key,
 * with one positional argument) do; else undefined (the tag is then no content). Values keep their text;
 * line breaks become spaces.
 * @param inner - what is between the tag's delimiters
 */
export function readTemplateFields(inner: string): string | undefined {
  // (an icon's name is the picture's, no field: `{{< icon name="download" pack="fas" >}}`)
  if (ICON_TAG.test(inner)) return undefined;
  const f: Partial<Record<'role' | 'org' | 'place' | 'from' | 'to' | 'date', string>> = {};
  const positional = positionalArgument(inner);
  const named = readAttributes(inner);
  if (positional && /^(?:date|from|to)$/.test(FIELD_KEYS[positional[0]] ?? '')) named.push([positional[0], positional[1]]);
  for (const [name, raw] of named) {
    const field = FIELD_KEYS[name];
    const value = raw.replace(/\s+/g, ' ').trim();
    if (field && value && value.length <= MAX_VALUE && f[field] === undefined) f[field] = value;
  }
  const dates = f.from ? (f.to ? `${f.from} – ${f.to}` : `${f.from} –`) : f.to ?? f.date;
  if (!f.role && !f.org) return dates;
  const [first, ...rest] = [f.role, f.org, f.place, dates].filter((x): x is string => !!x);
  return [`**${first}**`, ...rest].join(' | ');
}
