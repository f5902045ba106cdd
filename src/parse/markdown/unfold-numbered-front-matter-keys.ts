// Writes front-matter entries kept as flat numbered keys (experience_8_date, experience_8_detail, …) into the body as lines, each value on its own line, so the passes read them like any section.
import { normalFrontMatterKey } from './normal-front-matter-key.js';
import type { FrontMatterSectionKey } from './read-front-matter-entries.js';
import { DATED_FRONT_MATTER_SECTIONS, FRONT_MATTER_SECTION_KEYS } from './unwrap-front-matter-list.js';

/** `<section>_<number>_<field>`: "experience_8_detail", "education-2-date". */
const NUMBERED = /^([A-Za-z]+(?:[_-][A-Za-z]+)*?)[_-](\d{1,3})[_-]([A-Za-z][A-Za-z0-9_-]*)$/;
/** How far above its first entry a section's heading may be written (blank or comment lines of the block). */
const HEADING_REACH = 4;

/** The dated section a key prefix names ("experience" → work), if any. */
function sectionOf(prefix: string): FrontMatterSectionKey | undefined {
  const n = normalFrontMatterKey(prefix);
  return DATED_FRONT_MATTER_SECTIONS.find((kind) => FRONT_MATTER_SECTION_KEYS[kind].includes(n));
}

/** The numbered keys of each section prefix, in the file's order (each value goes on its own key's line). */
function groupNumbered(data: Record<string, unknown>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, value] of Object.entries(data)) {
    const m = NUMBERED.exec(key);
    if (!m || (typeof value !== 'string' && typeof value !== 'number') || !sectionOf(m[1]!)) continue;
    const keys = out.get(m[1]!);
    if (keys) keys.push(key);
    else out.set(m[1]!, [key]);
  }
  return out;
}

/**
 * A front matter holding a section as flat numbered keys (a Jekyll theme's `experience_8_date: Abril 2019 –
 * Actualment` and `experience_8_detail: <h3>Enginyer de Software</h3><h4>Polaroo</h4><p>…</p>`, two keys or
 * more): each value is written into the body on its key's own (blank) line, as written (HTML stays HTML), and
 * a heading naming the section on a blank or comment line just above the first; every line keeps its number.
 * A section whose key lines cannot all be found, or with no free line for its heading, is left as it was.
 * @param data - the parsed front matter
 * @param lines - the file's lines; `open` and `close` are the 0-based lines of the block's delimiters
 * @param body - the body's lines (front-matter lines blank), written in place
 * @returns the keys written into the body (the key readers skip them)
 */
export function unfoldNumberedFrontMatterKeys(data: Record<string, unknown>, lines: readonly string[], open: number, close: number, body: string[]): string[] {
  const out: string[] = [];
  const groups = groupNumbered(data);
  if (groups.size === 0) return out;
  const keyLines = topKeyLines(lines, open, close);
  for (const [prefix, keys] of groups) {
    if (keys.length < 2) continue;
    const at = keys.map((k) => keyLines.get(k) ?? -1);
    if (at.some((i) => i < 0)) continue;
    const first = at.reduce((a, b) => Math.min(a, b), close);
    let heading = -1;
    for (let h = first - 1; h > open && h >= first - HEADING_REACH && heading < 0; h--) if (body[h] === '' && (lines[h]!.trim() === '' || lines[h]!.trim().startsWith('#'))) heading = h;
    if (heading < 0) continue;
    body[heading] = `## ${prefix}`;
    keys.forEach((k, j) => {
      body[at[j]!] = String(data[k]).replace(/\s+/g, ' ').trim();
    });
    out.push(...keys);
  }
  return out;
}

/** The 0-based line of each top-level `key:` between the block's delimiters (the first, for a key written twice). */
function topKeyLines(lines: readonly string[], open: number, close: number): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = open + 1; i < close; i++) {
    const m = /^([A-Za-z][A-Za-z0-9_-]*):/.exec(lines[i]!);
    if (m && !out.has(m[1]!)) out.set(m[1]!, i);
  }
  return out;
}
