// Writes the front-matter lists no key reader understands (one-line jobs, dates inside free text) into the body as Markdown, each item on its own line, so the passes read them like any list.
import { LEXICONS } from '../../model/lexicon/lexicons.js';
import { readFrontMatterEntries, type FrontMatterSectionKey } from './read-front-matter-entries.js';
import { DATED_FRONT_MATTER_SECTIONS, FRONT_MATTER_SECTION_KEYS, unwrapFrontMatterList } from './unwrap-front-matter-list.js';
import { normalFrontMatterKey } from './normal-front-matter-key.js';

/** Item keys that hold pictures or styling, never words. */
const NOT_WORDS = new Set(['image', 'img', 'logo', 'icon', 'company_logo', 'thumbnail', 'color', 'colour', 'weight', 'order', 'enable', 'enabled']);
/** A year of the last two centuries, somewhere in a text. */
const YEAR = /(?:^|\D)(?:19|20)\d\d(?:\D|$)/;

/**
 * For each dated section of the front matter (`experience`, `education`, `volunteer`… with the names of
 * `FRONT_MATTER_SECTION_KEYS`) whose list the key readers cannot read — plain strings ("FintechX - Business
 * Analyst (2024. február - 2025. július)"), or objects whose dates sit inside free text (`{name, content:
 * "2017 - 2021 • Informatika ágazat"}`) — writes Markdown into the body's (blank) front-matter lines: a
 * heading (the list's title, else its key) on the key's line and each item as a list item on its own
 * line(s), its further values as continuation lines. Every line keeps its number. A list whose lines
 * cannot all be found in the block is left to the key readers. YAML only.
 * @param data - the parsed front matter
 * @param lines - the file's lines; `open` and `close` are the 0-based lines of the block's delimiters
 * @param body - the body's lines (front-matter lines blank), written in place
 * @returns the top-level keys written into the body (the key readers skip them)
 */
export function unfoldFrontMatterLists(data: Record<string, unknown>, lines: readonly string[], open: number, close: number, body: string[]): string[] {
  const out: string[] = [];
  const keys = new Map(Object.keys(data).map((k) => [normalFrontMatterKey(k), k]));
  for (const kind of DATED_FRONT_MATTER_SECTIONS) {
    for (const n of FRONT_MATTER_SECTION_KEYS[kind]) {
      const key = keys.get(n);
      if (key === undefined || out.includes(key)) continue;
      const list = unwrapFrontMatterList(kind, data[key]);
      if (!list || list.items.length === 0 || !needsProse(kind, list.items)) continue;
      const written = placeItems(key, list.items, lines, open, close);
      if (!written) continue;
      for (const [i, text] of written) body[i] = text;
      out.push(key);
      const at = written[0]![0];
      body[at] = `## ${list.title ?? key}`;
    }
  }
  return out;
}

/** The item's words, in order: a string, or an object's text values (not pictures or styling). */
function valuesOf(item: unknown): string[] | undefined {
  if (typeof item === 'string' || typeof item === 'number') return [String(item)];
  if (!item || typeof item !== 'object' || Array.isArray(item)) return undefined;
  const out: string[] = [];
  for (const [k, v] of Object.entries(item as Record<string, unknown>)) {
    if (NOT_WORDS.has(k.toLowerCase())) continue;
    if (typeof v === 'string' || typeof v === 'number') out.push(String(v));
    else if (v !== null && v !== undefined && v !== '') return undefined;
  }
  return out;
}

/** The key readers cannot read the list (strings), or read no date where its texts hold years. */
function needsProse(kind: FrontMatterSectionKey, items: readonly unknown[]): boolean {
  if (!items.every((x) => valuesOf(x) !== undefined)) return false;
  const entries = readFrontMatterEntries(kind, items, '', { lexicons: Object.values(LEXICONS), monthOnly: false, unread: [] }) as Array<Record<string, unknown>> | undefined;
  if (!entries) return true;
  if (entries.some((e) => e.startDate !== undefined || e.endDate !== undefined)) return false;
  return items.some((x) => valuesOf(x)!.some((v) => YEAR.test(v)));
}

/**
 * The lines to write: the key's line first (its heading goes there), then each value of each item on the
 * first line at or after the previous one that holds the value's first words (two values on one line are
 * joined); undefined when the key or a value is not found.
 */
function placeItems(key: string, items: readonly unknown[], lines: readonly string[], open: number, close: number): Array<[number, string]> | undefined {
  let at = open + 1;
  while (at < close && !lines[at]!.startsWith(`${key}:`)) at++;
  if (at >= close) return undefined;
  const out = new Map<number, string>([[at, '']]);
  let cursor = at + 1;
  for (const item of items) {
    let first = true;
    for (const raw of valuesOf(item)!) {
      const text = raw.replace(/\s+/g, ' ').trim();
      if (!text) continue;
      const probe = text.slice(0, 20);
      let i = cursor;
      while (i < close && !lines[i]!.replace(/\s+/g, ' ').includes(probe)) i++;
      if (i >= close) return undefined;
      const had = out.get(i);
      out.set(i, had ? `${had} · ${text}` : `${first ? '- ' : '  '}${text}`);
      first = false;
      cursor = i;
    }
  }
  return [...out];
}
