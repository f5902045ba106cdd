// Reader for skills sections: "Group: a, b" lines and items, sub-headings over lists, tables of group and tools, plain lists.
import { boldDashLabel } from './bold-dash-label.js';
import { pushAll } from './push-all.js';
import type { Skill } from '../../model/types.js';
import { noteField } from './note-field.js';
import type { Line, ParseState, Section } from './parse-types.js';
import { splitKeywords } from './split-keywords.js';
import { trimChars } from './trim-chars.js';

/** "Group: items" → the group and its items, when the group is short. */
export function splitGroup(plain: string): { name: string; rest: string } | undefined {
  let colon = plain.indexOf(':');
  const wide = plain.indexOf('：');
  if (colon < 0 || (wide >= 0 && wide < colon)) colon = wide;
  if (colon <= 0 || colon > 60) return undefined;
  const name = trimChars(plain.slice(0, colon), ' *_');
  const rest = plain.slice(colon + 1).trim();
  if (!name || !rest || /^https?$/i.test(name) || name.split(/\s+/).length > 7) return undefined;
  return { name, rest };
}

/** "**Programming** — R, AWK": a bold label and a spaced dash before the items name their group, as a colon does. */
function boldDashGroup(l: Line): { name: string; rest: string } | undefined {
  const lab = boldDashLabel(l);
  return lab && lab.label.split(/\s+/).length <= 7 ? { name: trimChars(lab.label, ' *_:'), rest: l.plain.slice(lab.value).trim() } : undefined;
}

/** Collects groups while walking the section. */
interface Collect {
  state: ParseState;
  out: Skill[];
  title: string;
  group?: Skill;
  loose?: Skill;
}

function pushKeywords(c: Collect, kws: string[], line: Line): void {
  const target = c.group ?? (c.loose ??= (c.out.push({ name: c.title, keywords: [] }), c.out[c.out.length - 1]!));
  pushAll(target.keywords!, kws);
  void line;
}

/** Reads one text line or item. */
function take(c: Collect, l: Line): void {
  const g = splitGroup(l.plain) ?? boldDashGroup(l);
  if (g) {
    c.out.push({ name: g.name, keywords: splitKeywords(g.rest) });
    noteField(c.state, `/skills/${c.out.length - 1}`, l, ['"Group: items" line']);
    return;
  }
  // "IT Leadership & Management" over "97%": a level on the line after a skill is that skill's
  const last = (c.group ?? c.loose)?.keywords;
  if (/^\d{1,3} ?%$/.test(l.plain) && last?.length) {
    last[last.length - 1] += ` (${l.plain})`;
    return;
  }
  const parts = splitKeywords(l.plain);
  const oneItem = l.kind === 'item' && !(parts.length > 1 && /[,;，、]/.test(l.plain) && parts.every((x) => x.split(/\s+/).length <= 3));
  pushKeywords(c, oneItem ? [l.plain] : parts, l);
}

/** A cell that is only an image ("![](/img/skill_5.png)", a rating drawn as a picture): its alt text, else nothing. */
function imageText(cell: string): string {
  const m = /^!\[([^\]]*)\]\(([^)]*)\)$/.exec(cell.trim());
  return m ? m[1]! : cell;
}

/** A table cell's keywords: one name unless separators list several ("Web Development", "Python, Go"). */
function cellKeywords(cell: string): string[] {
  return /[,;·•|、，；]/.test(cell) ? splitKeywords(cell) : [cell];
}

/** Reads a table row: first cell the group, the others its items (a header row of labels is skipped). */
function takeRow(c: Collect, l: Line): void {
  if (l.header) return;
  const cells = (l.cells ?? []).map((x) => trimChars(imageText(x).replace(/[*_`]/g, ''), ' ')).filter(Boolean);
  if (cells.length >= 2) c.out.push({ name: trimChars(cells[0]!, ' :：'), keywords: cells.slice(1).flatMap(cellKeywords) });
  else if (cells[0]) pushKeywords(c, cellKeywords(cells[0]), l);
}

/** "* **Spoken languages** \\" over "Polish _(native)_, English _(fluent)_": an item whose text goes on, after a line break, on a line of its own. */
function opensItem(l: Line, next: Line | undefined): boolean {
  return l.kind === 'item' && next?.kind === 'text' && next.block === l.block + 1;
}

/** Reads a skills section into skill groups; ungrouped items form a group named after the section. */
export function readSkills(state: ParseState, section: Section): Skill[] {
  const c: Collect = { state, out: [], title: section.title };
  for (let i = 0; i < section.lines.length; i++) {
    const l = section.lines[i]!;
    if (l.kind === 'heading' || ((l.kind === 'text' || opensItem(l, section.lines[i + 1])) && (l.bold || /[:：]$/.test(l.plain)) && l.plain.length < 50 && !splitGroup(l.plain)?.rest)) {
      c.group = { name: trimChars(l.plain, ' :：'), keywords: [] };
      c.out.push(c.group);
      noteField(state, `/skills/${c.out.length - 1}`, l, ['sub-heading of a skills section']);
    } else if (l.kind === 'row') takeRow(c, l);
    else if (l.kind === 'item' && l.depth > 0 && c.out.length) c.out[c.out.length - 1]!.keywords!.push(l.plain);
    else if (l.kind !== 'rule' && l.plain) take(c, l);
  }
  return c.out.filter((s) => (s.keywords?.length ?? 0) > 0 || s.name);
}
