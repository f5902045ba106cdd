// Reads an entry of a work section that is a certification ("Professional Scrum Master I", "Mars 2018", "Obtention de la certification.") as a Certificate.
import type { Certificate } from '../../model/types.js';
import { countWords } from './count-words.js';
import { bodyParts, isoDates } from './entry-parts.js';
import { foldWord } from './fold-word.js';
import { LEXICON_INDEX } from './lexicon-index.js';
import { noteField } from './note-field.js';
import type { ParseState } from './parse-types.js';
import type { ReadEntry } from './read-entry-heads.js';

/**
 * The certificate a work entry names, or undefined when it is a job: an entry that names no organisation, has
 * one date at most, and whose head or short first line of text names a certificate (a stem of a certificates
 * heading: "certif", "zertif", "сертиф", "資格"). Its head is the name; its text is kept as the summary.
 * @param at - the JSON pointer the certificate will have, for the explain notes
 */
export function readCertification(state: ParseState, e: ReadEntry, at: string): Certificate | undefined {
  if (e.fields.second || (e.date && !e.date.span.single) || e.segments.length !== 1) return undefined;
  const first = e.block.body[0];
  const lead = first && countWords(first.plain) <= 8 ? first.plain : '';
  const text = foldWord(`${e.segments[0]!.text} ${lead}`);
  if (!LEXICON_INDEX.certificateStems.some((st) => text.includes(st))) return undefined;
  const c: Certificate = { name: e.segments[0]!.text };
  const date = isoDates(e.date?.span);
  if (date.endDate ?? date.startDate) c.date = (date.endDate ?? date.startDate)!;
  const body = bodyParts(e.block.body);
  const summary = [body.summary, ...(body.highlights ?? [])].filter(Boolean).join('\n');
  if (summary) c.summary = summary;
  const top = e.block.head[0];
  const last = e.block.body[e.block.body.length - 1] ?? e.block.head[e.block.head.length - 1];
  if (top && last) noteField(state, at, { line: top.line, endLine: last.endLine }, ['no organisation, one date, and a certificate word in its head or first line']);
  return c;
}
