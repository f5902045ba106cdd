// Reads one list of a front-matter CV (Hugo/Wowchemy, Jekyll themes, JSON Resume shapes) into the model's entries of that section.
import type { Lexicon } from '../../model/lexicon/lexicon-types.js';
import type { Award, Certificate, Education, Interest, Language, Project, Publication, Skill, Volunteer, Work } from '../../model/types.js';
import { splitLanguageLevel } from './split-language-level.js';
import { takeTextDates } from './take-text-dates.js';
import { readFrontMatterDate } from './read-front-matter-date.js';

/** The sections a front-matter list can fill, with the model type of their entries. */
export interface FrontMatterSections {
  work: Work[];
  volunteer: Volunteer[];
  education: Education[];
  skills: Skill[];
  languages: Language[];
  interests: Interest[];
  awards: Award[];
  certificates: Certificate[];
  publications: Publication[];
  projects: Project[];
}
export type FrontMatterSectionKey = keyof FrontMatterSections;

/** What the entry readers share: lexicons, date precision, and where to note what they could not read. */
export interface EntryContext {
  lexicons: readonly Lexicon[];
  /** Drop the day of dates (Wowchemy themes print month and year). */
  monthOnly: boolean;
  /** Values that could not be read into the model's types, by JSON pointer. */
  unread: Array<{ path: string; value: string }>;
  /** A page builder's list (see `findNestedFrontMatterLists`): its own key names, so a job's one short text under an unknown key is its organisation. */
  guessOrg?: boolean;
}

interface Spec {
  /** Text fields: model field → front-matter keys, first found wins (keys compared lower case, `-` as `_`). */
  text: Readonly<Record<string, readonly string[]>>;
  /** Date fields of the model: start, end, or a single date. */
  start?: string;
  end?: string;
  single?: string;
  /** List fields: model field → keys (a list of strings, of `{name}` objects, or a comma-separated string). */
  lists?: Readonly<Record<string, readonly string[]>>;
  /** What a plain string item becomes (none: string items are not understood). */
  fromString?: string;
}

const START = ['date_start', 'start_date', 'startdate', 'start', 'from', 'begin', 'since', 'date_from', 'started'];
const END = ['date_end', 'end_date', 'enddate', 'end', 'to', 'until', 'date_to', 'ended', 'finish'];
const RANGE = ['dates', 'date', 'period', 'duration', 'years', 'year', 'when', 'time', 'timeline', 'caption', 'date_range'];
const SINGLE = ['date', 'year', 'when', 'awarded', 'issued', 'issue_date', 'published', 'release_date', 'releasedate'];
const SUMMARY = ['summary', 'description', 'details', 'detail', 'content', 'contents', 'text', 'desc', 'about', 'notes'];
const HIGHLIGHTS = ['highlights', 'achievements', 'accomplishments', 'responsibilities', 'bullets', 'tasks', 'duties', 'points', 'notes'];
const URL = ['url', 'website', 'link', 'homepage', 'href', 'web'];
/** Keys that hold pictures or styling, never words: dropped from entries. */
const NOT_CONTENT = new Set(['company_logo', 'logo', 'icon', 'icon_pack', 'image', 'img', 'thumbnail', 'imagefilename', 'image_file_name', 'image_filename', 'color', 'colour', 'layout', 'weight', 'order', 'featured', 'show', 'hidden', 'draft']);

