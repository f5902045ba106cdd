// Turns a Resume into the view a theme layout renders: formatted dates, sanitized Markdown, translated headings.
import type { Resume, GenericSection } from '../model/types.js';
import type { CvWarning } from '../model/warning.js';
import { createWarning } from '../model/warning.js';
import { checkDataImage } from './check-data-image.js';
import { enDashRanges } from './en-dash-ranges.js';
import { escapeMarkdown } from './escape-markdown.js';
import { extraMarkdown } from './extra-markdown.js';
import { extraText } from './extra-text.js';
import { humanizeKey } from './humanize-key.js';
import { stripTags } from './strip-tags.js';
import { ASSET_ORIGIN, CV_PREFIX, DOCUMENT_URL, FONTS_PREFIX, THEME_PREFIX, VERSION_QUERY } from '../model/asset-urls.js';
import type { Theme } from './theme-types.js';
import type { ThemeView, ViewBasics, ViewEntry, ViewExtra, ViewItem, ViewLink, ViewReference, ViewSection } from './view-types.js';
import { computeDensity } from './compute-density.js';
import { formatDate } from './format-date.js';
import { formatDateRange } from './format-date-range.js';
import { renderMarkdown } from './render-markdown.js';
import { translateLabel, type LabelKey } from './translate-label.js';
import { findLexicon } from '../model/lexicon/find-lexicon.js';

/** Options for {@link buildView}. */
export interface BuildViewOptions {
  lang: string;
  format: string;
  density?: number;
  /** Decoded bytes an inline (`data:`) photo may take (default 256 MB, a quarter of the default memory limit). */
  maxImageBytes?: number;
  /** Text direction; default: the language's (`ar`, `fa`, `he`, `ur`… are right-to-left). */
  dir?: 'ltr' | 'rtl';
}

/**
 * In right-to-left text, a Latin word ending in neutral signs (`C++`, `C#`, `F#`) would show its signs on the
 * wrong side (`++C`): a left-to-right mark after it keeps them with the word. Only text between tags is touched.
 */
function keepLatinOrder(html: string): string {
  return html.replace(/(^|>)([^<]+)/g, (_m, gt: string, text: string) => gt + markSignedWords(text));
}

const LATIN_OR_DIGIT = /[\p{Script=Latin}\d]/u;
const LATIN_DIGIT_DOT = /[\p{Script=Latin}\d.]/u;
const WORDLIKE = /[\p{L}\p{N}\u200e]/u;

/**
 * `text` with a left-to-right mark after each Latin word that ends in `+` or `#`: what
 * `.replace(/([\p{Script=Latin}\d][\p{Script=Latin}\d.]*[+#]+)(?![\p{L}\p{N}\u200e])/gu, '$1\u200e')` gave,
 * by scanning each run of Latin letters, digits and dots once (the pattern retried it from each of its letters).
 * Signs followed by a letter or digit keep the mark before their last sign (where the pattern backtracked to).
 */
function markSignedWords(text: string): string {
  const cps = [...text];
  let out = '';
  let i = 0;
  while (i < cps.length) {
    if (!LATIN_OR_DIGIT.test(cps[i]!)) {
      out += cps[i++];
      continue;
    }
    let e = i + 1;
    while (e < cps.length && LATIN_DIGIT_DOT.test(cps[e]!)) e++;
    let q = e;
    while (cps[q] === '+' || cps[q] === '#') q++;
    const end = q > e && (q === cps.length || !WORDLIKE.test(cps[q]!)) ? q : q - e >= 2 ? q - 1 : -1;
    out += cps.slice(i, end < 0 ? e : end).join('') + (end < 0 ? '' : '\u200e');
    i = end < 0 ? e : end;
  }
  return out;
}

/** Languages written right to left, besides those whose lexicon says so. */
const RTL = /^(ar|he|iw|fa|ur|yi|ps|sd|ug|ckb|dv|syr)(\b|[-_])/i;

/** The direction of `lang`: its lexicon's when cvpress has one, else by the language code. */
function directionOf(lang: string): 'ltr' | 'rtl' {
  const lexicon = findLexicon(lang);
  const primary = lang.toLowerCase().split(/[-_]/)[0];
  if (lexicon.tag.split('-')[0] === primary) return lexicon.dir;
  return RTL.test(lang) ? 'rtl' : 'ltr';
}

const DEFAULT_IMAGE_BYTES = 256 * 1024 * 1024;

const DEFAULT_ORDER = ['summary', 'work', 'projects', 'volunteer', 'education', 'awards', 'certificates', 'publications', 'skills', 'languages', 'interests', 'references'];
const RESUME_KEYS = new Set(['$schema', 'basics', 'meta', 'sections', ...DEFAULT_ORDER]);
const LABEL_KEYS: LabelKey[] = ['summary', 'work', 'volunteer', 'education', 'awards', 'certificates', 'publications', 'skills', 'languages', 'interests', 'references', 'projects', 'contact', 'present', 'pageOf', 'courses', 'score', 'timezone', 'profiles', 'roles', 'keywords', 'more', 'sep', 'colon', 'orgSep', 'open', 'close'];

