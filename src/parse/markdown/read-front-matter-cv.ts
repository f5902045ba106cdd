// Reads a CV held in front matter (Hugo/Wowchemy, Jekyll themes, academicpages, R Markdown, JSON Resume shapes) into the model, leaving unknown keys untouched.
import { LEXICONS } from '../../model/lexicon/lexicons.js';
import type { Lexicon, SectionKind } from '../../model/lexicon/lexicon-types.js';
import type { Basics, Language, Meta, Skill } from '../../model/types.js';
import { namesSpokenLanguage } from './names-spoken-language.js';
import { sectionOfTitle } from './section-of-title.js';
import { readFrontMatterBasics } from './read-front-matter-basics.js';
import { readFrontMatterDate } from './read-front-matter-date.js';
import { readFrontMatterEntries, type EntryContext, type FrontMatterSectionKey, type FrontMatterSections } from './read-front-matter-entries.js';
import { DATED_FRONT_MATTER_SECTIONS, FRONT_MATTER_SECTION_KEYS, unwrapFrontMatterList } from './unwrap-front-matter-list.js';
import { findNestedFrontMatterLists } from './find-nested-front-matter-lists.js';
import { normalFrontMatterKey } from './normal-front-matter-key.js';

/** The CV a front matter holds, what it says about rendering, and what was left unread. */
export interface FrontMatterCv {
  /** The parts of the résumé the front matter holds, in the model's own types (absent parts are absent). */
  resume: { basics?: Basics } & Partial<FrontMatterSections>;
  /**
   * Render options the CV carries (`theme`, `lang`, `format`, `maxPages`, merged with a JSON Resume
   * `meta:` object), `lastModified` (from `date`/`lastmod`), `documentTitle` (a title that is not the name)
   * and `sectionTitles` (a list's own title, such as Wowchemy's `title: Experience`).
   */
  meta: Meta;
  /** Top-level keys read into `resume` or `meta`. */
  consumed: string[];
  /** Top-level keys that are site or page settings (layout, permalink, weight, output…), not CV content. */
  ignored: string[];
  /** Every other key, with its value untouched, for the caller to keep (nothing is lost); see `partly`. */
  rest: Record<string, unknown>;
  /** Keys of `rest` whose value is what is left once a page builder's nested lists were read from it (absent when none). */
  partly?: string[];
  /** Values kept as written because they could not be read into the model's types (a free-text date), by JSON pointer. */
  unread: Array<{ path: string; value: string }>;
  /** Why fields were read as they were (for `--explain`), by JSON pointer. */
  why: Record<string, string[]>;
}

/** Site and page settings of static site generators and document tools: no CV words. */
const SETTINGS = new Set([
  'layout', 'permalink', 'slug', 'weight', 'draft', 'headless', 'active', 'widget', 'dateformat', 'design', 'type', 'menu',
  'aliases', 'redirectfrom', 'redirectto', 'output', 'knit', 'headerincludes', 'showtitle', 'sitemap', 'toc', 'toclabel',
  'tocsticky', 'tocicon', 'comments', 'share', 'related', 'authorprofile', 'sidebar', 'bodyclass', 'classes', 'css', 'js',
  'superuser', 'highlightname', 'usergroups', 'status', 'published', 'publishdate', 'expirydate', 'nav', 'order', 'geometry',
  'marginleft', 'marginright', 'margintop', 'marginbottom', 'fontsize', 'mainfont', 'documentclass', 'classoption',
  'linestretch', 'colorlinks', 'urlcolor', 'linkcolor', 'papersize', 'excludefromsearch', 'robots', 'cascade', 'outputs',
  'template', 'class', 'header', 'footer', 'hidden', 'pagination', 'sharing', 'reward', 'math', 'mermaid', 'disablecomments',
]);

