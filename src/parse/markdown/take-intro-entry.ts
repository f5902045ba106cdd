// Makes a section's text before its first entry an entry of its own when it has an entry's shape: a name, then a date line; one paragraph that closes with its date; or one that opens with it, as every entry does.
import { closesWithDate } from './closes-with-date.js';
import { lineDates } from './line-dates.js';
import { lowerShare } from './lower-share.js';
import { dateOnly } from './date-only.js';
import { nameLine } from './name-line.js';
import type { Line, ParseState } from './parse-types.js';
import type { Segmented } from './segment-entries.js';

/**
 * "# Education" / "San Diego State University" / "1994 - 1998" / items, then "## University of Southern Maine" /
 * "1996 - 1996" / items: where every entry is a heading with a date line right under it, and the section's
 * text opens with a name line and a date line of its own (a role's line between them or not), that text is the first
 * entry (the writer forgot its heading marks), not the section's intro.
 */
export function takeIntroEntry(state: ParseState, out: Segmented): void {
  if (takeDatedParagraph(state, out) || takeDateLedParagraph(state, out)) return;
  // (a role's line may come between: "Cape Cod Community College" / "Assistant Professor of Mathematics, …" / "Spring 2026 to Present")
  const [name, role] = out.intro;
  const date = out.intro.length === 3 && role?.kind === 'text' && role.plain.length <= 120 && lineDates(state, role).length === 0 ? out.intro[2] : role;
  if (out.entries.length < 2 || out.intro.length < 2 || !nameLine(state, name) || !dateOnly(state, date!) || date!.block === name!.block) return;
  const shaped = out.entries.every((e) => e.head[0]?.kind === 'heading' && e.group.length === 0 && e.head.some((h) => h !== e.head[0] && dateOnly(state, h)));
  if (!shaped) return;
  const lines = out.intro.splice(0, out.intro.length);
  const headEnd = lines.indexOf(date!) + 1;
  out.entries.unshift({ group: [], head: lines.slice(0, headEnd), body: lines.slice(headEnd) });
}

/**
 * "### EDUCACIÓN" / "LICENCIATURA EN CIENCIA POLÍTICA. … Universidad de Guanajuato. *2015 - 2020*." / "##### CURSOS EXTRA" /
 * dated items: a one-line paragraph that opens the section's text and closes with its date, with nothing but
 * headings after it before the first entry, is the first entry (a sentence before the entries names no date last).
 */
function takeDatedParagraph(state: ParseState, out: Segmented): boolean {
  const [first, ...rest] = out.intro;
  const next = out.entries[0]?.head[0];
  if (!first || !next || first.kind !== 'text' || first.depth > 0 || first.line > next.line || !closesWithDate(state, first)) return false;
  if (out.intro.some((l) => l !== first && l.block === first.block) || !rest.every((l) => l.kind === 'heading' && l.line < next.line)) return false;
  // (a sentence closing with a year, its words mostly in small letters, is the section's text: "Работаю веб-программистом с 2003-го года по настоящее время (2010)")
  if (lowerShare(first.plain) > 0.5 && first.plain.split(/\s+/).length >= 5) return false;
  out.intro.splice(0, 1);
  out.entries.unshift({ group: [], head: [first], body: [] });
  return true;
}

/** Whether a line opens with a date (at most a mark before it) and names something after it. */
function opensWithDate(state: ParseState, l: Line): boolean {
  const d = lineDates(state, l)[0];
  return d !== undefined && d.index <= 2 && !dateOnly(state, l);
}

/**
 * "## Koulutus ja kurssit" / "*1999-2005 Kymenlaakson Ammattikorkeakoulu, Elektroniikan insinööri." / "Elektroniikan
 * koulutusohjelma, …*" / "- 2020 Robocon, Helsinki" / "- 1998 Ylioppilas, Hyrylän lukio": where the section's text
 * before its entries is one paragraph whose first line opens with a date, as the heads of two entries or more (two
 * thirds of them) do, that paragraph is the first entry (its first line the head), not the section's intro.
 */
function takeDateLedParagraph(state: ParseState, out: Segmented): boolean {
  const first = out.intro[0];
  const next = out.entries[0]?.head[0];
  if (!first || !next || out.entries.length < 2 || first.kind !== 'text' || first.depth > 0 || first.line > next.line || first.plain.length > 100) return false;
  if (!out.intro.every((l) => l.block === first.block && l.kind === 'text') || !opensWithDate(state, first)) return false;
  const led = out.entries.filter((e) => e.head[0] !== undefined && e.head[0].kind !== 'heading' && opensWithDate(state, e.head[0])).length;
  if (led < 2 || led * 3 < out.entries.length * 2) return false;
  const lines = out.intro.splice(0, out.intro.length);
  out.entries.unshift({ group: [], head: [lines[0]!], body: lines.slice(1) });
  return true;
}
