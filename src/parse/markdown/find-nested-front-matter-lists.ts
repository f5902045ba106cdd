// Finds a CV's dated lists nested in a page builder's front matter (Statamic, Netlify CMS, Hugo blocks: `components: [{learning_grid: [{learning_grid_title: Education, learning_details_grid: […]}]}]`).
import type { Lexicon } from '../../model/lexicon/lexicon-types.js';
import { normalFrontMatterKey } from './normal-front-matter-key.js';
import { sectionOfTitle } from './section-of-title.js';
import { DATED_FRONT_MATTER_SECTIONS, FRONT_MATTER_SECTION_KEYS } from './unwrap-front-matter-list.js';
import type { FrontMatterSectionKey } from './read-front-matter-entries.js';

/** One nested list of entries: its section, its items (their keys without the prefix they all share), where it is. */
export interface NestedFrontMatterList {
  kind: FrontMatterSectionKey;
  items: Array<Record<string, unknown>>;
  /** The keys from the front matter's top level down to the list. */
  path: Array<string | number>;
  /** The group's title that names the section, and the path of its key. */
  title?: string;
  titlePath?: Array<string | number>;
}

/** How deep the search goes, and how many values it visits at most (bounds what a crafted front matter costs). */
const MAX_DEPTH = 8;
const MAX_VISITS = 5000;
/** Keys of a group's own words beside its list, compared normalized: the group's title names its section. */
const TITLE_KEY = /(?:title|heading|label|name|header)$/;
/** Top-level keys of a site's navigation (`navigation: [{label: Experience, children: [{label: Acme, url: '#acme'}]}]`): links to the page's parts, never its entries. */
const NAVIGATION = new Set(['navigation', 'nav', 'menu', 'menus', 'breadcrumbs', 'sidebar', 'toc', 'links']);

/**
 * The lists of dated entries (work, education, volunteer) nested below the front matter's top level under a
 * section key of their own or beside a title that names the section, in the order written. The items' keys lose the
 * prefix they all share at a `_` (`learning_details_grid_year` → `year`). Top-level keys in `skip` and a site's
 * navigation are not searched.
 * @param data - the parsed front matter
 * @param lexicons - for the section titles
 * @param skip - top-level keys already read
 */
export function findNestedFrontMatterLists(data: Record<string, unknown>, lexicons: readonly Lexicon[], skip: readonly string[]): NestedFrontMatterList[] {
  const out: NestedFrontMatterList[] = [];
  let visits = 0;
  const visit = (v: unknown, path: Array<string | number>): void => {
    if (++visits > MAX_VISITS || path.length > MAX_DEPTH || v === null || typeof v !== 'object' || v instanceof Date) return;
    if (Array.isArray(v)) {
      v.forEach((x, i) => visit(x, [...path, i]));
      return;
    }
    const obj = v as Record<string, unknown>;
    const title = groupTitle(obj, lexicons);
    for (const [k, x] of Object.entries(obj)) {
      if (k === '__proto__' || (path.length === 0 && (skip.includes(k) || NAVIGATION.has(normalFrontMatterKey(k))))) continue;
      const kind = path.length > 0 ? listKind(k, x, title) : undefined;
      if (kind) out.push({ kind, items: withoutSharedPrefix(x as Array<Record<string, unknown>>), path: [...path, k], ...(title ? { title: title.text, titlePath: [...path, title.key] } : {}) });
      else visit(x, [...path, k]);
    }
  };
  visit(data, []);
  return out;
}

/** The section a group's title names (`learning_grid_title: Education`), with the title. */
function groupTitle(obj: Record<string, unknown>, lexicons: readonly Lexicon[]): { kind: FrontMatterSectionKey; text: string; key: string } | undefined {
  for (const [k, x] of Object.entries(obj)) {
    if (typeof x !== 'string' || !TITLE_KEY.test(normalFrontMatterKey(k))) continue;
    const kind = sectionOfTitle(x, lexicons);
    if (kind && (DATED_FRONT_MATTER_SECTIONS as readonly string[]).includes(kind)) return { kind: kind as FrontMatterSectionKey, text: x.trim(), key: k };
  }
  return undefined;
}

/** The section of a nested list of objects: its own key's, else its group's title's. */
function listKind(key: string, value: unknown, title: { kind: FrontMatterSectionKey } | undefined): FrontMatterSectionKey | undefined {
  if (!Array.isArray(value) || value.length === 0 || !value.every((x) => x !== null && typeof x === 'object' && !Array.isArray(x) && !(x instanceof Date))) return undefined;
  const n = normalFrontMatterKey(key);
  const own = DATED_FRONT_MATTER_SECTIONS.find((kind) => FRONT_MATTER_SECTION_KEYS[kind].includes(n));
  return own ?? title?.kind;
}

/** The items with the prefix all their keys share up to a `_` removed (only when every key has it and two keys stay apart). */
function withoutSharedPrefix(items: Array<Record<string, unknown>>): Array<Record<string, unknown>> {
  const keys = [...new Set(items.flatMap((x) => Object.keys(x)))].filter((k) => k !== 'id');
  let prefix = keys[0] ?? '';
  for (const k of keys) while (prefix && !k.startsWith(prefix)) prefix = prefix.slice(0, -1);
  prefix = prefix.slice(0, prefix.lastIndexOf('_') + 1);
  if (!prefix || keys.length < 2) return items;
  return items.map((x) => Object.fromEntries(Object.entries(x).map(([k, v]) => [k.startsWith(prefix) ? k.slice(prefix.length) : k, v])));
}