/**
 * Reads front matter that holds a CV (all of it, or its basics). Sections come from `work`/`experience`
 * (Wowchemy `{title, company, company_url, location, date_start, date_end, description}`, `{position,
 * company_name}`), `education` (`{area, institution, date_start, date_end}`, `{courses: […]}`), `skills`
 * (`{name, items: [{name, percent}]}` groups, strings, `{group: [..]}` maps), `languages`, `interests`,
 * awards, certificates, publications, projects, volunteer, or JSON Resume's own keys; a list may also sit
 * in an object with its title (`experiences: {title, info: […]}`). Basics: see `readFrontMatterBasics`.
 * Wowchemy dates keep the month only (its themes print month and year), unless `date_format` writes a day.
 * Meta: `theme`, `lang` (a BCP 47 tag), `format` (A4/Letter, also pandoc's `papersize`), `maxPages`, a
 * `meta:` object. Site settings (`layout`, `permalink`, `weight`, `output`…) are listed in `ignored`;
 * every other key is returned untouched in `rest`. Never throws.
 * @param data - parsed front matter (`SourceText.frontMatter.data`)
 * @param lexicons - lexicons for month names, present-words, document titles and job titles (default: all)
 */
export function readFrontMatterCv(data: Record<string, unknown>, lexicons: readonly Lexicon[] = Object.values(LEXICONS)): FrontMatterCv {
  const keyOf = new Map<string, string>();
  for (const k of Object.keys(data)) {
    const n = normalFrontMatterKey(k);
    if (k !== '__proto__' && !keyOf.has(n)) keyOf.set(n, k);
  }
  const read = readFrontMatterBasics(data, keyOf, lexicons);
  const out: FrontMatterCv = { resume: {}, meta: {}, consumed: [...read.consumed], ignored: [], rest: {}, unread: [], why: read.why };
  if (Object.keys(read.basics).length) out.resume.basics = read.basics;
  const ctx: EntryContext = { lexicons, monthOnly: isWowchemy(data, keyOf) || monthlyDates(data), unread: out.unread };
  const titles: Partial<Record<SectionKind, string>> = {};
  for (const [kind, names] of Object.entries(FRONT_MATTER_SECTION_KEYS) as Array<[FrontMatterSectionKey, readonly string[]]>) {
    for (const n of names) {
      const k = keyOf.get(n);
      if (k === undefined || out.consumed.includes(k)) continue;
      const list = unwrapFrontMatterList(kind, data[k]);
      const entries = list && readFrontMatterEntries(kind, list.items, `/${k}${list.path}`, ctx);
      if (!entries || !list) continue;
      const coded = kind === 'languages' ? programmingLanguages(entries as Language[], k) : undefined;
      if (coded) {
        out.resume.skills = [...(out.resume.skills ?? []), coded];
        out.consumed.push(k);
        continue;
      }
      if (entries.length) (out.resume[kind] as unknown[] | undefined) = [...((out.resume[kind] as unknown[] | undefined) ?? []), ...entries];
      if (list.title) titles[kind] = list.title;
      out.consumed.push(k);
    }
  }
  const nested = DATED_FRONT_MATTER_SECTIONS.some((k) => out.resume[k]) ? new Map<string, unknown>() : readNestedLists(data, out, ctx, titles);
  readMeta(data, keyOf, out, lexicons);
  if (read.documentTitle) {
    const kind = sectionOfTitle(read.documentTitle, lexicons);
    if (kind && kind !== 'doctitle' && out.resume[kind as FrontMatterSectionKey]) titles[kind] ??= read.documentTitle;
    else out.meta.documentTitle = read.documentTitle;
  }
  if (Object.keys(titles).length) out.meta.sectionTitles = titles;
  for (const k of Object.keys(data)) {
    if (k === '__proto__' || out.consumed.includes(k)) continue;
    if (SETTINGS.has(normalFrontMatterKey(k))) out.ignored.push(k);
    else if (nested.has(k)) {
      if (nested.get(k) === undefined) out.consumed.push(k);
      else {
        out.rest[k] = nested.get(k);
        (out.partly ??= []).push(k);
      }
    } else out.rest[k] = data[k];
  }
  return out;
}

/**
 * Reads the dated lists a page builder nests in the front matter (see `findNestedFrontMatterLists`) into `out`.
 * @returns for each top-level key that held one, what is left of its value without the lists read (undefined: nothing)
 */
