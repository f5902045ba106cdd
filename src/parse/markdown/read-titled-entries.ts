// Reader for sections of titled entries (projects, awards, certificates, publications, references): a title, a second name, a date, and text.
import type { Award, Certificate, Project, Publication, Reference } from '../../model/types.js';
import { bodyParts, dateText, headExtras, isoDates } from './entry-parts.js';
import { noteField } from './note-field.js';
import type { Line, ParseState, Section } from './parse-types.js';
import { readEntryHeads, type ReadEntry } from './read-entry-heads.js';
import type { Segment } from './split-head.js';

/** The kinds of sections this reader makes. */
export type TitledKind = 'projects' | 'awards' | 'certificates' | 'publications' | 'references';

/** Labels whose segments the entry keeps as its dates, not as words. */
const DATE_LABELS: ReadonlySet<string> = new Set(['period', 'start', 'end']);

/**
 * The entry's segments in reading order: its title first, then what names the issuer, publisher or place. Only
 * dates labelled as such are left out (a column "Zertifikat" labels the certificate's name as a degree: kept).
 */
function ordered(e: ReadEntry): Segment[] {
  const segs = e.segments.filter((s) => !s.label || !DATE_LABELS.has(s.label));
  const first = segs[0];
  // "Eagle Scout, Boy Scouts of America": a lone first line names the title, then who gave it
  if (first && first.lineIdx === 0 && segs.filter((s) => s.lineIdx === 0).length === 1 && first.text.includes(', ')) {
    const k = first.text.indexOf(', ');
    return [{ ...first, text: first.text.slice(0, k) }, { ...first, text: first.text.slice(k + 2), sep: ',' }, ...segs.slice(1)];
  }
  return segs;
}

/** Text after the title: further segments and the body, as one Markdown text. */
function moreText(e: ReadEntry, used: number): string | undefined {
  const extra = ordered(e).slice(used).map((s) => s.text);
  const parts = bodyParts(e.block.body);
  const body = [parts.summary ?? '', (parts.highlights ?? []).map((h) => `- ${h}`).join('\n')].filter(Boolean).join('\n\n');
  const text = [extra.join(' · '), body].filter(Boolean).join('\n\n');
  return text || undefined;
}

/** The single date of an entry (awards, certificates, publications): the end of a range, else the date. */
function oneDate(e: ReadEntry): string | undefined {
  const d = isoDates(e.date?.span, 'day');
  return d.endDate ?? d.startDate;
}

function toTitled(e: ReadEntry, kind: TitledKind): Project | Award | Certificate | Publication | Reference {
  const written = dateText(e);
  const t = toTitledFields(e, kind);
  if (written) (t as Record<string, unknown>).dateText = written;
  return t;
}

function toTitledFields(e: ReadEntry, kind: TitledKind): Project | Award | Certificate | Publication | Reference {
  const segs = ordered(e);
  const title = segs[0]?.text;
  const second = segs[1]?.text;
  // (or a web address written out: "… 126–141. https://doi.org/10.1145/3703465")
  const url = e.block.head.flatMap((l) => l.links).find((l) => /^https?:/i.test(l.href))?.href ?? e.block.head.map((l) => /https?:\/\/[^\s<>()]+/i.exec(l.plain)?.[0]).find((u) => u !== undefined)?.replace(/[.,;]$/, '');
  switch (kind) {
    case 'projects': {
      const p: Project = { ...(title ? { name: title } : {}), ...isoDates(e.date?.span) };
      const more = moreText(e, 1);
      if (more) p.description = more;
      if (url) p.url = url;
      return p;
    }
    case 'awards': {
      const a: Award = {};
      if (title) a.title = title;
      if (second) a.awarder = second;
      const date = oneDate(e);
      if (date) a.date = date;
      const more = moreText(e, 2);
      if (more) a.summary = more;
      return a;
    }
    case 'certificates':
    case 'publications':
      return issued(e, kind, title, second, url);
    case 'references': {
      const r: Reference = {};
      if (title) r.name = title;
      const more = moreText(e, 1);
      if (more) r.reference = more;
      return r;
    }
  }
}

/** A certificate (name, issuer, date, url, summary) or a publication (name, publisher, release date, url, summary), built in that order with what it has (each part read once). */
function issued(e: ReadEntry, kind: 'certificates' | 'publications', title: string | undefined, second: string | undefined, url: string | undefined): Certificate | Publication {
  const out: Record<string, string> = {};
  if (title) out.name = title;
  if (second) out[kind === 'certificates' ? 'issuer' : 'publisher'] = second;
  const date = oneDate(e);
  if (date) out[kind === 'certificates' ? 'date' : 'releaseDate'] = date;
  if (url) out.url = url;
  const more = moreText(e, 2);
  if (more) out.summary = more;
  return out as Certificate | Publication;
}

/** Reads a section of titled entries into the model's entries of that kind. */
export function readTitledEntries(state: ParseState, section: Section, kind: TitledKind): { entries: Array<Project | Award | Certificate | Publication | Reference>; intro: Line[] } {
  const read = readEntryHeads(state, section, 'work', undefined, false, false);
  const base = (state.resume[kind] as unknown[] | undefined)?.length ?? 0;
  const entries = read.entries.map((e, k) => {
    const first = e.block.head[0];
    const last = e.block.body[e.block.body.length - 1] ?? e.block.head[e.block.head.length - 1];
    if (first && last) noteField(state, `/${kind}/${base + k}`, { line: first.line, endLine: last.endLine }, [`entry of a ${kind} section`]);
    void headExtras;
    return toTitled(e, kind);
  });
  return { entries, intro: read.intro };
}