/** Known fields per entry kind; anything else that is a string (or list of strings) is shown as an extra. */
const KNOWN: Record<string, string[]> = {
  work: ['name', 'position', 'url', 'location', 'startDate', 'endDate', 'summary', 'highlights', 'description'],
  volunteer: ['organization', 'position', 'url', 'location', 'startDate', 'endDate', 'summary', 'highlights'],
  education: ['institution', 'url', 'area', 'studyType', 'startDate', 'endDate', 'score', 'courses', 'summary', 'location'],
  awards: ['title', 'date', 'awarder', 'summary'],
  certificates: ['name', 'date', 'issuer', 'url', 'summary'],
  publications: ['name', 'publisher', 'releaseDate', 'url', 'summary'],
  projects: ['name', 'description', 'highlights', 'keywords', 'startDate', 'endDate', 'url', 'roles', 'entity', 'type'],
  skills: ['name', 'level', 'keywords'],
  languages: ['language', 'fluency'],
  interests: ['name', 'keywords'],
  references: ['name', 'reference'],
  basics: ['name', 'honorificPrefix', 'honorificSuffix', 'alternateName', 'label', 'image', 'email', 'phone', 'url', 'summary', 'location', 'profiles', 'timezone'],
  location: ['address', 'postalCode', 'city', 'countryCode', 'region'],
};

type Rec = Record<string, unknown>;

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.map(str).filter(Boolean) : typeof v === 'string' && v.trim() ? [v.trim()] : []);
/** A list item the flat extra-section form shows whole: a scalar, or an object of scalars and lists of scalars. */
const isFlat = (x: unknown): boolean =>
  typeof x !== 'object' || x === null || (!Array.isArray(x) && Object.values(x as Rec).every((y) => (Array.isArray(y) ? y.every((z) => typeof z !== 'object' || z === null) : typeof y !== 'object' || y === null)));
const recs = (v: unknown): Rec[] => (Array.isArray(v) ? v.filter((x): x is Rec => typeof x === 'object' && x !== null && !Array.isArray(x)) : []);

/** Keys of an entry that hold an identifier or a colour, never words to print. */
const STYLING_KEY = /^(?:id|[\w-]*colou?r)$/i;

function extrasOf(entry: Rec, known: string[]): ViewExtra[] {
  const out: ViewExtra[] = [];
  for (const [k, v] of Object.entries(entry)) {
    // (a page builder's identifiers and colours, "id: ljfmulz0", "bg_color: '#fff4f4'", stay in the model, not on the page)
    if (known.includes(k) || k === 'dateText' || k.startsWith('$') || STYLING_KEY.test(k)) continue;
    const value = extraText(v);
    if (value) out.push({ label: humanizeKey(k), value });
  }
  return out;
}