const SPECS: Readonly<Record<FrontMatterSectionKey, Spec>> = {
  work: {
    text: {
      // ("who: Solas Oxford CIC" / "what: Web Developer" / "where: Oxford" / "when: June 2025 - Present": where is then the place)
      // ("client: Rabobank": a consultant's job is held at the client)
      name: ['company', 'company_name', 'employer', 'organization', 'organisation', 'org', 'name', 'business', 'firm', 'at', 'who', 'where', 'header', 'subtitle', 'client'],
      position: ['position', 'title', 'role', 'job_title', 'jobtitle', 'job', 'designation', 'subheader', 'what'],
      url: ['company_url', 'company_website', ...URL], location: ['location', 'place', 'city', 'company_location', 'where'], summary: SUMMARY,
    },
    start: 'startDate', end: 'endDate', lists: { highlights: HIGHLIGHTS },
  },
  volunteer: {
    text: {
      organization: ['organization', 'organisation', 'company', 'org', 'name', 'company_name', 'where'],
      position: ['position', 'role', 'title'], url: ['organization_url', 'company_url', ...URL], location: ['location', 'place', 'city'],
      summary: SUMMARY,
    },
    start: 'startDate', end: 'endDate', lists: { highlights: HIGHLIGHTS },
  },
  education: {
    text: {
      institution: ['institution', 'school', 'university', 'college', 'uni', 'institute', 'organization', 'organisation', 'org', 'name', 'who', 'subtitle'],
      area: ['area', 'major', 'field', 'field_of_study', 'subject', 'discipline', 'specialization', 'specialisation', 'program'],
      studyType: ['studytype', 'study_type', 'degree', 'qualification', 'diploma', 'course', 'title', 'what'],
      score: ['score', 'gpa', 'grade', 'grades', 'mark'], url: URL, location: ['location', 'place', 'city', 'where'], summary: ['thesis', ...SUMMARY],
    },
    start: 'startDate', end: 'endDate', lists: { courses: ['courses', 'classes', 'modules'], highlights: HIGHLIGHTS },
  },
  skills: {
    text: { name: ['name', 'title', 'category', 'group', 'label', 'skill', 'area'], level: ['level', 'proficiency', 'rating'] },
    lists: { keywords: ['keywords', 'items', 'skills', 'list', 'tags', 'technologies', 'tools', 'details'] }, fromString: 'name',
  },
  languages: { text: { language: ['language', 'name', 'lang', 'title'], fluency: ['fluency', 'level', 'proficiency', 'self_assessment'] }, fromString: 'language' },
  interests: { text: { name: ['name', 'title', 'interest', 'label'] }, lists: { keywords: ['keywords', 'items', 'tags', 'details'] }, fromString: 'name' },
  awards: {
    text: { title: ['title', 'name', 'award'], awarder: ['awarder', 'issuer', 'organization', 'organisation', 'by', 'from', 'institution'], summary: SUMMARY, url: URL },
    single: 'date', fromString: 'title',
  },
  certificates: {
    text: { name: ['name', 'title', 'certificate', 'certification'], issuer: ['issuer', 'authority', 'organization', 'organisation', 'by', 'from', 'provider'], url: ['credential_url', ...URL] },
    single: 'date', fromString: 'name',
  },
  publications: {
    text: { name: ['name', 'title'], publisher: ['publisher', 'venue', 'journal', 'conference', 'booktitle', 'publication', 'in'], url: ['doi_url', ...URL], summary: ['abstract', ...SUMMARY] },
    single: 'releaseDate', fromString: 'name',
  },
  projects: {
    text: { name: ['name', 'title', 'project'], description: ['description', 'summary', 'details', 'about', 'desc', 'content'], url: ['repo', 'github', 'source', 'demo', ...URL], entity: ['entity', 'company', 'organization', 'client'], type: ['type', 'kind'] },
    start: 'startDate', end: 'endDate',
    lists: { highlights: HIGHLIGHTS, keywords: ['keywords', 'tags', 'technologies', 'tech', 'stack', 'tools', 'skills'], roles: ['roles', 'role'] },
    fromString: 'name',
  },
};

/**
 * Reads the items of one front-matter list into entries of the section `kind`, by the keys each item
 * uses (Wowchemy `title/company/date_start/date_end`, `position/company_name`, `area/institution`,
 * `{name, items: [{name, percent}]}` skill groups, `{name: "English (Fluent)"}` languages; Jekyll theme
 * keys such as `school`, `degree`, `dates`; JSON Resume's own keys). Dates become ISO (see
 * `readFrontMatterDate`), an empty or "present" end date an ongoing entry (no `endDate`), a range written in
 * one key ("2019 – present") is split; a date that cannot be read is kept in the entry under its own key
 * and listed in `ctx.unread`. Keys the reader does not know stay on the entry as they are, except pictures
 * and styling (`company_logo`, `icon`…).
 * @param kind - the section
 * @param items - the list's items
 * @param path - JSON pointer of the list, for `unread`
 * @param ctx - lexicons, date precision, unread values
 * @returns the entries, or undefined when an item is not understood (then the list is left to the caller)
 */
