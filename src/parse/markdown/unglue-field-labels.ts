// Puts the colon back between a field label and the value glued to it ("Dates EmployedMar 2015 – Present", "LocationRaanana, Israel"), as text copied from a profile page reads.
import { LEXICON_INDEX } from './lexicon-index.js';

/** Block markup before a line's text: indentation, heading marks, list markers, quote marks. */
const LEAD = /^(\s*(?:#{1,6}\s+|[-*+]\s+|>\s*)*)/;
/** A heading's marks at the start of a line. */
const HEADING = /^\s*#{1,6}\s+/;
/** Field labels of at least six letters, longest first (a shorter label glued to a capital is too often a word). */
const LABELS: readonly string[] = [...LEXICON_INDEX.fields.keys()].filter((k) => k.length >= 6 && /^[\p{Ll} ]+$/u.test(k)).sort((a, b) => b.length - a.length);
/** {@link LABELS} by their first letter. */
const BY_FIRST: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const k of LABELS) {
    const list = m.get(k[0]!) ?? [];
    list.push(k);
    m.set(k[0]!, list);
  }
  return m;
})();

/** The first six letters of each of {@link LABELS}: a text that opens otherwise opens with none of them. */
const OPENINGS: ReadonlySet<string> = new Set(LABELS.map((k) => k.slice(0, 6)));

/** The label a text opens with, glued to a capital or a digit, or undefined. */
function gluedLabel(text: string): string | undefined {
  // (an ASCII opening lower-cases alone: most lines open with no label, and need not be lower-cased whole)
  if (asciiOpening(text) && !OPENINGS.has(text.slice(0, 6).toLowerCase())) return undefined;
  const lower = text.toLowerCase();
  if (!OPENINGS.has(lower.slice(0, 6))) return undefined;
  for (const k of BY_FIRST.get(lower[0] ?? '') ?? []) {
    if (!lower.startsWith(k)) continue;
    const next = text[k.length];
    if (next !== undefined && /[\p{Lu}\d]/u.test(next) && /\p{Ll}/u.test(text[k.length - 1]!)) return text.slice(0, k.length);
  }
  return undefined;
}

/** Whether the first six characters of `text` are ASCII (it has six or more): lower-cased alone, they are the first six of the whole text lower-cased. */
function asciiOpening(text: string): boolean {
  if (text.length < 6) return false;
  for (let i = 0; i < 6; i++) if (text.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** Field labels of two words or more, for a label on a line of its own ("Company Name"). */
const PHRASES: ReadonlySet<string> = new Set(LABELS.filter((k) => k.includes(' ')));
/** The length of the longest of {@link PHRASES} (lower-casing never shortens a text: a longer text is none of them). */
const PHRASE_MAX = Math.max(0, ...[...PHRASES].map((k) => k.length));

/**
 * "Company Name" / (blank) / "Unitask LTD.": a label of two words or more alone on its line, then, after at most one
 * blank line, a short value at the same indentation, is "Company Name: Unitask LTD." on the label's line (the value's
 * line left blank, so every line keeps its number). Returns whether it joined them.
 */
function joinLabelAlone(lines: string[], fence: Uint8Array, i: number, lead: string): boolean {
  // (each of PHRASES has a space, and lower-casing makes none: a line without one after its lead is none of them)
  if (lines[i]!.indexOf(' ', lead.length) < 0) return false;
  const text = lines[i]!.slice(lead.length).trim();
  if (text.length > PHRASE_MAX) return false;
  // (a heading, or a line that names a section too — "Radno mjesto" —, stays as written)
  if (!PHRASES.has(text.toLowerCase()) || HEADING.test(lead) || LEXICON_INDEX.sections.has(text.toLowerCase())) return false;
  const at = lines[i + 1]?.trim() === '' ? i + 2 : i + 1;
  const value = lines[at];
  if (value === undefined || fence[at] || value.trim() === '' || value.length > 100 || LEAD.exec(value)![0] !== lead) return false;
  if (PHRASES.has(value.trim().toLowerCase()) || /[:：]/.test(value)) return false;
  lines[i] = `${lead}${text}: ${value.trim()}`;
  lines[at] = '';
  return true;
}

/**
 * Rewrites, in place, each line (outside fenced code) that opens with a field label of a lexicon glued to its value,
 * a capital or a digit right after the label's last small letter ("#### Dates EmployedMar 2015 – Present",
 * "LocationRaanana, Israel", "Employment Duration6 yrs 9 mos"), as "Label: value". A heading so rewritten was a
 * label and its value, not a heading: it becomes a line of text. A label of two words or more alone on its line joins
 * the short value under it ({@link joinLabelAlone}).
 * @param lines - the body's lines (changed in place)
 * @param fence - {@link findCodeFences} of the lines
 */
export function unglueFieldLabels(lines: string[], fence: Uint8Array): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (fence[i] || line.length > 200) continue;
    const lead = LEAD.exec(line)![0];
    if (joinLabelAlone(lines, fence, i, lead)) continue;
    const label = gluedLabel(line.slice(lead.length));
    if (!label) continue;
    const value = line.slice(lead.length + label.length);
    lines[i] = `${HEADING.test(lead) ? lead.replace(/#{1,6}\s+/, '') : lead}${label}: ${value}`;
  }
}