/** A link target only for http(s), mailto and tel; bare domains get https://. */
function safeHref(raw: string): string | undefined {
  const s = raw.trim();
  if (!s || /\s/.test(s)) return undefined;
  if (/^(https?:\/\/|mailto:|tel:)/i.test(s)) return s;
  if (/^[a-z][a-z0-9+.-]*:/i.test(s)) return undefined;
  if (/^(www\.)?[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(\/\S*)?$/u.test(s)) return `https://${s}`;
  return undefined;
}

/** A URL is shown exactly as the CV wrote it (every word of the source reaches the PDF). */
function displayUrl(raw: string): string {
  return raw.trim();
}

const CONNECTOR_WORDS = new Set('at to until till through bis au à a hasta até ate do al tot по до since from seit ab depuis desde od dal sinds с від of and und et y e i'.split(' '));
const wordsIn = (s: string): string[] => s.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * The dates shown for an entry: the Intl-formatted `formatted` range, unless the
 * parser kept the author's own wording (`dateText`) with words the formatted
 * range would lose ("2024.03 - onward", "September 2016"); then that wording,
 * with its dashes made en dashes.
 */
function chooseDates(formatted: string, dateText: string): string {
  if (!dateText) return formatted;
  const have = new Set(wordsIn(formatted));
  if (formatted && wordsIn(dateText).every((w) => have.has(w) || CONNECTOR_WORDS.has(w))) return formatted;
  return enDashRanges(dateText);
}

/** Lines a block of text takes at about 75 characters per line (the narrowest main column). */
const linesOf = (s: string): number => (s ? Math.ceil(s.length / 75) : 0);
/** Entries estimated at most this many lines never split across pages (about a quarter of a page). */
const SHORT_LINES = 11;

/** Escapes a string for a CSS string literal (every non-alphanumeric as a hex escape, so `</style>` cannot appear). */
function cssString(s: string): string {
  let out = '"';
  for (const ch of s) {
    out += /[\p{L}\p{N} ]/u.test(ch) && ch !== '\\' ? ch : `\\${ch.codePointAt(0)!.toString(16)} `;
  }
  return out + '"';
}

/** What every step of {@link buildView} shares: the language, the warnings so far and the section factory. */
interface ViewContext {
  resume: Resume;
  theme: Theme;
  warnings: CvWarning[];
  lang: string;
  dir: 'ltr' | 'rtl';
  /** `resume.meta` as a record ({} when absent). */
  meta: Rec;
  /** The CV's own section headings (the parser's `meta.sectionTitles`), in source order. */
  ownTitles: Rec;
  /** Sanitized HTML of a Markdown field (block or inline); its warnings join `warnings`. */
  md: (text: unknown, inline?: boolean) => string;
  /** A standard label translated into `lang`. */
  t: (k: LabelKey) => string;
  /** A new, empty section with its heading (`own`: the CV's heading of this part, else its heading of the key) and a unique anchor id. */
  section: (key: string, partial: string, title: string, own?: string) => ViewSection;
  /** Parts of a list after its first (meta.sectionParts), each with the standard section the CV has just before it. */
  placedAfter: Map<ViewSection, string>;
}

/** The `md` of a view context: renders Markdown, collects its warnings, keeps Latin words in order in RTL text. */
function makeMarkdown(warnings: CvWarning[], rtl: boolean): ViewContext['md'] {
  return (text: unknown, inline = false): string => {
    const s = str(text);
    if (!s) return '';
    const r = renderMarkdown(s, { inline });
    warnings.push(...r.warnings);
    const html = rtl ? keepLatinOrder(r.html) : r.html;
    // Headings inside CV Markdown sit below the section (h2) and entry (h3) levels, so the PDF outline stays clean.
    return inline ? html : html.replace(/<(\/?)h([1-6])\b/g, (_m, slash: string, n: string) => `<${slash}h${Math.min(6, Number(n) + 3)}`);
  };
}

/** The `section` of a view context: each call takes the next free anchor id (`section-work`, `section-work-2`…). */
function makeSectionFactory(ownTitles: Rec, standard: boolean): ViewContext['section'] {
  const ids = new Set<string>();
  const idFor = (key: string): string => {
    let id = `section-${key.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x'}`;
    for (let n = 2; ids.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
    ids.add(id);
    return id;
  };
  return (key: string, partial: string, title: string, part?: string): ViewSection => {
    // The CV's own heading (parser's meta.sectionTitles) wins; `standardHeadings` themes keep the
    // translated standard name and show the CV's own one under it when it differs.
    const own = part ?? str(ownTitles[key]);
    const shown = standard || !own ? title : own;
    const subtitle = standard && own && own.toLowerCase() !== title.toLowerCase() ? own : '';
    return { key, partial, title: shown, subtitle, id: idFor(key), entries: [], items: [], references: [], html: '', listHtml: [], inline: false };
  };
}

/** The context every step of {@link buildView} reads, built once per view. */
function createViewContext(resume: Resume, theme: Theme, opts: BuildViewOptions): ViewContext {
  const warnings: CvWarning[] = [];
  const lang = opts.lang || 'en';
  const dir = opts.dir ?? directionOf(lang);
  const meta = (resume.meta && typeof resume.meta === 'object' ? resume.meta : {}) as Rec;
  const ownTitles = (typeof meta.sectionTitles === 'object' && meta.sectionTitles !== null ? meta.sectionTitles : {}) as Rec;
  return {
    resume,
    theme,
    warnings,
    lang,
    dir,
    meta,
    ownTitles,
    md: makeMarkdown(warnings, dir === 'rtl'),
    t: (k: LabelKey): string => translateLabel(k, lang),
    section: makeSectionFactory(ownTitles, theme.manifest.standardHeadings === true),
    placedAfter: new Map(),
  };
}

/** `resume.basics` as a record ({} when absent or not an object). */
function basicsOf(resume: Resume): Rec {
  return (resume.basics && typeof resume.basics === 'object' && !Array.isArray(resume.basics) ? resume.basics : {}) as Rec;
}

/** The postal address on one line, and the address fields cvpress does not know (shown as extras). */
function readLocation(b: Rec): { text: string; extras: ViewExtra[] } {
  const loc = (typeof b.location === 'object' && b.location !== null ? b.location : {}) as Rec;
  const address = str(loc.address);
  // (an address that already holds the city, as the Markdown reader writes it, "Struthweg 16, 57578 Elkenroth", prints it once)
  const cityLine = address && str(loc.city) && address.includes(str(loc.city)!) ? '' : [str(loc.postalCode), str(loc.city)].filter(Boolean).join(' ');
  const text = [address, cityLine, str(loc.region), str(loc.countryCode)].filter(Boolean).join(', ');
  return { text, extras: extrasOf(loc, KNOWN.location!) };
}

/** One profile as a contact link (its text, network label, safe link), with the URL it shows in print (`urlText`). */
function profileLink(p: Rec): ViewLink & { urlText?: string } {
  const network = str(p.network);
  const username = str(p.username);
  const purl = str(p.url);
  const text = username || (purl ? displayUrl(purl) : '');
  const href = purl ? safeHref(purl) : undefined;
  const extra = extrasOf(p, ['network', 'username', 'url']).map((e) => e.value).join(', ');
  const shown = text || network;
  return {
    kind: 'profile',
    text: [shown, extra].filter(Boolean).join(' · '),
    ...(network && shown !== network ? { label: network } : {}),
    ...(href ? { href } : {}),
    ...(purl && username ? { urlText: displayUrl(purl) } : {}),
  } as ViewLink;
}

/** The profiles with any text. A profile whose username hides its URL still shows the URL text (print cannot follow a link). */
function buildProfiles(b: Rec): ViewLink[] {
  const profiles = recs(b.profiles).map(profileLink).filter((p) => p.text);
  for (const p of profiles) {
    const u = p.urlText;
    if (u && !u.toLowerCase().includes(p.text.toLowerCase())) p.text = `${p.text} (${u})`;
    else if (u) p.text = u;
    delete p.urlText;
  }
  return profiles;
}

/** The direct contact lines, in reading order: email, phone, url, location, timezone. */
function directContact(ctx: ViewContext, fields: { email: string; phone: string; url: string; location: string; timezone: string }): ViewLink[] {
  const { email, phone, url, location, timezone } = fields;
  const contact: ViewLink[] = [];
  if (email) contact.push({ kind: 'email', text: email, href: `mailto:${email}` });
  if (phone) contact.push({ kind: 'phone', text: phone, href: `tel:${phone.replace(/[^\d+]/g, '')}` });
  if (url) contact.push({ kind: 'url', text: displayUrl(url), ...(safeHref(url) ? { href: safeHref(url)! } : {}) });
  if (location) contact.push({ kind: 'location', text: location });
  if (timezone) contact.push({ kind: 'timezone', text: timezone, label: ctx.t('timezone') });
  return contact;
}

/**
 * The photo's URL: an inline image (within `maxImageBytes`) or a file in the CV's folder; '' with a warning
 * for a remote image or one outside that folder.
 * @throws LimitError E_LIMIT for an inline photo over `maxImageBytes` decoded
 */
function buildPhoto(ctx: ViewContext, b: Rec, maxImageBytes: number | undefined): string {
  const rawImage = str(b.image);
  if (!rawImage) return '';
  if (/^data:image\/(?:png|jpe?g|gif|webp);base64,[a-z0-9+/=\s]+$/i.test(rawImage)) {
    checkDataImage(rawImage, maxImageBytes ?? DEFAULT_IMAGE_BYTES);
    return rawImage;
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(rawImage) || rawImage.startsWith('//')) {
    ctx.warnings.push(createWarning('remote-image', `The photo ${rawImage} is not a local file, so it is not shown (cvpress makes no network requests). Put the image next to the CV and use a relative path.`));
    return '';
  }
  const u = new URL(rawImage, DOCUMENT_URL);
  if (u.origin === ASSET_ORIGIN && u.pathname.startsWith(CV_PREFIX)) return u.pathname;
  ctx.warnings.push(createWarning('image-outside', `The photo ${rawImage} is outside the CV's folder, so it is not shown.`));
  return '';
}

/** The header data: name and its additions, label, photo, and every contact line (fields cvpress does not know last). */
function buildBasics(ctx: ViewContext, b: Rec, maxImageBytes: number | undefined): ViewBasics {
  const location = readLocation(b);
  const email = str(b.email);
  const phone = str(b.phone);
  const url = str(b.url);
  const timezone = str(b.timezone);
  const contact = directContact(ctx, { email, phone, url, location: location.text, timezone });
  const profiles = buildProfiles(b);
  contact.push(...profiles);
  const basicsExtras = [...extrasOf(b, KNOWN.basics!), ...location.extras];
  for (const e of basicsExtras) contact.push({ kind: 'extra', text: e.value, label: e.label });
  const image = buildPhoto(ctx, b, maxImageBytes);
  return {
    name: str(b.name), honorificPrefix: str(b.honorificPrefix), honorificSuffix: str(b.honorificSuffix), alternateName: str(b.alternateName),
    label: str(b.label), image, contact, email, phone, url, location: location.text, timezone, profiles, extras: basicsExtras,
  };
}

/** The summary section (the basics' summary), when there is one. */
function buildSummarySection(ctx: ViewContext, b: Rec): ViewSection[] {
  const summary = ctx.md(b.summary);
  if (!summary) return [];
  const s = ctx.section('summary', 'section-summary', ctx.t('summary'));
  s.html = summary;
  return [s];
}

/** What a per-kind mapper gives for one entry (the rest is computed the same for every kind). */
type MappedEntry = Omit<ViewEntry, 'extras' | 'short' | 'coursesHtml'>;
type EntryMapper = (e: Rec, ctx: ViewContext) => MappedEntry;
type EntryKind = 'work' | 'projects' | 'volunteer' | 'education' | 'awards' | 'certificates' | 'publications';

/** The fields every entry kind fills the same way: heading, organisation, the URL as written and its safe link. */
function entryBase(e: Rec, heading: string, org: string): Pick<ViewEntry, 'heading' | 'org' | 'urlText' | 'href'> {
  const u = str(e.url);
  const href = u ? safeHref(u) : undefined;
  return { heading, org, urlText: u ? displayUrl(u) : '', ...(href ? { href } : {}) };
}
/** Sanitized inline HTML of each highlight. */
const highlightsOf = (ctx: ViewContext, v: unknown): string[] => strs(v).map((h) => ctx.md(h, true)).filter(Boolean);
/** Sanitized HTML of several Markdown blocks, one after the other. */
const blocksOf = (ctx: ViewContext, ...v: unknown[]): string => v.map((x) => ctx.md(x)).filter(Boolean).join('\n');
/** The formatted range of an entry's `startDate` and `endDate`. */
const rangeOf = (ctx: ViewContext, e: Rec): string => formatDateRange(str(e.startDate), str(e.endDate), ctx.lang);
/** A single formatted date ('' when none). */
const dateOf = (ctx: ViewContext, v: unknown): string => (str(v) ? formatDate(str(v), ctx.lang) : '');

/** Education: the degree (study type and area) as heading, the score as meta, courses listed. */
function mapEducation(e: Rec, ctx: ViewContext): MappedEntry {
  const studyType = str(e.studyType);
  const area = str(e.area);
  const heading = [studyType, area].filter(Boolean).join(ctx.t('sep'));
  const score = str(e.score);
  return {
    ...entryBase(e, heading, str(e.institution)),
    dates: rangeOf(ctx, e), location: str(e.location),
    meta: score ? [`${ctx.t('score')}${ctx.t('colon')}${score}`] : [],
    summaryHtml: blocksOf(ctx, e.summary), highlightsHtml: [], keywords: [], courses: strs(e.courses),
  };
}

/** The entry sections in the order they are built, each with the mapper of its entries' fields. */
const ENTRY_MAPPERS: ReadonlyArray<readonly [EntryKind, EntryMapper]> = [
  ['work', (e, ctx) => ({
    ...entryBase(e, str(e.position), str(e.name)),
    dates: rangeOf(ctx, e), location: str(e.location), meta: [],
    summaryHtml: blocksOf(ctx, e.description, e.summary), highlightsHtml: highlightsOf(ctx, e.highlights), keywords: [], courses: [],
  })],
  ['projects', (e, ctx) => ({
    ...entryBase(e, str(e.name), str(e.entity)),
    dates: rangeOf(ctx, e), location: '',
    meta: [strs(e.roles).join(ctx.t('sep')), str(e.type)].filter(Boolean),
    summaryHtml: blocksOf(ctx, e.description), highlightsHtml: highlightsOf(ctx, e.highlights), keywords: strs(e.keywords), courses: [],
  })],
  ['volunteer', (e, ctx) => ({
    ...entryBase(e, str(e.position), str(e.organization)),
    dates: rangeOf(ctx, e), location: str(e.location), meta: [],
    summaryHtml: blocksOf(ctx, e.summary), highlightsHtml: highlightsOf(ctx, e.highlights), keywords: [], courses: [],
  })],
  ['education', mapEducation],
  ['awards', (e, ctx) => ({
    ...entryBase(e, str(e.title), str(e.awarder)),
    dates: dateOf(ctx, e.date), location: '', meta: [],
    summaryHtml: blocksOf(ctx, e.summary), highlightsHtml: [], keywords: [], courses: [],
  })],
  ['certificates', (e, ctx) => ({
    ...entryBase(e, str(e.name), str(e.issuer)),
    dates: dateOf(ctx, e.date), location: '', meta: [],
    summaryHtml: blocksOf(ctx, e.summary), highlightsHtml: [], keywords: [], courses: [],
  })],
  ['publications', (e, ctx) => ({
    ...entryBase(e, str(e.name), str(e.publisher)),
    dates: dateOf(ctx, e.releaseDate), location: '', meta: [],
    summaryHtml: blocksOf(ctx, e.summary), highlightsHtml: [], keywords: [], courses: [],
  })],
];

/** Whether an entry is estimated short enough never to split across pages. */
function isShortEntry(v: MappedEntry, extras: ViewExtra[]): boolean {
  const paragraphs = v.summaryHtml.split(/<\/(?:p|li)>/).map((x) => stripTags(x).trim()).filter(Boolean);
  const textLines = paragraphs.reduce((n, p) => n + linesOf(p), 0) + v.highlightsHtml.reduce((n, h) => n + linesOf(stripTags(h)), 0);
  return 2 + textLines + extras.length + (v.meta.length || v.urlText ? 1 : 0) + (v.courses.length ? 2 : 0) <= SHORT_LINES;
}

/** One entry of a `key` section, or undefined when it shows nothing. */
function buildEntry(ctx: ViewContext, key: EntryKind, e: Rec, map: EntryMapper): ViewEntry | undefined {
  const v = map(e, ctx);
  v.dates = chooseDates(v.dates, str(e.dateText));
  const extras = extrasOf(e, KNOWN[key] ?? []);
  const short = isShortEntry(v, extras);
  const coursesHtml = v.courses.map((c) => ctx.md(c, true)).filter(Boolean);
  const entry: ViewEntry = { ...v, coursesHtml, extras, short };
  if (!entry.heading && entry.org) { entry.heading = entry.org; entry.org = ''; }
  if (entry.heading || entry.org || entry.dates || entry.summaryHtml || entry.highlightsHtml.length || extras.length || entry.meta.length) return entry;
  return undefined;
}

/** A stretch of a list shown as one section: entries [from, to), under the CV's heading of that part (`title`) when it has several. */
interface ListPart { from: number; to: number; title?: string; after?: string }

/**
 * How the list `key` (of `length` items) is shown: in the parts the CV gives it under headings of its own
 * (`meta.sectionParts`, two or more, each starting at an entry of the list), else as one section. The
 * first part also takes any entries before it; meta from a JSON file is checked, never trusted.
 */
function listParts(ctx: ViewContext, key: string, length: number): ListPart[] {
  const given = recs(ctx.meta.sectionParts).filter((p) => p.key === key && Number.isInteger(p.from) && (p.from as number) >= 0 && (p.from as number) < length && str(p.title));
  const parts = given.filter((p, i) => i === 0 || (p.from as number) > (given[i - 1]!.from as number));
  if (parts.length < 2) return [{ from: 0, to: length }];
  return parts.map((p, i) => ({
    from: i === 0 ? 0 : (p.from as number),
    to: i + 1 < parts.length ? (parts[i + 1]!.from as number) : length,
    title: str(p.title),
    ...(i > 0 ? { after: str(p.after) } : {}),
  }));
}

/** The dated-entry sections (work, projects, volunteer, education, awards, certificates, publications) that show anything, a list the CV splits under several headings as several sections. */
function buildEntrySections(ctx: ViewContext): ViewSection[] {
  const out: ViewSection[] = [];
  for (const [key, map] of ENTRY_MAPPERS) {
    const all = Array.isArray(ctx.resume[key]) ? (ctx.resume[key] as unknown[]) : [];
    for (const part of listParts(ctx, key, all.length)) {
      const s = ctx.section(key, 'section-entries', ctx.t(key), part.title);
      for (const e of recs(all.slice(part.from, part.to))) {
        const entry = buildEntry(ctx, key, e, map);
        if (entry) s.entries.push(entry);
      }
      if (!s.entries.length) continue;
      out.push(s);
      if (part.after !== undefined) ctx.placedAfter.set(s, part.after);
    }
  }
  return out;
}

type ItemKind = 'skills' | 'languages' | 'interests';
type ItemMapper = (e: Rec) => Omit<ViewItem, 'extras' | 'list'>;

/** The list sections in the order they are built, each with the mapper of its items' fields. */
const ITEM_MAPPERS: ReadonlyArray<readonly [ItemKind, ItemMapper]> = [
  ['skills', (e) => ({ name: str(e.name), level: str(e.level), keywords: strs(e.keywords) })],
  ['languages', (e) => ({ name: str(e.language), level: str(e.fluency), keywords: [] })],
  ['interests', (e) => ({ name: str(e.name), level: '', keywords: strs(e.keywords) })],
];

/** One skill, language or interest group, or undefined when it shows nothing. */
function buildItem(key: ItemKind, e: Rec, map: ItemMapper): ViewItem | undefined {
  const base = map(e);
  const list = base.keywords.some((k) => k.length > 32 || k.includes(',')) || base.keywords.reduce((n, k) => n + k.length, 0) / Math.max(1, base.keywords.length) > 22;
  const item: ViewItem = { ...base, list, extras: extrasOf(e, KNOWN[key]!) };
  return item.name || item.level || item.keywords.length || item.extras.length ? item : undefined;
}

/** The skills, languages and interests sections that show anything (each takes its anchor id even when empty). */
function buildListSections(ctx: ViewContext): ViewSection[] {
  const out: ViewSection[] = [];
  for (const [key, map] of ITEM_MAPPERS) {
    const s = ctx.section(key, `section-${key}`, ctx.t(key));
    for (const e of recs(ctx.resume[key])) {
      const item = buildItem(key, e, map);
      if (item) s.items.push(item);
    }
    s.inline = s.items.length > 1 && s.items.every((i) => !i.level && !i.keywords.length && !i.extras.length && i.name.length <= 60);
    if (s.items.length) out.push(s);
  }
  return out;
}

/** The references section, when a reference shows anything. */
function buildReferencesSection(ctx: ViewContext): ViewSection[] {
  const refs = recs(ctx.resume.references);
  if (!refs.length) return [];
  const s = ctx.section('references', 'section-references', ctx.t('references'));
  s.references = refs.map((r): ViewReference => ({ name: str(r.name), html: ctx.md(r.reference), extras: extrasOf(r, KNOWN.references!) }))
    .filter((r) => r.name || r.html || r.extras.length);
  return s.references.length ? [s] : [];
}

/** A generic (`generic`) or unknown-field (`extra`) section, or undefined when it shows nothing. */
function buildGenericSection(ctx: ViewContext, key: string, g: GenericSection): ViewSection | undefined {
  const s = ctx.section(key, 'section-generic', str(g.title));
  s.title = str(g.title);
  s.subtitle = '';
  s.html = ctx.md(g.markdown);
  // An item written as an object or a list (`items: [{ title, date, summary }]`) is shown as its text, not dropped.
  const items = Array.isArray(g.items) ? (g.items as unknown[]).map((x) => (typeof x === 'string' ? x.trim() : escapeMarkdown(extraText(x)))) : strs(g.items);
  s.listHtml = items.filter(Boolean).map((x) => ctx.md(x, true)).filter(Boolean);
  const extra = extrasOf(g as Rec, ['title', 'markdown', 'items', 'order']);
  if (extra.length) s.html += extra.map((e) => `<p>${escapeHtml(e.label)}: ${escapeHtml(e.value)}</p>`).join('');
  return s.title || s.html || s.listHtml.length ? s : undefined;
}

/** The résumé's generic sections, in their `order` (else source order). */
function genericSectionsOf(resume: Resume): GenericSection[] {
  return (Array.isArray(resume.sections) ? resume.sections : [])
    .filter((g): g is GenericSection => typeof g === 'object' && g !== null && !Array.isArray(g))
    .map((g, i) => ({ g, i }))
    .sort((a, c) => (typeof a.g.order === 'number' ? a.g.order : a.i) - (typeof c.g.order === 'number' ? c.g.order : c.i) || a.i - c.i)
    .map(({ g }) => g);
}

/** One flat list item of an unknown field as a line: a scalar, or `Key: value; Key: a, b` for an object. */
function flatItemText(x: unknown): string {
  if (typeof x !== 'object' || x === null) return str(x);
  return Object.entries(x as Rec).map(([kk, vv]) => (Array.isArray(vv) ? strs(vv).join(', ') : str(vv)) ? `${humanizeKey(kk)}: ${Array.isArray(vv) ? strs(vv).join(', ') : str(vv)}` : '').filter(Boolean).join('; ');
}

/** An unknown top-level field `k` as a generic section (text, a flat list, a nested list, a number), or undefined. */
function unknownFieldSection(k: string, v: unknown): GenericSection | undefined {
  if (typeof v === 'string' && v.trim()) return { title: humanizeKey(k), markdown: v };
  if (Array.isArray(v) && v.every(isFlat)) {
    const items = v.map(flatItemText).filter(Boolean);
    return items.length ? { title: humanizeKey(k), items: items.map(escapeMarkdown) } : undefined;
  }
  if (typeof v === 'object' && v !== null) {
    // An object, or a list that nests deeper (`freelancing: [{ company, positions: [{ … }] }]`): a nested list, nothing dropped.
    const markdown = extraMarkdown(v);
    return markdown ? { title: humanizeKey(k), markdown } : undefined;
  }
  if (typeof v === 'number') return { title: humanizeKey(k), markdown: String(v) };
  return undefined;
}

/** Generic sections in source order, then unknown top-level fields. */
function buildGenericSections(ctx: ViewContext): ViewSection[] {
  const out: ViewSection[] = [];
  const push = (s: ViewSection | undefined): void => { if (s) out.push(s); };
  for (const g of genericSectionsOf(ctx.resume)) if (g && typeof g === 'object' && !Array.isArray(g)) push(buildGenericSection(ctx, 'generic', g));
  for (const [k, v] of Object.entries(ctx.resume)) {
    if (RESUME_KEYS.has(k)) continue;
    const g = unknownFieldSection(k, v);
    if (g) push(buildGenericSection(ctx, 'extra', g));
  }
  return out;
}

/**
 * The sections in display order: the manifest's, else the CV's own order of its standard sections (the
 * parser's meta.sectionOrder, else its meta.sectionTitles, keeps them in source order), else the conventional one. The summary leads.
 */
function orderSections(ctx: ViewContext, all: ViewSection[]): ViewSection[] {
  // (the parser's meta.sectionOrder also holds the sections that had no heading of their own: jobs found without a "Work" heading)
  const sourceOrder = Array.isArray(ctx.meta.sectionOrder) ? ctx.meta.sectionOrder.filter((k): k is string => typeof k === 'string') : Object.keys(ctx.ownTitles);
  const authorOrder = sourceOrder.filter((k) => DEFAULT_ORDER.includes(k) && k !== 'summary');
  const order = ctx.theme.manifest.order ?? (authorOrder.length ? ['summary', ...authorOrder, ...DEFAULT_ORDER.filter((k) => !authorOrder.includes(k))] : DEFAULT_ORDER);
  // (a later part of a list goes right after the section the CV has before it; a theme's own order keeps a list's parts together)
  const rank = (s: ViewSection): number => {
    const after = ctx.theme.manifest.order ? undefined : ctx.placedAfter.get(s);
    const i = order.indexOf(after || s.key);
    return (i < 0 ? order.length : i) + (after ? 0.5 : 0);
  };
  return all.map((s, i) => ({ s, i })).sort((a, c) => rank(a.s) - rank(c.s) || a.i - c.i).map(({ s }) => s);
}

/** About how many characters a section shows (entries and references count 200 each). */
function sizeOf(s: ViewSection): number {
  return s.items.reduce((n, i) => n + i.name.length + i.level.length + i.keywords.join(', ').length + i.extras.reduce((m, e) => m + e.label.length + e.value.length, 0), 0) +
    stripTags(s.html).length + stripTags(s.listHtml.join(' ')).length +
    s.entries.length * 200 + s.references.length * 200;
}

/** The sorted sections split into the main column and the sidebar, and the first section of each key. */
function placeSections(theme: Theme, sorted: ViewSection[]): Pick<ThemeView, 'main' | 'sidebar' | 'byKey'> {
  // A section too long for a narrow sidebar (long skill phrases, many interests) stays in the main column.
  const sidebarKeys = theme.manifest.sidebar ?? [];
  const maxChars = theme.manifest.sidebarMaxChars ?? 650;
  const inSidebar = (s: ViewSection): boolean => sidebarKeys.includes(s.key) && sizeOf(s) <= maxChars && !s.items.some((i) => i.list);
  const sidebar = sorted.filter(inSidebar);
  const main = sorted.filter((s) => !inSidebar(s));
  const byKey: Record<string, ViewSection> = {};
  for (const s of sorted) byKey[s.key] ??= s;
  return { main, sidebar, byKey };
}

/** Every standard label, translated. */
function buildLabels(ctx: ViewContext): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const k of LABEL_KEYS) labels[k] = ctx.t(k);
  return labels;
}

