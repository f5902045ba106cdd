// An undated heading that names an entry read before it (an overview table of jobs, then "### <the organisation>" telling one of them) is that entry's detail, not another entry.
import { decodeUriSafely } from './decode-uri-safely.js';
import type { ReadEntry } from './read-entry-heads.js';
import type { Line } from './parse-types.js';

/** A name folded for comparison: NFKC, lower case, hyphens and white space as one space. */
function fold(t: string): string {
  return t.normalize('NFKC').toLowerCase().replace(/[\s\-_]+/g, ' ').trim();
}

/** The folded names an entry's head gives: its segments, and the headings its links point to ("[VISIT e.V.](#VISIT-e.V.)"). */
function namesOf(e: ReadEntry): Set<string> {
  const names = new Set(e.segments.map((s) => fold(s.text)).filter((t) => t.length > 1));
  for (const l of e.block.head) {
    for (const link of l.links) if (link.href.startsWith('#') && link.href.length > 2) names.add(fold(decodeUriSafely(link.href.slice(1))));
  }
  return names;
}

/** The heading that opens an undated entry's head, or undefined. */
function openingHeading(e: ReadEntry): Line | undefined {
  const h = e.block.head[0];
  return !e.date && h?.kind === 'heading' && e.block.group.length === 0 ? h : undefined;
}

/**
 * Folds each undated entry whose head opens with a heading naming an earlier dated entry of the list (one of its
 * head's parts, or the heading one of its links points to) into that entry, with the undated entries under
 * deeper headings that follow it: "| 03/2020 – 07/2022 | IT Sonix Custom Development | Java Entwickler |"
 * then "### IT Sonix Custom Development" and its text is one job. Other entries are returned as they are.
 * @param entries - a section's entries in document order
 */
export function foldDetailEntries(entries: readonly ReadEntry[]): ReadEntry[] {
  const out: ReadEntry[] = [];
  const named = new Map<string, ReadEntry>();
  // (the dated entries whose names are not folded yet: they are folded only when a heading is looked up, most lists have none)
  let pending: ReadEntry[] = [];
  let into: { e: ReadEntry; level: number } | undefined;
  for (const e of entries) {
    const h = openingHeading(e);
    if (into && h && h.level > into.level) {
      into.e.block.body.push(...e.block.head, ...e.block.body);
      continue;
    }
    if (h && pending.length) {
      for (const p of pending) for (const n of namesOf(p)) if (!named.has(n)) named.set(n, p);
      pending = [];
    }
    const target = h ? named.get(fold(h.plain)) : undefined;
    into = target && h ? { e: target, level: h.level } : undefined;
    if (target) {
      target.block.body.push(...e.block.head, ...e.block.body);
      continue;
    }
    out.push(e);
    if (e.date) pending.push(e);
  }
  return out;
}
