// Pass: a labelled line that lists spoken languages inside another section ("**Limbi străine:** Română (Nativ), …" under "Certificări & Limbi Străine", "Languages: English (C1), German (B2)" under Skills) becomes a languages section of its own.
import { classifyHeadingIn } from './classify-heading-in.js';
import type { Line, ParseState, Section } from './parse-types.js';
import { isLanguageName } from './read-languages.js';

/** A label is at most this many characters and words before its colon. */
const MAX_LABEL = 40;
const MAX_LABEL_WORDS = 4;

/** The label of a "Label: value" line (markup and list marks off), and where its value starts in `plain`. */
function labelOf(l: Line): { label: string; value: number } | undefined {
  const c = l.plain.search(/[:：]/);
  if (c <= 0 || c > MAX_LABEL || c === l.plain.length - 1) return undefined;
  const label = l.plain.slice(0, c).trim();
  if (!label || label.split(/\s+/).length > MAX_LABEL_WORDS) return undefined;
  return { label, value: c + 1 };
}

/** At least two parts, and most of them, start with a language's name ("Română (Nativ)", "English – C1"). */
function listsLanguages(value: string): boolean {
  const parts = value.split(/[,;、，]|\s[|·•]\s/).map((p) => p.trim()).filter(Boolean);
  const named = parts.filter((p) => isLanguageName(p.replace(/\s*[(（[–—-].*$/u, '').trim())).length;
  return parts.length >= 2 && named * 2 > parts.length;
}

/** The value part of a labelled line, as a line of its own (same number, label and its markup cut). */
function valueLine(l: Line, value: number): Line {
  const plain = l.plain.slice(value).trim();
  const colon = l.md.search(/[:：]/);
  const md = colon < 0 ? plain : l.md.slice(colon + 1).replace(/^\s*(?:\*\*|__)?\s*/, '');
  return { ...l, plain, md, bold: false, boldParts: [] };
}

/** Splits the language lines off one section; returns the languages sections made. */
function carve(state: ParseState, s: Section): Section[] {
  const made: Section[] = [];
  s.lines = s.lines.filter((l) => {
    if ((l.kind !== 'item' && l.kind !== 'text') || l.depth > 0) return true;
    const lab = labelOf(l);
    if (!lab || classifyHeadingIn(state, lab.label)?.kind !== 'languages' || !listsLanguages(l.plain.slice(lab.value))) return true;
    made.push({ type: 'languages', title: lab.label, lines: [valueLine(l, lab.value)], why: [`the line "${lab.label}:" in the ${s.title || s.type} section lists spoken languages`] });
    return false;
  });
  return made;
}

/**
 * Pass: carves labelled language lines out of other sections into languages sections placed right after
 * them, when the CV has no languages section of its own.
 */
export function carveLabelledLanguages(state: ParseState): void {
  if (state.sections.some((s) => s.type === 'languages')) return;
  const out: Section[] = [];
  for (const s of state.sections) {
    out.push(s);
    if (s.type !== 'header' && s.type !== 'generic') out.push(...carve(state, s));
  }
  state.sections = out;
}
