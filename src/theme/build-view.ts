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
import type { ThemeView, ViewEntry, ViewExtra, ViewItem, ViewLink, ViewReference, ViewSection } from './view-types.js';
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
  certificates: ['name', 'date', 'issuer', 'url'],
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

function extrasOf(entry: Rec, known: string[]): ViewExtra[] {
  const out: ViewExtra[] = [];
  for (const [k, v] of Object.entries(entry)) {
    if (known.includes(k) || k === 'dateText' || k.startsWith('$')) continue;
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

/**
 * Builds the view of `resume` for `theme`: every field of the model placed in a
 * section, dates formatted for `opts.lang`, Markdown sanitized, headings
 * translated, density variables and the footer rule computed. Returns the
 * warnings of the sanitizer and of dropped images.
 */
export function buildView(resume: Resume, theme: Theme, opts: BuildViewOptions): { view: ThemeView; warnings: CvWarning[] } {
  const warnings: CvWarning[] = [];
  const lang = opts.lang || 'en';
  const dir = opts.dir ?? directionOf(lang);
  const rtl = dir === 'rtl';
  const md = (text: unknown, inline = false): string => {
    const s = str(text);
    if (!s) return '';
    const r = renderMarkdown(s, { inline });
    warnings.push(...r.warnings);
    const html = rtl ? keepLatinOrder(r.html) : r.html;
    // Headings inside CV Markdown sit below the section (h2) and entry (h3) levels, so the PDF outline stays clean.
    return inline ? html : html.replace(/<(\/?)h([1-6])\b/g, (_m, slash: string, n: string) => `<${slash}h${Math.min(6, Number(n) + 3)}`);
  };
  const t = (k: LabelKey): string => translateLabel(k, lang);
  const ids = new Set<string>();
  const idFor = (key: string): string => {
    let id = `section-${key.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x'}`;
    for (let n = 2; ids.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
    ids.add(id);
    return id;
  };
  const meta = (resume.meta && typeof resume.meta === 'object' ? resume.meta : {}) as Rec;
  const ownTitles = (typeof meta.sectionTitles === 'object' && meta.sectionTitles !== null ? meta.sectionTitles : {}) as Rec;
  const standard = theme.manifest.standardHeadings === true;
  const section = (key: string, partial: string, title: string): ViewSection => {
    // The CV's own heading (parser's meta.sectionTitles) wins; `standardHeadings` themes keep the
    // translated standard name and show the CV's own one under it when it differs.
    const own = str(ownTitles[key]);
    const shown = standard || !own ? title : own;
    const subtitle = standard && own && own.toLowerCase() !== title.toLowerCase() ? own : '';
    return { key, partial, title: shown, subtitle, id: idFor(key), entries: [], items: [], references: [], html: '', listHtml: [], inline: false };
  };

  // ---- basics
  const b = (resume.basics && typeof resume.basics === 'object' && !Array.isArray(resume.basics) ? resume.basics : {}) as Rec;
  const loc = (typeof b.location === 'object' && b.location !== null ? b.location : {}) as Rec;
  const cityLine = [str(loc.postalCode), str(loc.city)].filter(Boolean).join(' ');
  const locationText = [str(loc.address), cityLine, str(loc.region), str(loc.countryCode)].filter(Boolean).join(', ');
  const locationExtras = extrasOf(loc, KNOWN.location!);
  const contact: ViewLink[] = [];
  const email = str(b.email);
  const phone = str(b.phone);
  const url = str(b.url);
  if (email) contact.push({ kind: 'email', text: email, href: `mailto:${email}` });
  if (phone) contact.push({ kind: 'phone', text: phone, href: `tel:${phone.replace(/[^\d+]/g, '')}` });
  if (url) contact.push({ kind: 'url', text: displayUrl(url), ...(safeHref(url) ? { href: safeHref(url)! } : {}) });
  if (locationText) contact.push({ kind: 'location', text: locationText });
  const timezone = str(b.timezone);
  if (timezone) contact.push({ kind: 'timezone', text: timezone, label: t('timezone') });
  const profiles: ViewLink[] = recs(b.profiles).map((p) => {
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
  }).filter((p) => p.text);
  // A profile whose username hides its URL still shows the URL text (print cannot follow a link).
  for (const p of profiles) {
    const u = (p as ViewLink & { urlText?: string }).urlText;
    if (u && !u.toLowerCase().includes(p.text.toLowerCase())) p.text = `${p.text} (${u})`;
    else if (u) p.text = u;
    delete (p as ViewLink & { urlText?: string }).urlText;
  }
  contact.push(...profiles);
  const basicsExtras = [...extrasOf(b, KNOWN.basics!), ...locationExtras];
  for (const e of basicsExtras) contact.push({ kind: 'extra', text: e.value, label: e.label });

  let image = '';
  const rawImage = str(b.image);
  if (rawImage) {
    if (/^data:image\/(?:png|jpe?g|gif|webp);base64,[a-z0-9+/=\s]+$/i.test(rawImage)) {
      checkDataImage(rawImage, opts.maxImageBytes ?? DEFAULT_IMAGE_BYTES);
      image = rawImage;
    }
    else if (/^[a-z][a-z0-9+.-]*:/i.test(rawImage) || rawImage.startsWith('//')) {
      warnings.push(createWarning('remote-image', `The photo ${rawImage} is not a local file, so it is not shown (cvpress makes no network requests). Put the image next to the CV and use a relative path.`));
    } else {
      const u = new URL(rawImage, DOCUMENT_URL);
      if (u.origin === ASSET_ORIGIN && u.pathname.startsWith(CV_PREFIX)) image = u.pathname;
      else warnings.push(createWarning('image-outside', `The photo ${rawImage} is outside the CV's folder, so it is not shown.`));
    }
  }

  const basics = {
    name: str(b.name), honorificPrefix: str(b.honorificPrefix), honorificSuffix: str(b.honorificSuffix), alternateName: str(b.alternateName),
    label: str(b.label), image, contact, email, phone, url, location: locationText, timezone, profiles, extras: basicsExtras,
  };

  // ---- sections
  const all: ViewSection[] = [];
  const summary = md(b.summary);
  if (summary) {
    const s = section('summary', 'section-summary', t('summary'));
    s.html = summary;
    all.push(s);
  }

  const entrySection = (key: LabelKey, list: Rec[], map: (e: Rec) => Omit<ViewEntry, 'extras' | 'short' | 'coursesHtml'>): void => {
    if (!list.length) return;
    const s = section(key, 'section-entries', t(key));
    for (const e of list) {
      const v = map(e);
      v.dates = chooseDates(v.dates, str(e.dateText));
      const extras = extrasOf(e, KNOWN[key] ?? []);
      const paragraphs = v.summaryHtml.split(/<\/(?:p|li)>/).map((x) => stripTags(x).trim()).filter(Boolean);
      const textLines = paragraphs.reduce((n, p) => n + linesOf(p), 0) + v.highlightsHtml.reduce((n, h) => n + linesOf(stripTags(h)), 0);
      const coursesHtml = v.courses.map((c) => md(c, true)).filter(Boolean);
      const entry: ViewEntry = { ...v, coursesHtml, extras, short: 2 + textLines + extras.length + (v.meta.length || v.urlText ? 1 : 0) + (v.courses.length ? 2 : 0) <= SHORT_LINES };
      if (!entry.heading && entry.org) { entry.heading = entry.org; entry.org = ''; }
      if (entry.heading || entry.org || entry.dates || entry.summaryHtml || entry.highlightsHtml.length || extras.length || entry.meta.length) s.entries.push(entry);
    }
    if (s.entries.length) all.push(s);
  };
  const base = (e: Rec, heading: string, org: string) => {
    const u = str(e.url);
    const href = u ? safeHref(u) : undefined;
    return { heading, org, urlText: u ? displayUrl(u) : '', ...(href ? { href } : {}) };
  };
  const highlights = (v: unknown): string[] => strs(v).map((h) => md(h, true)).filter(Boolean);
  const blocks = (...v: unknown[]): string => v.map((x) => md(x)).filter(Boolean).join('\n');

  entrySection('work', recs(resume.work), (e) => ({
    ...base(e, str(e.position), str(e.name)),
    dates: formatDateRange(str(e.startDate), str(e.endDate), lang), location: str(e.location), meta: [],
    summaryHtml: blocks(e.description, e.summary), highlightsHtml: highlights(e.highlights), keywords: [], courses: [],
  }));
  entrySection('projects', recs(resume.projects), (e) => ({
    ...base(e, str(e.name), str(e.entity)),
    dates: formatDateRange(str(e.startDate), str(e.endDate), lang), location: '',
    meta: [strs(e.roles).join(t('sep')), str(e.type)].filter(Boolean),
    summaryHtml: blocks(e.description), highlightsHtml: highlights(e.highlights), keywords: strs(e.keywords), courses: [],
  }));
  entrySection('volunteer', recs(resume.volunteer), (e) => ({
    ...base(e, str(e.position), str(e.organization)),
    dates: formatDateRange(str(e.startDate), str(e.endDate), lang), location: str(e.location), meta: [],
    summaryHtml: blocks(e.summary), highlightsHtml: highlights(e.highlights), keywords: [], courses: [],
  }));
  entrySection('education', recs(resume.education), (e) => {
    const studyType = str(e.studyType);
    const area = str(e.area);
    const heading = [studyType, area].filter(Boolean).join(t('sep'));
    const score = str(e.score);
    return {
      ...base(e, heading, str(e.institution)),
      dates: formatDateRange(str(e.startDate), str(e.endDate), lang), location: str(e.location),
      meta: score ? [`${t('score')}${t('colon')}${score}`] : [],
      summaryHtml: blocks(e.summary), highlightsHtml: [], keywords: [], courses: strs(e.courses),
    };
  });
  entrySection('awards', recs(resume.awards), (e) => ({
    ...base(e, str(e.title), str(e.awarder)),
    dates: str(e.date) ? formatDate(str(e.date), lang) : '', location: '', meta: [],
    summaryHtml: blocks(e.summary), highlightsHtml: [], keywords: [], courses: [],
  }));
  entrySection('certificates', recs(resume.certificates), (e) => ({
    ...base(e, str(e.name), str(e.issuer)),
    dates: str(e.date) ? formatDate(str(e.date), lang) : '', location: '', meta: [],
    summaryHtml: '', highlightsHtml: [], keywords: [], courses: [],
  }));
  entrySection('publications', recs(resume.publications), (e) => ({
    ...base(e, str(e.name), str(e.publisher)),
    dates: str(e.releaseDate) ? formatDate(str(e.releaseDate), lang) : '', location: '', meta: [],
    summaryHtml: blocks(e.summary), highlightsHtml: [], keywords: [], courses: [],
  }));

  const itemSection = (key: 'skills' | 'languages' | 'interests', list: Rec[], map: (e: Rec) => Omit<ViewItem, 'extras' | 'list'>): void => {
    const s = section(key, `section-${key}`, t(key));
    for (const e of list) {
      const base = map(e);
      const list = base.keywords.some((k) => k.length > 32 || k.includes(',')) || base.keywords.reduce((n, k) => n + k.length, 0) / Math.max(1, base.keywords.length) > 22;
      const item: ViewItem = { ...base, list, extras: extrasOf(e, KNOWN[key]!) };
      if (item.name || item.level || item.keywords.length || item.extras.length) s.items.push(item);
    }
    s.inline = s.items.length > 1 && s.items.every((i) => !i.level && !i.keywords.length && !i.extras.length && i.name.length <= 60);
    if (s.items.length) all.push(s);
  };
  itemSection('skills', recs(resume.skills), (e) => ({ name: str(e.name), level: str(e.level), keywords: strs(e.keywords) }));
  itemSection('languages', recs(resume.languages), (e) => ({ name: str(e.language), level: str(e.fluency), keywords: [] }));
  itemSection('interests', recs(resume.interests), (e) => ({ name: str(e.name), level: '', keywords: strs(e.keywords) }));

  const refs = recs(resume.references);
  if (refs.length) {
    const s = section('references', 'section-references', t('references'));
    s.references = refs.map((r): ViewReference => ({ name: str(r.name), html: md(r.reference), extras: extrasOf(r, KNOWN.references!) }))
      .filter((r) => r.name || r.html || r.extras.length);
    if (s.references.length) all.push(s);
  }

  // Generic sections in source order, then unknown top-level fields.
  const generic = (Array.isArray(resume.sections) ? resume.sections : [])
    .filter((g): g is GenericSection => typeof g === 'object' && g !== null && !Array.isArray(g))
    .map((g, i) => ({ g, i }))
    .sort((a, c) => (typeof a.g.order === 'number' ? a.g.order : a.i) - (typeof c.g.order === 'number' ? c.g.order : c.i) || a.i - c.i)
    .map(({ g }) => g);
  const genericSection = (key: string, g: GenericSection): void => {
    const s = section(key, 'section-generic', str(g.title));
    s.title = str(g.title);
    s.subtitle = '';
    s.html = md(g.markdown);
    // An item written as an object or a list (`items: [{ title, date, summary }]`) is shown as its text, not dropped.
    const items = Array.isArray(g.items) ? (g.items as unknown[]).map((x) => (typeof x === 'string' ? x.trim() : escapeMarkdown(extraText(x)))) : strs(g.items);
    s.listHtml = items.filter(Boolean).map((x) => md(x, true)).filter(Boolean);
    const extra = extrasOf(g as Rec, ['title', 'markdown', 'items', 'order']);
    if (extra.length) s.html += extra.map((e) => `<p>${escapeHtml(e.label)}: ${escapeHtml(e.value)}</p>`).join('');
    if (s.title || s.html || s.listHtml.length) all.push(s);
  };
  for (const g of generic) if (g && typeof g === 'object' && !Array.isArray(g)) genericSection('generic', g);
  for (const [k, v] of Object.entries(resume)) {
    if (RESUME_KEYS.has(k)) continue;
    if (typeof v === 'string' && v.trim()) genericSection('extra', { title: humanizeKey(k), markdown: v });
    else if (Array.isArray(v) && v.every(isFlat)) {
      const items = v.map((x) => (typeof x === 'object' && x !== null ? Object.entries(x as Rec).map(([kk, vv]) => (Array.isArray(vv) ? strs(vv).join(', ') : str(vv)) ? `${humanizeKey(kk)}: ${Array.isArray(vv) ? strs(vv).join(', ') : str(vv)}` : '').filter(Boolean).join('; ') : str(x))).filter(Boolean);
      if (items.length) genericSection('extra', { title: humanizeKey(k), items: items.map(escapeMarkdown) });
    } else if (typeof v === 'object' && v !== null) {
      // An object, or a list that nests deeper (`freelancing: [{ company, positions: [{ … }] }]`): a nested list, nothing dropped.
      const markdown = extraMarkdown(v);
      if (markdown) genericSection('extra', { title: humanizeKey(k), markdown });
    } else if (typeof v === 'number') genericSection('extra', { title: humanizeKey(k), markdown: String(v) });
  }

  // ---- placement
  // Order: the manifest's, else the CV's own order of its standard sections (the parser's
  // meta.sectionTitles keeps them in source order), else the conventional one. The summary leads.
  const authorOrder = Object.keys(ownTitles).filter((k) => DEFAULT_ORDER.includes(k) && k !== 'summary');
  const order = theme.manifest.order ?? (authorOrder.length ? ['summary', ...authorOrder, ...DEFAULT_ORDER.filter((k) => !authorOrder.includes(k))] : DEFAULT_ORDER);
  const rank = (s: ViewSection): number => { const i = order.indexOf(s.key); return i < 0 ? order.length : i; };
  const sorted = all.map((s, i) => ({ s, i })).sort((a, c) => rank(a.s) - rank(c.s) || a.i - c.i).map(({ s }) => s);
  // A section too long for a narrow sidebar (long skill phrases, many interests) stays in the main column.
  const sidebarKeys = theme.manifest.sidebar ?? [];
  const maxChars = theme.manifest.sidebarMaxChars ?? 650;
  const sizeOf = (s: ViewSection): number =>
    s.items.reduce((n, i) => n + i.name.length + i.level.length + i.keywords.join(', ').length + i.extras.reduce((m, e) => m + e.label.length + e.value.length, 0), 0) +
    stripTags(s.html).length + stripTags(s.listHtml.join(' ')).length +
    s.entries.length * 200 + s.references.length * 200;
  const inSidebar = (s: ViewSection): boolean => sidebarKeys.includes(s.key) && sizeOf(s) <= maxChars && !s.items.some((i) => i.list);
  const sidebar = sorted.filter(inSidebar);
  const main = sorted.filter((s) => !inSidebar(s));
  const byKey: Record<string, ViewSection> = {};
  for (const s of sorted) byKey[s.key] ??= s;

  const labels: Record<string, string> = {};
  for (const k of LABEL_KEYS) labels[k] = t(k);

  const d = computeDensity(theme.manifest.fit, opts.density ?? 0);
  const footerOn = theme.manifest.footer !== false;
  const [before, after] = t('pageOf').split('{page}') as [string, string | undefined];
  const [mid, end] = (after ?? '').split('{pages}');
  const footerContent = [
    basics.name ? `${cssString(basics.name)} "  \\b7  "` : '',
    before ? cssString(before) : '', 'counter(page)', mid ? cssString(mid) : '', 'counter(pages)', end ? cssString(end) : '',
  ].filter(Boolean).join(' ');
  const rootCss = [
    `:root { --cv-font-size: ${d.fontSize}pt; --cv-line-height: ${d.lineHeight}; --cv-space: ${d.spacing}; }`,
    footerOn
      ? `html.cv-multipage body { page: cv-paged; }\n@page cv-paged { @bottom-center { content: ${footerContent}; font-size: 8pt; color: #555; vertical-align: middle; } }\n` +
        // Chromium loads no web font for page margin boxes: the footer's characters are laid out once, unseen, in
        // the document so that the font slices drawing them are loaded before printing (else: empty boxes).
        `html.cv-multipage body::after { content: ${footerContent.replace(/counter\(pages?\)/g, '"0123456789"')}; position: absolute; top: 0; width: 0; height: 0; overflow: hidden; visibility: hidden; font-size: 8pt; font-weight: 400; font-style: normal; }`
      : '',
  ].filter(Boolean).join('\n');

  const view: ThemeView = {
    lang,
    dir,
    format: opts.format,
    density: opts.density ?? 0,
    title: [basics.name, basics.label].filter(Boolean).join(' — ') || 'CV',
    documentTitle: str(meta.documentTitle),
    contactTitle: str(ownTitles.contact),
    basics,
    main,
    sidebar,
    byKey,
    labels,
    fontLinks: (theme.manifest.fonts ?? []).map((f) => `${FONTS_PREFIX}${f.replace(/^\/+/, '')}`),
    styleLinks: (theme.manifest.styles ?? []).map((f) => styleHref(theme, f)),
    baseCss: theme.baseCss ?? '',
    rootCss,
    resume,
  };
  return { view, warnings };
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