export function readFrontMatterEntries<K extends FrontMatterSectionKey>(kind: K, items: readonly unknown[], path: string, ctx: EntryContext): FrontMatterSections[K] | undefined {
  const spec = SPECS[kind];
  const out: Array<Record<string, unknown>> = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    let entry: Record<string, unknown> | undefined;
    if (typeof item === 'string' || typeof item === 'number') {
      if (!spec.fromString || String(item).trim() === '') return undefined;
      entry = kind === 'languages' ? splitLanguageLevel(String(item).trim(), {}) : { [spec.fromString]: String(item).trim() };
    } else if (item && typeof item === 'object' && !Array.isArray(item)) {
      entry = readEntry(kind, spec, item as Record<string, unknown>, `${path}/${i}`, ctx);
    }
    if (!entry) return undefined;
    out.push(entry);
  }
  return out as FrontMatterSections[K];
}

/** Keys whose object value holds an entry's dates (Europass `period: {start, end, ongoing}`, `attendance: {…}`). */
const DATE_OBJECTS = new Set(['period', 'attendance', 'dates', 'date', 'duration', 'time', 'timeline', 'years', 'when']);

/**
 * Europass-like nesting lifted to the item's own level: a dates object's keys (`ongoing: true` with no end an
 * end of "present"); an object with a `name` or `title` (`organization: {name, city, web}`, `degree: {name, thesis}`)
 * becomes that name, its other keys joining the item where it has none of its own (else as `<key>_<subkey>`).
 */
function liftNested(item: Record<string, unknown>): Record<string, unknown> {
  let out: Record<string, unknown> | undefined;
  const put = (k: string, sub: string, v: unknown): void => {
    if (v === null || v === undefined || v === '' || sub === '__proto__') return;
    out![sub in out! ? `${k}_${sub}` : sub] = v;
  };
  for (const [k, v] of Object.entries(item)) {
    if (!v || typeof v !== 'object' || Array.isArray(v) || k === '__proto__') continue;
    const o = v as Record<string, unknown>;
    const name = o.name ?? o.title;
    const dates = DATE_OBJECTS.has(k.toLowerCase());
    if (!dates && typeof name !== 'string' && typeof name !== 'number') continue;
    out ??= { ...item };
    if (dates) {
      delete out[k];
      for (const [sub, sv] of Object.entries(o)) if (sub.toLowerCase() !== 'ongoing') put(k, sub, sv);
      // ("ongoing: true" beside an empty end: the end is "present"; beside a written end, the end as written stays)
      if (o.ongoing === true && (o.end === null || o.end === undefined || o.end === '')) out.end ??= 'present';
      continue;
    }
    out[k] = name;
    for (const [sub, sv] of Object.entries(o)) if (sv !== name) put(k, sub, sv);
  }
  return out ?? item;
}