/** The CSS `content` of the page footer: the name, then "page N of M" in the CV's language. */
function footerContentOf(ctx: ViewContext, name: string): string {
  const [before, after] = ctx.t('pageOf').split('{page}') as [string, string | undefined];
  const [mid, end] = (after ?? '').split('{pages}');
  return [
    name ? `${cssString(name)} "  \\b7  "` : '',
    before ? cssString(before) : '', 'counter(page)', mid ? cssString(mid) : '', 'counter(pages)', end ? cssString(end) : '',
  ].filter(Boolean).join(' ');
}

/** The document's own CSS: the density variables and, unless the theme turns it off, the page footer. */
function buildRootCss(ctx: ViewContext, density: number | undefined, name: string): string {
  const d = computeDensity(ctx.theme.manifest.fit, density ?? 0);
  const footerOn = ctx.theme.manifest.footer !== false;
  const footerContent = footerContentOf(ctx, name);
  return [
    `:root { --cv-font-size: ${d.fontSize}pt; --cv-line-height: ${d.lineHeight}; --cv-space: ${d.spacing}; }`,
    footerOn
      ? `html.cv-multipage body { page: cv-paged; }\n@page cv-paged { @bottom-center { content: ${footerContent}; font-size: 8pt; color: #555; vertical-align: middle; } }\n` +
        // Chromium loads no web font for page margin boxes: the footer's characters are laid out once, unseen, in
        // the document so that the font slices drawing them are loaded before printing (else: empty boxes).
        `html.cv-multipage body::after { content: ${footerContent.replace(/counter\(pages?\)/g, '"0123456789"')}; position: absolute; top: 0; width: 0; height: 0; overflow: hidden; visibility: hidden; font-size: 8pt; font-weight: 400; font-style: normal; }`
      : '',
  ].filter(Boolean).join('\n');
}

