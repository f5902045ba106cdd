// Builds a Project from an entry of a work section that calls itself a personal project ("Github client - **(Prywatny projekt)**").
import type { Project } from '../../model/types.js';
import { bodyParts, dateText, isoDates } from './entry-parts.js';
import { noteField } from './note-field.js';
import type { ParseState } from './parse-types.js';
import type { ReadEntry } from './read-entry-heads.js';
import type { Segment } from './split-head.js';
import { trimChars } from './trim-chars.js';

/**
 * The project an entry names: what the mark's line says beside it as the name (else the head's first other
 * segment, else the mark itself: "Personal Projects"), the mark as its type, its dates, the head's first web
 * link, and its text (with the head's further segments).
 * @param mark - the head segment that names a personal project (a projects heading of the lexicons)
 * @param at - the JSON pointer of the new project, for the explain notes
 */
export function toSideProject(state: ParseState, e: ReadEntry, mark: Segment, at: string): Project {
  const type = trimChars(mark.text, '()（）[] ');
  const others = e.segments.filter((s) => s !== mark && !s.label);
  // the name is what the mark's line says beside it; the head's further lines go to the text
  const named = others.filter((s) => s.line === mark.line);
  const name = named.length ? named : others.slice(0, 1);
  const p: Project = { name: name.length ? name.map((s) => s.text).join(' · ') : type };
  if (name.length) p.type = type;
  Object.assign(p, isoDates(e.date?.span));
  const written = dateText(e);
  if (written) p.dateText = written;
  const url = e.block.head.flatMap((l) => l.links).find((l) => /^https?:/i.test(l.href))?.href;
  if (url) p.url = url;
  const body = bodyParts(e.block.body);
  const more = others.filter((s) => !name.includes(s)).map((s) => s.text).join(' · ');
  const description = [more, body.summary ?? ''].filter(Boolean).join('\n\n');
  if (description) p.description = description;
  if (body.highlights) p.highlights = body.highlights;
  const first = e.block.head[0];
  const last = e.block.body[e.block.body.length - 1] ?? e.block.head[e.block.head.length - 1];
  if (first && last) noteField(state, at, { line: first.line, endLine: last.endLine }, [`"${type}" names a personal project`]);
  return p;
}