/** One object item → an entry; undefined when none of its keys is known. */
function readEntry(kind: FrontMatterSectionKey, spec: Spec, nested: Record<string, unknown>, path: string, ctx: EntryContext): Record<string, unknown> | undefined {
  const item = liftNested(nested);
  const keys = new Map<string, string>();
  for (const k of Object.keys(item)) if (k !== '__proto__') keys.set(k.toLowerCase().replace(/-/g, '_'), k);
  for (const [k, alias] of keyAliases(Object.keys(item))) if (!keys.has(alias)) keys.set(alias, k);
  const used = new Set<string>();
  const take = (names: readonly string[], accept: (v: unknown) => boolean): [string, unknown] | undefined => {
    for (const n of names) {
      const k = keys.get(n);
      if (k !== undefined && !used.has(k) && accept(item[k])) {
        used.add(k);
        return [k, item[k]];
      }
    }
    return undefined;
  };
  const entry: Record<string, unknown> = {};
  // ("title: mai 2021 — présent" beside "company:": a text key holding a range, where no key names the dates, holds them)
  const ranged = rangeUnderOtherKey(spec, item, keys, ctx);
  if (ranged) readDates(spec, take, entry, path, ctx, ranged);
  // Wowchemy writes the degree in "area" ("PhD Artificial Intelligence") and dates as date_start/date_end
  const wowchemy = keys.has('date_start') || keys.has('date_end') || keys.has('company_name');
  const text = kind === 'education' && wowchemy && !keys.has('studytype') ? { ...spec.text, studyType: ['area', ...spec.text.studyType!], area: [] } : titleNamesOrg(kind, spec, keys) ? { ...spec.text, [ORG_FIELD[kind]!]: ['title'], position: spec.text.position!.filter((n) => n !== 'title') } : spec.text;
  for (const [field, names] of Object.entries(text)) {
    const found = take(names, isText);
    if (found) entry[field] = field === 'summary' || field === 'description' ? dropTemplateTags(textOf(found[1])) : textOf(found[1]);
  }
  if (!ranged) readDates(spec, take, entry, path, ctx);
  if (spec.start) takeTextDates(entry, typeof entry.summary === 'string' ? 'summary' : 'description', ctx.lexicons);
  for (const [field, names] of Object.entries(spec.lists ?? {})) {
    // a single role is still a list of roles
    const one = field === 'roles' ? (v: unknown): string[] | undefined => (isText(v) ? [textOf(v)] : listOf(v)) : listOf;
    const found = take(names, (v) => one(v) !== undefined);
    if (found) entry[field] = one(found[1]);
  }
  const percent = take(['percent', 'percentage'], (v) => typeof v === 'number');
  if (percent && kind === 'skills' && entry.level === undefined) entry.level = `${String(percent[1])}%`;
  else if (percent) used.delete(percent[0]);
  if (kind === 'languages' && entry.language && !entry.fluency) Object.assign(entry, splitLanguageLevel(String(entry.language), entry));
  if (Object.keys(entry).length === 0) return undefined;
  if (ctx.guessOrg) guessOrg(kind, item, used, entry);
  for (const [k, v] of Object.entries(item)) {
    if (used.has(k) || k === '__proto__' || NOT_CONTENT.has(k.toLowerCase()) || v === '' || v === null || v === undefined) continue;
    if (!(k in entry)) entry[k] = v;
  }
  return entry;
}

/** Words a key adds to what it names, in `startJobDate`, `schoolName`, `jobDescription`. */
const FILLER_WORDS = new Set(['job', 'work', 'school', 'education', 'experience', 'date', 'name', 'of', 'the']);
/** Every key any section reads, without `_`. */
const KNOWN_KEYS: ReadonlySet<string> = new Set(
  [START, END, RANGE, SINGLE, SUMMARY, HIGHLIGHTS, URL, ...Object.values(SPECS).flatMap((sp) => [...Object.values(sp.text), ...Object.values(sp.lists ?? {})])].flat().map((n) => n.replace(/_/g, '')),
);

/**
 * Keys written in camel case or with filler words, by the known key they stand for: `companyName` → `company`,
 * `job_title` → `jobtitle`, `startJobDate` → `start`, `schoolName` → `school`, `educationDescription` → `description`.
 */
function keyAliases(names: readonly string[]): Array<[key: string, alias: string]> {
  const out: Array<[string, string]> = [];
  for (const k of names) {
    const words = k.replace(/([a-z\d])([A-Z])/g, '$1 $2').toLowerCase().split(/[\s_-]+/).filter(Boolean);
    const joined = words.join('');
    if (KNOWN_KEYS.has(joined)) out.push([k, joined]);
    // ("schoolName": only filler words; the one that is not `name` or `date` is the key)
    const kept = words.filter((w) => !FILLER_WORDS.has(w));
    const left = kept.length ? kept : words.filter((w) => w !== 'name' && w !== 'date');
    if (left.length === 1 && left[0] !== joined && KNOWN_KEYS.has(left[0]!)) out.push([k, left[0]!]);
  }
  return out;
}

/** The field of a job's organisation, by section. */
const ORG_FIELD: Partial<Record<FrontMatterSectionKey, string>> = { work: 'name', volunteer: 'organization' };

/** A key of pictures, styling or identifiers, never an organisation (`company_logo`, `bg_color`, `id: ljfmulz0`). */
function notContent(key: string, value: unknown): boolean {
  const k = key.toLowerCase();
  return NOT_CONTENT.has(k) || /colou?r$/.test(k) || (k === 'id' && typeof value === 'string' && !/\s/.test(value));
}