/**
 * Builds the view of `resume` for `theme`: every field of the model placed in a
 * section, dates formatted for `opts.lang`, Markdown sanitized, headings
 * translated, density variables and the footer rule computed. Returns the
 * warnings of the sanitizer and of dropped images.
 */
export function buildView(resume: Resume, theme: Theme, opts: BuildViewOptions): { view: ThemeView; warnings: CvWarning[] } {
  const ctx = createViewContext(resume, theme, opts);
  const b = basicsOf(resume);
  const basics = buildBasics(ctx, b, opts.maxImageBytes);
  const all: ViewSection[] = [
    ...buildSummarySection(ctx, b),
    ...buildEntrySections(ctx),
    ...buildListSections(ctx),
    ...buildReferencesSection(ctx),
    ...buildGenericSections(ctx),
  ];
  const { main, sidebar, byKey } = placeSections(theme, orderSections(ctx, all));
  const view: ThemeView = {
    lang: ctx.lang,
    dir: ctx.dir,
    format: opts.format,
    density: opts.density ?? 0,
    title: [basics.name, basics.label].filter(Boolean).join(' — ') || 'CV',
    documentTitle: str(ctx.meta.documentTitle),
    contactTitle: str(ctx.ownTitles.contact),
    basics,
    main,
    sidebar,
    byKey,
    labels: buildLabels(ctx),
    fontLinks: (theme.manifest.fonts ?? []).map((f) => `${FONTS_PREFIX}${f.replace(/^\/+/, '')}`),
    styleLinks: (theme.manifest.styles ?? []).map((f) => styleHref(theme, f)),
    baseCss: theme.baseCss ?? '',
    rootCss: buildRootCss(ctx, opts.density, basics.name),
    resume,
  };
  return { view, warnings: ctx.warnings };
}

/** The URL of one of the theme's stylesheets, with its content version: a URL that names its bytes, which
 * Chromium may keep from one CV to the next (the print stage checks the version before saying so). */
function styleHref(theme: Theme, file: string): string {
  const version = theme.styleVersions?.[file];
  return `${THEME_PREFIX}${file.replace(/^\.?\/+/, '')}${version ? `?${VERSION_QUERY}=${version}` : ''}`;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
