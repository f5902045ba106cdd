// Writes a front matter's list of titled sections (`sections:` / `- title: Education` / `items:` / `- label: 2017` / `text: M.A. …`, the shape pandoc CV templates keep a whole CV in) into the body as Markdown, so the passes read it like any CV.

/** Keys that title a section of the list. */
const TITLE_KEYS = ['title', 'heading', 'section', 'name'];
/** Keys that hold a section's items. */
const ITEM_KEYS = ['items', 'entries', 'content', 'contents', 'list', 'stations', 'positions', 'jobs', 'records'];
/** Keys of an item that label it (a date, most often): written first, before its text. */
const LABEL_KEYS = ['label', 'date', 'dates', 'year', 'years', 'period', 'when', 'daterange', 'date_range', 'date-range', 'timeframe', 'timespan', 'time'];
/** Item keys that hold pictures or styling, never words. */
const NOT_WORDS = new Set(['image', 'img', 'logo', 'icon', 'color', 'colour', 'weight', 'order', 'enable', 'enabled', 'style', 'class']);

/** A titled section: its title and each item's texts, the label first (empty when the item has none). */
interface TitledSection {
  title: string;
  items: Array<{ label: string; texts: string[] }>;
}

/** The texts of a value: a string or a number, or a list of them (empty strings dropped); undefined for anything else. */
function textsOf(value: unknown): string[] | undefined {
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim() ? [String(value)] : [];
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) return undefined;
  const out: string[] = [];
  for (const v of value) {
    const t = textsOf(v);
    if (t === undefined) return undefined;
    out.push(...t);
  }
  return out;
}

/** An item's label and texts; undefined when it holds anything but text. */
function itemOf(item: unknown): { label: string; texts: string[] } | undefined {
  if (typeof item === 'string' || typeof item === 'number') return { label: '', texts: textsOf(item)! };
  if (!item || typeof item !== 'object' || Array.isArray(item)) return undefined;
  const entries = Object.entries(item as Record<string, unknown>).filter(([k]) => !NOT_WORDS.has(k.toLowerCase()));
  const labelKey = entries.find(([k, v]) => LABEL_KEYS.includes(k.toLowerCase()) && (typeof v === 'string' || typeof v === 'number'))?.[0];
  const texts: string[] = [];
  for (const [k, v] of entries) {
    if (k === labelKey) continue;
    const t = textsOf(v);
    if (t === undefined) return undefined;
    texts.push(...t);
  }
  return { label: labelKey ? String((item as Record<string, unknown>)[labelKey]).trim() : '', texts };
}

/** The list's sections, when every element is an object with a title and a list of items of text (or none). */
function titledSections(value: unknown): TitledSection[] | undefined {
  if (!Array.isArray(value) || value.length < 2) return undefined;
  const out: TitledSection[] = [];
  for (const s of value) {
    if (!s || typeof s !== 'object' || Array.isArray(s)) return undefined;
    const rec = s as Record<string, unknown>;
    const title = TITLE_KEYS.map((k) => rec[k]).find((v): v is string => typeof v === 'string' && v.trim() !== '');
    const itemsKey = ITEM_KEYS.find((k) => k in rec);
    const list = itemsKey === undefined ? undefined : rec[itemsKey] ?? [];
    if (title === undefined || !Array.isArray(list)) return undefined;
    const items = list.map(itemOf);
    if (items.some((x) => x === undefined)) return undefined;
    out.push({ title: title.trim(), items: items as TitledSection['items'] });
  }
  return out;
}