/**
 * `{year, title: Full Stack Web Developer, univercity: Startups}`: in a page builder's list, a dated entry with no
 * organisation whose one other short text is under a key no reader knows has that text as its organisation.
 */
function guessOrg(kind: FrontMatterSectionKey, item: Record<string, unknown>, used: Set<string>, entry: Record<string, unknown>): void {
  const field = kind === 'education' ? 'institution' : ORG_FIELD[kind];
  if (!field || entry[field] !== undefined) return;
  const left = Object.entries(item).filter(([k, v]) => !used.has(k) && !notContent(k, v) && typeof v === 'string' && v.trim() !== '' && v.length <= 100 && !/[\n]|:\/\//.test(v));
  if (left.length !== 1) return;
  const [k, v] = left[0]!;
  used.add(k);
  entry[field] = String(v).trim();
}
/** Keys that name a job's role beside a `title`. */
const ROLE_KEYS = ['role', 'position', 'job_title', 'jobtitle', 'designation'];

/**
 * `{title: Markka Interiores, role: Desenvolvedor Web}`: in a job that names its role under a key of its own
 * and its organisation under none, the `title` is the organisation.
 */
function titleNamesOrg(kind: FrontMatterSectionKey, spec: Spec, keys: ReadonlyMap<string, string>): boolean {
  const org = ORG_FIELD[kind];
  if (!org || !keys.has('title') || !ROLE_KEYS.some((k) => keys.has(k))) return false;
  return !spec.text[org]!.some((k) => keys.has(k));
}

/** Start, end and single dates, from their own keys or from one range key ("2019 – present"). */
function readDates(
  spec: Spec,
  take: (names: readonly string[], accept: (v: unknown) => boolean) => [string, unknown] | undefined,
  entry: Record<string, unknown>,
  path: string,
  ctx: EntryContext,
  rangeKey?: string,
): void {
  const put = (field: string, key: string, value: unknown): boolean => {
    const d = readFrontMatterDate(value, ctx.lexicons, ctx.monthOnly);
    if (d.date) entry[field] = d.date;
    else if (!d.ongoing) {
      entry[key] = value;
      ctx.unread.push({ path: `${path}/${key}`, value: String(value) });
    }
    return d.date !== undefined;
  };
  const any = (): boolean => true;
  if (spec.start) {
    const s = take(START, any);
    if (s) put(spec.start, s[0], s[1]);
    const e = take(END, any);
    if (e) put(spec.end!, e[0], e[1]);
    if (s || e) return;
  }
  const r = take(spec.single ? SINGLE : rangeKey !== undefined ? [rangeKey] : RANGE, isText);
  if (!r) return;
  const [key, value] = r;
  if (spec.single) {
    put(spec.single, key, value);
    return;
  }
  const range = splitRange(String(value), ctx);
  if (!range) {
    put(spec.end!, key, value); // one date: the convention is an end date
    return;
  }
  const b = readFrontMatterDate(range[1], ctx.lexicons, ctx.monthOnly);
  const a = yearlessStart(range[0], b.date, ctx);
  if (a.date) entry[spec.start!] = a.date;
  if (b.date) entry[spec.end!] = b.date;
  // (the range as written, as the body's entries keep it: "2019 - Present" says its end in a word)
  // (and one written under a key of text, "title: juil. 2017 — déc. 2017", as the CV wrote it: its month words are the CV's)
  if (a.date && (b.ongoing || rangeKey !== undefined)) entry.dateText = String(value).trim();
  if (!a.date || (!b.date && !b.ongoing)) {
    entry[key] = value;
    ctx.unread.push({ path: `${path}/${key}`, value: String(value) });
  }
}

/**
 * The key (as `readEntry` looks keys up) of a job's or school's text whose whole value is a range of dates, where no key
 * names its dates ("title: juil. 2017 — déc. 2017" beside "company: Massive Interactive"); undefined otherwise.
 */
function rangeUnderOtherKey(spec: Spec, item: Record<string, unknown>, keys: ReadonlyMap<string, string>, ctx: EntryContext): string | undefined {
  if (!spec.start || [...START, ...END, ...RANGE].some((n) => keys.has(n))) return undefined;
  for (const [name, k] of keys) {
    const v = item[k];
    if (typeof v !== 'string' || v.length > 40) continue;
    const range = splitRange(v, ctx);
    if (!range) continue;
    const b = readFrontMatterDate(range[1], ctx.lexicons, ctx.monthOnly);
    if (readFrontMatterDate(range[0], ctx.lexicons, ctx.monthOnly).date && (b.date || b.ongoing)) return name;
  }
  return undefined;
}

/**
 * The start of a range, read alone, or, when it is a month without its year ("June" of "June - September 2024"),
 * in the end's year (the year before when the month comes after the end's: "November - February 2020").
 */
function yearlessStart(text: string, end: string | undefined, ctx: EntryContext): { date?: string; ongoing?: boolean } {
  const a = readFrontMatterDate(text, ctx.lexicons, ctx.monthOnly);
  if (a.date || !end || !/^\d{4}-\d{2}/.test(end) || /\d/.test(text)) return a;
  const year = Number(end.slice(0, 4));
  const same = readFrontMatterDate(`${text.trim()} ${year}`, ctx.lexicons, ctx.monthOnly);
  if (!same.date || !/^\d{4}-\d{2}$/.test(same.date)) return a;
  return same.date <= end.slice(0, 7) ? same : readFrontMatterDate(`${text.trim()} ${year - 1}`, ctx.lexicons, ctx.monthOnly);
}

/** A year, a dash and the end year's last two digits ("2024-25", "1998–99"; not a month, "2019-05"). */
const SHORT_END = /^(\d{4})\s*[-–—]\s*(1[3-9]|[2-9]\d)$/;

/** "2019 – 2021", "Sep 2021 - Present", "2012-2015", "2019 to now", "2024-25": the two sides, or undefined. */
function splitRange(s: string, ctx: EntryContext): [string, string] | undefined {
  const text = s.trim();
  // ("2024-25": the end's two digits in the start's century, or the next one's)
  const short = SHORT_END.exec(text);
  if (short) {
    const [, start = '', end = ''] = short;
    const full = Number(start.slice(0, 2) + end);
    return [start, String(full < Number(start) ? full + 100 : full)];
  }
  const words = ctx.lexicons.flatMap((l) => l.to).map((w) => ` ${w} `);
  for (const sep of [' – ', ' — ', ' - ', '–', '—', ' ~ ', '~', '～', ...words]) {
    const at = text.toLowerCase().indexOf(sep);
    if (at > 0) return [text.slice(0, at), text.slice(at + sep.length)];
  }
  for (let at = text.indexOf('-'); at > 0; at = text.indexOf('-', at + 1)) {
    const a = readFrontMatterDate(text.slice(0, at), ctx.lexicons);
    const b = readFrontMatterDate(text.slice(at + 1), ctx.lexicons);
    if (a.date && (b.date || (b.ongoing && text.slice(at + 1).trim() !== ''))) return [text.slice(0, at), text.slice(at + 1)];
  }
  return undefined;
}


function isText(v: unknown): boolean {
  return (typeof v === 'string' && v.trim() !== '') || typeof v === 'number';
}

function textOf(v: unknown): string {
  return String(v).trim();
}

/** A text without Hugo shortcode tags (`{{< boxmd >}}`, `{{% /alert %}}`), which a site draws as boxes: what they wrap stays. */
function dropTemplateTags(text: string): string {
  return text.includes('{{') ? text.replace(/\{\{[<%][^{}\n]{0,200}[>%]\}\}/g, '\n').replace(/\n{3,}/g, '\n\n').trim() : text;
}

/** A list of strings from strings, `{name}`/`{title}` objects, or a comma-separated string. */
function listOf(v: unknown): string[] | undefined {
  if (typeof v === 'string') {
    const parts = v.split(',').map((s) => s.trim()).filter((s) => s !== '');
    return parts.length > 1 ? parts : undefined;
  }
  if (!Array.isArray(v) || v.length === 0) return undefined;
  const out: string[] = [];
  for (const x of v) {
    if (typeof x === 'string' || typeof x === 'number') out.push(String(x).trim());
    else if (x && typeof x === 'object') {
      const o = x as Record<string, unknown>;
      const name = o.name ?? o.title ?? o.label ?? o.keyword;
      if (typeof name !== 'string') return undefined;
      out.push(name.trim());
    } else return undefined;
  }
  return out.filter((s) => s !== '');
}