function readNestedLists(data: Record<string, unknown>, out: FrontMatterCv, ctx: EntryContext, titles: Partial<Record<SectionKind, string>>): Map<string, unknown> {
  const read: Array<Array<string | number>> = [];
  for (const list of findNestedFrontMatterLists(data, ctx.lexicons, out.consumed)) {
    const entries = readFrontMatterEntries(list.kind, list.items, `/${list.path.join('/')}`, { ...ctx, guessOrg: true });
    if (!entries?.length) continue;
    (out.resume[list.kind] as unknown[] | undefined) = [...((out.resume[list.kind] as unknown[] | undefined) ?? []), ...entries];
    // (a group's title once, however many of its lists were read: each path is removed once below)
    if (list.title && list.titlePath) {
      titles[list.kind] ??= list.title;
      if (!read.some((p) => p.join('/') === list.titlePath!.join('/'))) read.push(list.titlePath);
    }
    read.push(list.path);
  }
  // (the last first: an array item that goes does not move the ones before it)
  const left = new Map<string, unknown>();
  for (const path of read.reverse()) {
    const top = String(path[0]);
    left.set(top, withoutPath(left.has(top) ? left.get(top) : data[top], path.slice(1)));
  }
  return left;
}

/** `value` without what is at `path` (copied along the path; an array item or object left empty goes too). */
function withoutPath(value: unknown, path: ReadonlyArray<string | number>): unknown {
  if (value === null || typeof value !== 'object' || path.length === 0) return undefined;
  const [head, ...rest] = path;
  const copy: Record<string | number, unknown> | unknown[] = Array.isArray(value) ? [...value] : { ...(value as Record<string, unknown>) };
  const sub = withoutPath((copy as Record<string | number, unknown>)[head!], rest);
  if (Array.isArray(copy)) {
    if (sub === undefined) copy.splice(Number(head), 1);
    else copy[Number(head)] = sub;
    return copy.length ? copy : undefined;
  }
  if (sub === undefined) delete copy[head!];
  else copy[head!] = sub;
  return Object.keys(copy).length ? copy : undefined;
}

/**
 * `"Languages": ["TypeScript", "C#", "SQL"]`: a languages list none of whose entries names a spoken language the
 * lexicons know lists programming languages, one skills entry named by the key (undefined otherwise).
 */
function programmingLanguages(entries: readonly Language[], key: string): Skill | undefined {
  if (!entries.length || entries.some((e) => e.fluency !== undefined || namesSpokenLanguage(e.language ?? ''))) return undefined;
  return { name: key, keywords: entries.map((e) => e.language ?? '').filter(Boolean) };
}

/**
 * Dates that give months, written as days: at least three full start and end dates in the front matter's lists,
 * four in five of them on the first or the last day of their month (Europass `start: 2016-02-01`, `end: 2022-03-31`).
 */
function monthlyDates(data: Record<string, unknown>): boolean {
  let all = 0;
  let edges = 0;
  let starts = 0;
  let firsts = 0;
  const visit = (v: unknown, depth: number, key: string): void => {
    if (depth > 5 || all > 500) return;
    const end = rangeEnd(key);
    const m = !end ? undefined : typeof v === 'string' ? /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-][\d:]+)?)?$/.exec(v.trim()) : undefined;
    const d = v instanceof Date && end ? [v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate()] : m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
    if (d) {
      all++;
      const last = new Date(Date.UTC(d[0]!, d[1]!, 0)).getUTCDate();
      if (d[2] === 1 || d[2] === last) edges++;
      if (end === 'start') (starts++, d[2] === 1 && firsts++);
    } else if (Array.isArray(v)) for (const x of v) visit(x, depth + 1, key);
    else if (v && typeof v === 'object' && !(v instanceof Date)) for (const [k, x] of Object.entries(v)) visit(x, depth + 1, normalFrontMatterKey(k));
  };
  for (const v of Object.values(data)) if (Array.isArray(v) || (v && typeof v === 'object' && !(v instanceof Date))) visit(v, 0, '');
  // (most dates on a month's first or last day; or (nearly) every start on the 1st, as a month picker writes them, the ends
  // being the day the form was filled in)
  return (all >= 3 && edges * 5 >= all * 4) || (starts >= 3 && firsts * 5 >= starts * 4);
}

