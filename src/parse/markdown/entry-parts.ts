// Turns what an entry's head and body say into model values: ISO dates, summary and highlights, unassigned head text.
import { bodyMarkdown } from './body-markdown.js';
import type { DateSpan, Line } from './parse-types.js';
import type { ReadEntry } from './read-entry-heads.js';

/** The date as the CV wrote it (kept so the PDF can show it as written, e.g. in another calendar). */
export function dateText(e: ReadEntry): string | undefined {
  const d = e.date;
  if (!d) return undefined;
  if (d.written) return d.written;
  // (with the periods written after it: "May 2019 - August 2019, May 2018 - August 2018")
  const last = d.later?.[d.later.length - 1] ?? d.span;
  const t = d.line.plain.slice(d.span.index, last.index + last.length).trim();
  return unwrapBrackets(t).trim() || undefined;
}

/** Brackets around the whole text ("(2019 – 2021)") or left open at an end go; a duration's own ("… (3 years)") stay. */
function unwrapBrackets(t: string): string {
  const opens = (t.match(/[(（[]/g) ?? []).length;
  const closes = (t.match(/[)）\]]/g) ?? []).length;
  const first = /^[(（[]/.test(t);
  const last = /[)）\]]$/.test(t);
  if (first && last && opens === closes && closingOf(t) === t.length - 1) return t.slice(1, -1);
  if (first && opens > closes) return t.slice(1);
  if (last && closes > opens) return t.slice(0, -1);
  return t;
}

/** Index of the bracket that closes the one at index 0. */
function closingOf(t: string): number {
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    if ('(（['.includes(t[i]!)) depth++;
    else if (')）]'.includes(t[i]!) && --depth === 0) return i;
  }
  return -1;
}

/** ISO start and end of a date span (a single date is the end, or for a job a single month its start; an ongoing range has no end). */
export function isoDates(span: DateSpan | undefined, precision: 'month' | 'day' = 'month', singleMonthStarts = false): { startDate?: string; endDate?: string } {
  if (!span) return {};
  const cut = (d: string): string => (precision === 'month' ? d.slice(0, 7) : d);
  // a job dated by one month ("Mar 2020 — Developer with Appsmith") started then; one year is the year it was held
  if (span.single && !span.ongoing && singleMonthStarts && span.start && span.start.length >= 7) return { startDate: cut(span.start) };
  if (span.single && !span.ongoing) return span.start ? { endDate: cut(span.start) } : {};
  const out: { startDate?: string; endDate?: string } = {};
  if (span.start) out.startDate = cut(span.start);
  if (span.end && !span.ongoing) out.endDate = cut(span.end);
  return out;
}

/** The body as highlights (a list alone) or as a Markdown summary. */
export function bodyParts(lines: readonly Line[]): { summary?: string; highlights?: string[] } {
  const content = lines.filter((l) => l.kind !== 'rule' && l.plain);
  if (content.length === 0) return {};
  // (the sub-items of an item entry, "- Role at Company" over "  - Built …", are its list as top-level items are)
  const depth = content.reduce((d, l) => (l.kind === 'item' ? Math.min(d, l.depth) : d), Infinity);
  const isItem = (l: Line): boolean => l.kind === 'item' && l.depth === depth;
  if (content.every(isItem)) return { highlights: content.map((l) => l.md) };
  // a paragraph, then a list that is the rest of the body: summary and highlights
  const first = content.findIndex(isItem);
  if (first > 0 && content.slice(0, first).every((l) => l.kind === 'text') && content.slice(first).every(isItem) && !/[:：]$/.test(content[first - 1]!.plain)) {
    return { summary: bodyMarkdown(content.slice(0, first)), highlights: content.slice(first).map((l) => l.md) };
  }
  return { summary: bodyMarkdown(content) };
}

/** Head text no field took (notes, descriptions, the organisation's tagline), in order. */
export function headExtras(e: ReadEntry): string[] {
  // a name the head says twice ("### iCapps" / "Web consultant bij iCapps") is kept once, in its field
  const fields = [e.fields.first?.text, e.fields.second?.text].filter((t): t is string => t !== undefined);
  const out: string[] = [];
  let group: number | undefined;
  for (const s of e.fields.rest) {
    if (fields.some((f) => f === s.text || f.startsWith(`${s.text} `))) continue;
    // (parts of one comma list side by side stay one text, as written: "Wiki-ylläpito, ohjelmistokehitys")
    if (s.commaGroup !== undefined && s.commaGroup === group) out[out.length - 1] += `, ${s.text}`;
    else out.push(withLabel(s));
    group = s.commaGroup;
  }
  return out;
}

/** A labelled part that names no field keeps its label as written ("Área: Tecnología y Arquitectura de Redes"), when its line opens with it. */
function withLabel(s: ReadEntry['fields']['rest'][number]): string {
  if (!s.label) return s.text;
  const m = /^([^:：]{1,30})[:：]\s*/u.exec(s.line.plain);
  return m && s.line.plain.slice(m[0].length).startsWith(s.text) ? `${m[1]!.trim()}: ${s.text}` : s.text;
}

/** A text wholly inside one pair of round brackets, without them ("(Porto, Portugal)" → "Porto, Portugal"). */
function unbracket(t: string): string {
  return /^[(（][^()（）]+[)）]$/u.test(t) ? t.slice(1, -1).trim() : t;
}

/** The text of the places of an entry: place segments and places cut off other segments. */
export function placeText(e: ReadEntry): string | undefined {
  const parts = e.fields.places.map((s) => s.text);
  for (const c of e.fields.cutPlaces) {
    // "Balsas, Maranhao, Brasil": a town whose region and country were cut off it is one place again
    const at = e.fields.places.findIndex((p) => p.line === c.from.line && c.from.text.startsWith(p.text) && c.from.text.endsWith(c.text));
    // (with the comma it was written with: "上海，中国")
    if (at >= 0 && parts[at] === e.fields.places[at]!.text) parts[at] = c.from.text.length <= parts[at]!.length + c.text.length + 2 ? c.from.text : `${parts[at]}, ${c.text}`;
    else parts.push(c.text);
  }
  const joined = joinAdjacentPlaces(e.fields.places, parts);
  // ("(Porto, Portugal)": a place written in brackets is shown without them)
  return joined.length ? [...new Set(joined.map(unbracket))].join('; ') : undefined;
}

/** "Medellin - Colombia": place parts side by side on one line, only a separator between them, are one place as written. */
function joinAdjacentPlaces(places: ReadEntry['fields']['places'], parts: readonly string[]): string[] {
  const out: string[] = [];
  let last: { line: Line; start: number; end: number } | undefined;
  parts.forEach((text, i) => {
    const seg = places[i];
    const start = seg && text === seg.text ? seg.line.plain.indexOf(text, last?.line === seg.line ? last.end : 0) : -1;
    if (seg && last && last.line === seg.line && start >= last.end && /^[\s,;|/·•\-–—]+$/u.test(seg.line.plain.slice(last.end, start))) {
      last.end = start + text.length;
      out[out.length - 1] = seg.line.plain.slice(last.start, last.end);
      return;
    }
    out.push(text);
    last = seg && start >= 0 ? { line: seg.line, start, end: start + text.length } : undefined;
  });
  return out;
}