/** A text compared without quotes, backslashes (YAML's escapes) and runs of spaces. */
const bare = (t: string): string => t.replace(/[\\"']/g, '').replace(/\s+/g, ' ');

/** The first line at or after `from` (before `close`) holding the text's first words; -1 when none does. */
function lineOf(text: string, lines: readonly string[], from: number, close: number): number {
  const probe = bare(text).trim().slice(0, 20);
  for (let i = from; i < close; i++) if (bare(lines[i]!).includes(probe)) return i;
  return -1;
}

/**
 * The lines of an item's texts (its label's first) from `from` on, in the item's order; undefined when one is not
 * found. Each is looked for from `from`: an item's keys come in any order (`title:` before `daterange:`).
 */
function itemLines(item: TitledSection['items'][number], lines: readonly string[], from: number, close: number): number[] | undefined {
  const out: number[] = [];
  for (const text of item.label ? [item.label, ...item.texts] : item.texts) {
    const i = lineOf(text, lines, from, close);
    if (i < 0) return undefined;
    out.push(i);
  }
  return out;
}

/**
 * The rows an item is written as: the label beside its first text ("2017: M.A. in Sociology"), then each further
 * text; texts found on one line share a row.
 */
function itemRows(item: TitledSection['items'][number], at: readonly number[]): string[] {
  const texts = item.texts.map((t) => t.replace(/\s+/g, ' ').trim());
  const rows: string[] = [];
  const offset = item.label ? 1 : 0;
  texts.forEach((t, k) => {
    if (k > 0 && at[k + offset] === at[k + offset - 1]) rows[rows.length - 1] += ` · ${t}`;
    else rows.push(t);
  });
  if (item.label) rows[0] = rows.length ? `${item.label}: ${rows[0]}` : item.label;
  // (a hard break ends each row but the last: the rows stay lines of their own)
  return rows.map((r, k) => `${k === 0 ? '- ' : '  '}${r}${k < rows.length - 1 ? '  ' : ''}`);
}

/**
 * The lines to write for the sections, from the key's line on; undefined when a title or a text is not found.
 * An item's rows go on the first lines of its span, one after another, so that they read as one paragraph
 * (the YAML keys between them would leave blank lines).
 */
function placeSections(sections: readonly TitledSection[], lines: readonly string[], from: number, close: number): Map<number, string> | undefined {
  const out = new Map<number, string>();
  let cursor = from;
  for (const s of sections) {
    const at = lineOf(s.title, lines, cursor, close);
    if (at < 0) return undefined;
    out.set(at, `## ${s.title}`);
    cursor = at + 1;
    for (const item of s.items) {
      if (!item.label && item.texts.length === 0) continue;
      const found = itemLines(item, lines, cursor, close);
      if (!found) return undefined;
      const first = Math.min(...found);
      itemRows(item, found).forEach((row, k) => out.set(first + k, row));
      cursor = Math.max(...found) + 1;
    }
  }
  return out;
}

/**
 * A top-level front-matter list of two or more titled sections, each with a list of items (`{label, text}`
 * objects or strings), is written into the body's (blank) front-matter lines: each title as a heading on its
 * own line, each item as a list item on its label's line ("2017: M.A. in Sociology, University of Bonn"), its
 * further texts as continuation lines right under it (within the item's own lines). A list whose lines
 * cannot all be found in the block is left to the key readers. YAML only.
 * @param data - the parsed front matter
 * @param lines - the file's lines; `open` and `close` are the 0-based lines of the block's delimiters
 * @param body - the body's lines (front-matter lines blank), written in place
 * @param taken - top-level keys already written into the body
 * @returns the top-level keys written into the body (the key readers skip them)
 */
export function unfoldFrontMatterSections(data: Record<string, unknown>, lines: readonly string[], open: number, close: number, body: string[], taken: readonly string[]): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (taken.includes(key)) continue;
    const sections = titledSections(value);
    const keyLine = sections ? lines.findIndex((l, i) => i > open && i < close && l.startsWith(`${key}:`)) : -1;
    if (!sections || keyLine < 0) continue;
    const written = placeSections(sections, lines, keyLine + 1, close);
    if (!written) continue;
    for (const [i, text] of written) body[i] = text;
    out.push(key);
  }
  return out;
}