/** Keys of the start and end of a range (normalized: `date_start` → `datestart`). */
const RANGE_ENDS: ReadonlyMap<string, 'start' | 'end'> = new Map(
  [...['start', 'from', 'datestart', 'startdate', 'since', 'begin'].map((k) => [k, 'start'] as const), ...['end', 'to', 'until', 'dateend', 'enddate', 'finish'].map((k) => [k, 'end'] as const)],
);

/** Whether a normalized key is the start or the end of a range, also with words of what it dates (`startJobDate`, `finishSchoolDate`). */
function rangeEnd(key: string): 'start' | 'end' | undefined {
  return RANGE_ENDS.get(key) ?? RANGE_ENDS.get(key.replace(/job|school|work|education|date/g, ''));
}

/** Whether a front matter value holds, at most `depth` levels down, a Go `date_format` ("Jan 2006") or a list of items with Wowchemy's `date_start`/`date_end`. */
function holdsWowchemy(v: unknown, depth: number): boolean {
  if (Array.isArray(v)) return v.some((item) => (item && typeof item === 'object' && ('date_start' in item || 'date_end' in item)) || (depth > 0 && holdsWowchemy(item, depth - 1)));
  if (!v || typeof v !== 'object' || v instanceof Date || depth === 0) return false;
  return Object.entries(v).some(([k, x]) => (k === 'date_format' && typeof x === 'string' && x.includes('2006')) || holdsWowchemy(x, depth - 1));
}

/**
 * Wowchemy front matter (its `date_start`/`date_end` keys, or a Go `date_format`), at the top or in a landing page's blocks
 * (`sections: [{block: experience, content: {date_format, items: […]}}]`): its dates are months, as a CV gives a post's
 * dates, even where the site's `date_format` ("2006-01-02") prints the day the form was filled in.
 */
function isWowchemy(data: Record<string, unknown>, keyOf: ReadonlyMap<string, string>): boolean {
  const format = data[keyOf.get('dateformat') ?? ''];
  if (typeof format === 'string' && format.includes('2006')) return true;
  return Object.values(data).some((v) => holdsWowchemy(v, 4));
}

/** theme, lang, format, maxPages, a JSON Resume `meta:` object, lastModified from `date`/`lastmod`. */
function readMeta(data: Record<string, unknown>, keyOf: ReadonlyMap<string, string>, out: FrontMatterCv, lexicons: readonly Lexicon[]): void {
  const take = (names: readonly string[], accept: (v: unknown) => unknown): void => {
    for (const n of names) {
      const k = keyOf.get(n);
      if (k === undefined || out.consumed.includes(k)) continue;
      const v = accept(data[k]);
      if (v === undefined) continue;
      out.consumed.push(k);
      return;
    }
  };
  const metaKey = keyOf.get('meta');
  const metaObj = metaKey === undefined ? undefined : data[metaKey];
  if (metaObj && typeof metaObj === 'object' && !Array.isArray(metaObj)) {
    for (const [k, v] of Object.entries(metaObj)) if (k !== '__proto__') out.meta[k] = v;
    out.consumed.push(metaKey!);
  }
  take(['theme'], (v) => (typeof v === 'string' && v.trim() ? (out.meta.theme = v.trim()) : undefined));
  take(['lang', 'language', 'locale'], (v) => (typeof v === 'string' && /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/.test(v.trim()) ? (out.meta.lang = v.trim().replace(/_/g, '-')) : undefined));
  take(['format', 'paperformat', 'papersize', 'paper'], (v) => {
    const f = typeof v === 'string' ? v.trim().toLowerCase().replace(/paper$/, '') : '';
    return f === 'a4' ? (out.meta.format = 'A4') : f === 'letter' ? (out.meta.format = 'Letter') : undefined;
  });
  take(['maxpages'], (v) => {
    const n = typeof v === 'string' && /^\d{1,3}$/.test(v.trim()) ? Number(v) : v;
    return typeof n === 'number' && Number.isInteger(n) && n > 0 ? (out.meta.maxPages = n) : undefined;
  });
  take(['lastmod', 'lastmodified', 'lastmodifiedat', 'updated', 'date'], (v) => {
    const d = readFrontMatterDate(v, lexicons);
    return d.date ? (out.meta.lastModified = d.date) : undefined;
  });
}
