// Reads a parsed JSON Resume as people write it (older names, empty strings, ongoing and free-form dates), warning for each.
import { SchemaError, type SchemaProblem } from '../model/errors.js';
import { SECTION_KEYS } from '../model/types.js';
import { createWarning, type CvWarning } from '../model/warning.js';
import { LEGACY_FIELDS } from './json-resume-legacy-fields.js';
import { loadJsonResumeSchema, type SchemaNode } from './load-json-resume-schema.js';
import { readCountryCode } from './read-country-code.js';
import { readJsonResumeDate } from './read-json-resume-date.js';

/**
 * A host name with an optional path and no scheme (`example.com/x`): what `/^[^\s/]+\.[^\s/]+(\/\S*)?$/`
 * matched: no white space, and a dot with a character on each side before the first slash, by scanning.
 */
function looksLikeHost(t: string): boolean {
  if (/\s/.test(t)) return false;
  const slash = t.indexOf('/');
  const host = slash < 0 ? t : t.slice(0, slash);
  const dot = host.indexOf('.', 1);
  return dot > 0 && dot < host.length - 1;
}

/** Options for {@link normalizeJsonResume}. */
export interface NormalizeJsonResumeOptions {
  /** The file, named in warnings and errors. */
  file: string;
  /** Source line of a JSON pointer of the input (or of its nearest ancestor). */
  lineOf: (pointer: string) => number | undefined;
}

/** The model read from a JSON Resume document, its warnings, and where each moved value came from. */
export interface NormalizedJsonResume {
  resume: Record<string, unknown>;
  warnings: CvWarning[];
  /** Pointer in the output → pointer in the input, for values that were renamed or re-indexed. */
  origin: Map<string, string>;
}

type Rec = Record<string, unknown>;
interface Ctx {
  opts: NormalizeJsonResumeOptions;
  warnings: CvWarning[];
  origin: Map<string, string>;
  unknown: string[];
  html: string[];
  latex: string[];
  fatal: SchemaProblem[];
}

