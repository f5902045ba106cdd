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

/**
 * The head line a template tag's attributes make — `**role** | organisation | place | from – to` — when
 * it names a role or an organisation, else undefined (the tag is then no content). Values keep their text;
 * line breaks become spaces.
 * @param inner - what is between the tag's delimiters
 */
export function readTemplateFields(inner: string): string | undefined {
  const f: Partial<Record<'role' | 'org' | 'place' | 'from' | 'to' | 'date', string>> = {};
  for (const [name, raw] of readAttributes(inner)) {
    const field = FIELD_KEYS[name];
    const value = raw.replace(/\s+/g, ' ').trim();
    if (field && value && value.length <= MAX_VALUE && f[field] === undefined) f[field] = value;
  }
  if (!f.role && !f.org) return undefined;
  const dates = f.from ? (f.to ? `${f.from} – ${f.to}` : `${f.from} –`) : f.to ?? f.date;
  const [first, ...rest] = [f.role, f.org, f.place, dates].filter((x): x is string => !!x);
  return [`**${first}**`, ...rest].join(' | ');
}