/** cvpress's own extensions: not unknown fields (`sections`, `basics.timezone`, `education[].summary`…). */
const EXTENSIONS: Record<string, string[]> = {
  '': ['sections'],
  basics: ['timezone'],
  'education[]': ['summary', 'location'],
  'volunteer[]': ['location'],
};
/** List entries written as a bare string: the field the string is read into. */
const STRING_ENTRIES: Record<string, string> = { skills: 'name', interests: 'name', languages: 'language', references: 'reference' };
const TOP_LEVEL = new Set<string>(SECTION_KEYS);
const HTML_TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|<!--/i;
const LATEX = /\\(?:[a-zA-Z]+\s*\{|[&%$#_])/;

const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
const esc = (k: string): string => k.replace(/~/g, '~0').replace(/\//g, '~1');
const show = (v: unknown): string => (typeof v === 'string' ? JSON.stringify(v.length > 40 ? `${v.slice(0, 37)}...` : v) : String(v));

function warn(ctx: Ctx, code: string, src: string, message: string, schema = true): void {
  const w = createWarning(code, `${src || '/'}: ${message}`, ctx.opts.lineOf(src), ctx.opts.file);
  w.path = src || '/';
  if (schema) w.schema = true;
  ctx.warnings.push(w);
}

function fatal(ctx: Ctx, src: string, message: string): void {
  const line = ctx.opts.lineOf(src);
  ctx.fatal.push({ path: src || '/', message, ...(line !== undefined ? { line } : {}) });
}

/** A string field: empty → absent; numbers → text; URLs without a scheme and markup noted. */
function normalizeString(ctx: Ctx, v: unknown, node: SchemaNode, src: string): unknown {
  if (v === null || (typeof v === 'string' && v.trim() === '')) {
    warn(ctx, 'schema-empty-value', src, `${v === null ? 'null' : 'an empty string'} is read as absent. Fix: remove the field, or fill it in.`);
    return undefined;
  }
  if (typeof v === 'number' || typeof v === 'boolean') {
    warn(ctx, 'schema-type', src, `${show(v)} is read as the text "${String(v)}". Fix: write it in quotes.`);
    return String(v);
  }
  if (typeof v !== 'string') return v;
  if (node.format === 'uri' && !/^[a-z][a-z0-9+.-]*:/i.test(v.trim()) && looksLikeHost(v.trim())) {
    warn(ctx, 'schema-url', src, `${show(v)} has no scheme: shown as written and linked as https://${v.trim()}. Fix: write "https://${v.trim()}".`);
  }
  if (HTML_TAG.test(v)) ctx.html.push(src);
  else if (LATEX.test(v)) ctx.latex.push(src);
  if (src.endsWith('/location/countryCode')) return normalizeCountry(ctx, v, src);
  return v;
}

/** `countryCode` should be ISO 3166-1 alpha-2 (themes turn it into a country name): a name is read as its code. */
function normalizeCountry(ctx: Ctx, v: string, src: string): string {
  const code = readCountryCode(v);
  if (code === v) return v;
  if (code) warn(ctx, 'country-code', src, `${show(v)} is read as the country code ${code}. Fix: write "${code}" (ISO 3166-1 alpha-2).`, false);
  else warn(ctx, 'country-code', src, `${show(v)} is not a two-letter country code: shown as written. Fix: write the ISO 3166-1 alpha-2 code (e.g. "DE"), or put the text in region.`, false);
  return code ?? v;
}

/** A date field: schema dates kept, ongoing ends dropped, free-form dates rewritten, others kept as text. */
function normalizeDate(ctx: Ctx, v: unknown, key: string, src: string): unknown {
  const r = readJsonResumeDate(v, key === 'endDate');
  if (r.kind === 'ok') return r.value;
  if (r.kind === 'ongoing') {
    warn(ctx, 'schema-ongoing', src, `${show(v)} is read as ongoing (to the present). Fix: leave ${key} out for an ongoing entry.`);
    return undefined;
  }
  if (r.kind === 'fixed') {
    warn(ctx, 'schema-date', src, `${v instanceof Date ? 'a YAML date' : show(v)} is read as ${r.value}. Fix: write "${r.value}" (YYYY, YYYY-MM or YYYY-MM-DD${v instanceof Date ? ', in quotes' : ''}).`);
    return r.value;
  }
  if (v === null || (typeof v === 'string' && v.trim() === '')) {
    warn(ctx, 'schema-empty-value', src, `${v === null ? 'null' : 'an empty string'} is read as absent. Fix: remove ${key}, or write the date as YYYY, YYYY-MM or YYYY-MM-DD.`);
    return undefined;
  }
  if (typeof v === 'string') {
    warn(ctx, 'schema-date', src, `${show(v)} is not a date cvpress can read: shown as written. Fix: write it as YYYY, YYYY-MM or YYYY-MM-DD.`);
  }
  return v;
}

const TEXT_KEYS = ['text', 'name', 'title', 'summary', 'description', 'value', 'label'];

/** An object where a list wants a string (`highlights: [{ text, tags }]`): read as its text, the rest named in the warning. */
function textOfItem(ctx: Ctx, item: Rec, src: string): unknown {
  const key = TEXT_KEYS.find((k) => typeof item[k] === 'string' && (item[k] as string).trim());
  if (!key) return item;
  const rest = Object.keys(item).filter((k) => k !== key);
  warn(ctx, 'schema-type', src, `an object is read as its ${key} ${show(item[key])}${rest.length ? ` (${rest.join(', ')} not shown)` : ''}. Fix: write the text itself as the list item.`);
  return item[key];
}

/** A list of strings (highlights, keywords, courses, roles): a lone string becomes a list of one; empty items go. */
function normalizeStringList(ctx: Ctx, v: unknown, node: SchemaNode, out: string, src: string): unknown {
  if (typeof v === 'string' || typeof v === 'number') {
    if (String(v).trim() === '') return normalizeString(ctx, v, node, src);
    warn(ctx, 'schema-type', src, `${show(v)} is one item, not a list: read as a list of one. Fix: write [${JSON.stringify(String(v))}].`);
    ctx.origin.set(`${out}/0`, src);
    return [normalizeString(ctx, String(v), node.items ?? {}, src)];
  }
  if (!Array.isArray(v)) return v === null ? normalizeString(ctx, v, node, src) : v;
  const list: unknown[] = [];
  v.forEach((item, i) => {
    const value = isRec(item) ? textOfItem(ctx, item, `${src}/${i}`) : Array.isArray(item) ? item : normalizeString(ctx, item, node.items ?? {}, `${src}/${i}`);
    if (value === undefined) return;
    if (list.length !== i) ctx.origin.set(`${out}/${list.length}`, `${src}/${i}`);
    list.push(value);
  });
  return list;
}

/** A list of entries (a section, `basics.profiles`): one object becomes a list of one; bare strings are read where they can be. */
function normalizeEntries(ctx: Ctx, v: unknown, node: SchemaNode, key: string, where: string, out: string, src: string): unknown {
  const section = TOP_LEVEL.has(where);
  if (v === null) return normalizeString(ctx, v, node, src);
  if (isRec(v)) {
    warn(ctx, 'schema-type', src, `is one entry, not a list: read as a list of one. Fix: put the entry in [ ].`);
    ctx.origin.set(`${out}/0`, src);
    return [normalizeObject(ctx, v, node.items ?? {}, `${where}[]`, `${out}/0`, src)];
  }
  if (!Array.isArray(v)) {
    // "references": "Available on request": one entry written as text; "references": 0 / false: none
    if (section && typeof v === 'string' && v.trim() && STRING_ENTRIES[key]) return normalizeEntries(ctx, [v], node, key, where, out, src);
    if (section && (typeof v === 'number' || typeof v === 'boolean')) {
      warn(ctx, 'schema-type', src, `${show(String(v))} is no list of entries: read as none. Fix: remove the field, or write its entries in [ ].`);
      return undefined;
    }
    if (section) fatal(ctx, src, `must be a list of entries ([{ … }]), got ${show(typeof v === 'string' ? v : typeof v)}: cvpress cannot read it.`);
    return v;
  }
  const list: unknown[] = [];
  v.forEach((item, i) => {
    const from = `${src}/${i}`;
    const to = `${out}/${list.length}`;
    if (list.length !== i) ctx.origin.set(to, from);
    const field = STRING_ENTRIES[key];
    if (isRec(item)) list.push(normalizeObject(ctx, item, node.items ?? {}, `${where}[]`, to, from));
    else if (item === null || item === '') normalizeString(ctx, item, {}, from);
    else if (typeof item === 'string' && field && section) {
      warn(ctx, 'schema-type', from, `a bare string is read as ${key === 'references' ? 'a reference' : `the ${field}`} of an entry. Fix: write { "${field}": ${JSON.stringify(item)} }.`);
      list.push({ [field]: item });
    } else if (section) fatal(ctx, from, `must be an entry ({ … }), got ${show(typeof item === 'string' ? item : typeof item)}: cvpress cannot read it.`);
    else list.push(item);
  });
  return list;
}

/** One value, by what the schema says it is. `undefined` drops it. */
function normalizeValue(ctx: Ctx, v: unknown, node: SchemaNode, key: string, where: string, out: string, src: string): unknown {
  if (out !== src) ctx.origin.set(out, src);
  if (node.$ref === '#/definitions/iso8601') return normalizeDate(ctx, v, key, src);
  if (node.type === 'string') return normalizeString(ctx, v, node, src);
  if (node.type === 'array') {
    return node.items?.type === 'object' ? normalizeEntries(ctx, v, node, key, where, out, src) : normalizeStringList(ctx, v, node, out, src);
  }
  if (node.type === 'object') {
    if (isRec(v)) return normalizeObject(ctx, v, node, where, out, src);
    if (v === null) return normalizeString(ctx, v, node, src);
    if (where === 'basics.location' && typeof v === 'string' && v.trim()) {
      warn(ctx, 'schema-type', src, `${show(v)} is read as the address. Fix: write { "address": ${JSON.stringify(v)} } (or city, region, countryCode).`);
      return { address: v };
    }
    if (where === 'basics' || where === 'meta') fatal(ctx, src, `must be an object ({ … }), got ${show(Array.isArray(v) ? 'a list' : typeof v === 'string' ? v : typeof v)}: cvpress cannot read it.`);
    return v;
  }
  return v;
}

/** Top-level names people give the block `basics` holds (a theme of their own, another résumé format). */
const BASICS_ALIASES = ['contact', 'personal', 'personalInfo', 'personal_info', 'profile', 'info', 'header'];

/** The top-level field that stands for a missing `basics`: an object with a `name` or an `email` under a name of `BASICS_ALIASES`. */
function findBasicsAlias(v: Rec): string | undefined {
  if (Object.hasOwn(v, 'basics') || Object.hasOwn(v, 'bio')) return undefined;
  return BASICS_ALIASES.find((k) => isRec(v[k]) && (typeof (v[k] as Rec).name === 'string' || typeof (v[k] as Rec).email === 'string'));
}

/** The keys of an object with older names read as the current ones (each with a warning). */
function renameLegacy(ctx: Ctx, v: Rec, where: string, src: string): Array<[string, unknown, string, boolean?]> {
  const renames = LEGACY_FIELDS[where] ?? {};
  const out: Array<[string, unknown, string, boolean?]> = [];
  const basicsAlias = where === '' ? findBasicsAlias(v) : undefined;
  for (const [k, value] of Object.entries(v)) {
    const from = `${src}/${esc(k)}`;
    if (k === basicsAlias) {
      warn(ctx, 'schema-basics-alias', from, `"${k}" holds the name and contact details and there is no "basics": read as "basics". Fix: rename it to "basics".`);
      out.push(['basics', value, from]);
      continue;
    }
    const to = Object.hasOwn(renames, k) ? renames[k]! : undefined;
    if (to !== undefined && !Object.hasOwn(v, to)) {
      warn(ctx, 'schema-legacy-field', from, `"${k}" is an older JSON Resume name: read as "${to}". Fix: rename it to "${to}".`);
      out.push([to, value, from]);
    } else {
      if (to !== undefined) warn(ctx, 'schema-legacy-field', from, `"${k}" is an older JSON Resume name for "${to}", which is also set: kept as an extra field. Fix: remove "${k}" or merge it into "${to}".`);
      out.push([k, value, from, to !== undefined]);
    }
  }
  if (where === 'basics' && !Object.hasOwn(v, 'name') && (typeof v.firstName === 'string' || typeof v.lastName === 'string')) {
    const name = [v.firstName, v.lastName].filter((s) => typeof s === 'string' && s.trim()).join(' ');
    warn(ctx, 'schema-legacy-field', `${src}/firstName`, `"firstName"/"lastName" are the 2014 draft's names: read as "name": ${JSON.stringify(name)}. Fix: write "name".`);
    return [['name', name, `${src}/firstName`], ...out.filter(([k]) => k !== 'firstName' && k !== 'lastName')];
  }
  return out;
}

/** An object the schema describes: each known field normalized, unknown fields kept as written. */
function normalizeObject(ctx: Ctx, v: Rec, node: SchemaNode, where: string, out: string, src: string): Rec {
  const result: Rec = {};
  for (const [key, value, from, legacy] of renameLegacy(ctx, v, where, src)) {
    const child = node.properties?.[key];
    const to = `${out}/${esc(key)}`;
    if (!child) {
      if (!legacy && !(EXTENSIONS[where] ?? []).includes(key) && where !== 'meta') ctx.unknown.push(from);
      if (to !== from) ctx.origin.set(to, from);
      result[key] = value;
      continue;
    }
    const childWhere = where === '' ? key : `${where}.${key}`;
    const nv = normalizeValue(ctx, value, child, key, childWhere, to, from);
    if (nv !== undefined) result[key] = nv;
  }
  checkOrder(ctx, result, src);
  return result;
}

/** A start after its end is kept as written, with a warning. */
function checkOrder(ctx: Ctx, entry: Rec, src: string): void {
  const { startDate: s, endDate: e } = entry;
  if (typeof s !== 'string' || typeof e !== 'string' || !/^\d{4}/.test(s) || !/^\d{4}/.test(e)) return;
  const n = Math.min(s.length, e.length);
  if (s.slice(0, n) > e.slice(0, n)) {
    warn(ctx, 'reversed-dates', `${src}/startDate`, `starts (${s}) after it ends (${e}): shown as written. Fix: swap startDate and endDate, or correct one of them.`, false);
  }
}

/** One warning for a group of paths (unknown fields, markup), naming the first few with their lines. */
function groupWarning(ctx: Ctx, code: string, paths: string[], what: string, rest: string): void {
  if (!paths.length) return;
  const named = paths.slice(0, 6).map((p) => `${p}${ctx.opts.lineOf(p) !== undefined ? ` (line ${ctx.opts.lineOf(p)})` : ''}`);
  const more = paths.length > 6 ? ` and ${paths.length - 6} more` : '';
  const w = createWarning(code, `${paths.length} ${what}: ${named.join(', ')}${more}. ${rest}`, ctx.opts.lineOf(paths[0]!), ctx.opts.file);
  w.path = paths[0]!;
  ctx.warnings.push(w);
}

/**
 * Reads a parsed JSON Resume document the way people write it, against the official schema: the older
 * schema's field names become the current ones, empty strings and nulls are absent, an `endDate` of "",
 * "Present", "now", "current"… is ongoing (left out), free-form and YAML dates become `YYYY(-MM(-DD))`,
 * a lone string or object where the schema wants a list becomes a list of one, numbers become text.
 * Each change is a warning (`schema: true`) with its JSON path, line and the fix; unknown fields are
 * kept (one `unknown-field` warning), HTML or LaTeX inside strings is noted (`markup-in-text`), and a
 * start after its end is a `reversed-dates` warning.
 * @throws SchemaError `E_SCHEMA` only for what cannot be read: a document that is not an object, or
 *   `basics`, `meta` or a section of a type that holds no entries (e.g. `"work": "none"`)
 */
export function normalizeJsonResume(data: unknown, opts: NormalizeJsonResumeOptions): NormalizedJsonResume {
  const ctx: Ctx = { opts, warnings: [], origin: new Map(), unknown: [], html: [], latex: [], fatal: [] };
  if (!isRec(data)) {
    throw new SchemaError(opts.file, [{ path: '/', message: `must be an object ({ "basics": { … }, "work": [ … ] }), got ${Array.isArray(data) ? 'a list' : typeof data}.`, ...(opts.lineOf('') !== undefined ? { line: opts.lineOf('')! } : {}) }]);
  }
  const resume = normalizeObject(ctx, data, loadJsonResumeSchema(), '', '', '');
  if (ctx.fatal.length) throw new SchemaError(opts.file, ctx.fatal);
  groupWarning(ctx, 'unknown-field', ctx.unknown, `field${ctx.unknown.length === 1 ? '' : 's'} the JSON Resume schema does not define, kept`,
    'cvpress shows them as extra fields (a JSON Resume theme decides for itself) and keeps them in the PDF\'s resume.json attachment; if one is a typo, use the schema\'s name (https://jsonresume.org/schema).');
  groupWarning(ctx, 'markup-in-text', ctx.html, `string${ctx.html.length === 1 ? ' holds' : 's hold'} HTML tags`,
    'They are not run: cvpress\'s themes keep only sanitized formatting (bold, italics, links), JSON Resume themes get them sanitized. Fix: write plain text or Markdown.');
  groupWarning(ctx, 'markup-in-text', ctx.latex, `string${ctx.latex.length === 1 ? ' holds' : 's hold'} LaTeX macros (\\href{…}, \\&…)`,
    'They are shown as written, not typeset. Fix: write plain text or Markdown ([text](https://…) for a link).');
  return { resume, warnings: ctx.warnings, origin: ctx.origin };
}
