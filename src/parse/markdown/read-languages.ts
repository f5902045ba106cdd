// Reader for languages sections: "Language – level", "Language (level)", tables, definition lists, several languages on one line.
import type { Language } from '../../model/types.js';
import { isFluency, isLanguageName } from './language-words.js';
import { readLevelFirst } from './read-level-first.js';
import { noteField } from './note-field.js';
import type { Line, ParseState, Section } from './parse-types.js';
import { trimChars } from './trim-chars.js';
import { splitAround } from './split-around.js';

export { isFluency, isLanguageName };

const TRIM = ' \t-–—·•*_:：,，;；.。\u200f\u200e';
const FLAGS = /[\u{1F1E6}-\u{1F1FF}\p{Extended_Pictographic}\ufe0f]/gu;

/** A short level that holds a fluency word or a CEFR code among its words ("niveau C1/C2", "sehr gut"). */
function levelWords(text: string): boolean {
  const words = text.split(/[\s/–-]+/).filter(Boolean);
  return words.length <= 4 && words.some(isFluency);
}

/** The names of language tests ("TOEIC 845", "JLPT N2", "IELTS 7.5"): a line opening with one tells a level of the language before it. */
const LANGUAGE_TEST = /^(?:TOEIC|TOEFL|IELTS|JLPT|HSK|TOPIK|DELF|DALF|DELE|SIELE|TestDaF|Goethe|OPIc|TEPS|G-TELP|PTE|CAE|FCE|CPE|BEC|CELPE|CILS|CELI|TORFL|Linguaskill|Duolingo)(?![\p{L}\p{N}])/iu;

/**
 * A line under a language that gives no language of its own: a test's name ("### TOEIC" / "- 845점 (2014.02.15)") or a
 * score or level opening with a number ("Level 6 (2017.09.12)").
 */
const testOrScore = (text: string): boolean => LANGUAGE_TEST.test(text) || /^\p{N}/u.test(text);

/** Whether a line names a language among its first words ("English – C1", "Deutsch (Muttersprache)"). */
const namesLanguage = (l: Line): boolean => readMany(l).some((f) => isLanguageName(f.language ?? ''));

const SEPARATORS = [' — ', ' – ', ' -- ', ' - ', ' : ', ': ', '：', ', ', '\t'];

/** A word opening the text with an en or em dash glued between it and the next word ("Dansk–Flydende"). */
const GLUED_DASH = /^(\p{L}+)[–—](?=\p{L})/u;

/** The first index of any of `marks` in `t`, or -1. */
function firstOf(t: string, marks: readonly string[]): number {
  let best = -1;
  for (const m of marks) {
    const i = t.indexOf(m);
    if (i >= 0 && (best < 0 || i < best)) best = i;
  }
  return best;
}

/** The earliest separator before `end`, if any. */
function firstSeparator(t: string, end: number): { at: number; sep: string } | undefined {
  let best: { at: number; sep: string } | undefined;
  for (const sep of SEPARATORS) {
    const i = t.indexOf(sep);
    if (i > 0 && i < end && (!best || i < best.at)) best = { at: i, sep };
  }
  return best;
}

/** "Lingua madre: Italiano", "Native: English": a level first and a language's name after it are put in their places. */
function inOrder(lang: Language): Language {
  const { language, fluency } = lang;
  return language && fluency && isFluency(language) && !isLanguageName(language) && isLanguageName(fluency) ? { ...lang, language: fluency, fluency: language } : lang;
}

/** Reads one "language and level" text. */
export function readLanguage(text: string, boldLead?: string): Language | undefined {
  const read = readPair(text, boldLead);
  return read ? inOrder(read) : undefined;
}

/** {@link readLanguage} as written: the language first. */
function readPair(text: string, boldLead?: string): Language | undefined {
  const t = trimChars(text.replace(FLAGS, ' ').replace(/\s+/g, ' '), TRIM);
  if (!t) return undefined;
  if (boldLead && t.startsWith(boldLead) && t.length > boldLead.length) {
    return { language: trimChars(boldLead, TRIM), fluency: trimChars(t.slice(boldLead.length), TRIM) };
  }
  // a separator before any bracket splits language from level ("Dansk: Avanceret (C2)", "Αγγλικά — Πολύ καλή (Lower)")
  const paren = firstOf(t, ['(', '（']);
  // ("日本語ビジネスレベル(日本語能力試験 N1)": a name the text opens with comes before the bracket)
  const unspaced = paren > 0 && !t.slice(0, paren).includes(' ') ? unspacedLead(t) : undefined;
  if (unspaced && unspaced.length < paren) return { language: unspaced, fluency: trimChars(t.slice(unspaced.length), TRIM) };
  // ("Dansk–Flydende, både mundtligt og skriftligt": a language's name with a dash glued to it, then its level)
  const glued = GLUED_DASH.exec(t);
  if (glued && isLanguageName(glued[1]!)) return { language: glued[1]!, fluency: trimChars(t.slice(glued[0].length), TRIM) };
  const cut = firstSeparator(t, paren < 0 ? t.length : paren);
  if (cut) return { language: trimChars(t.slice(0, cut.at), TRIM), fluency: trimChars(t.slice(cut.at + cut.sep.length), TRIM) };
  // ("Anglais niveau C1/C2 (plus de 3 mois …)": a language's name and its level before the bracket keep the bracket with the level)
  const named = paren > 0 ? t.slice(0, paren).trim() : '';
  const space = named.indexOf(' ');
  if (space > 0 && isLanguageName(named.slice(0, space)) && levelWords(named.slice(space + 1))) return { language: named.slice(0, space), fluency: t.slice(space + 1).trim() };
  if (paren > 0 && (t.endsWith(')') || t.endsWith('）'))) return { language: trimChars(t.slice(0, paren), TRIM), fluency: t.slice(paren + 1, -1).trim() };
  const sp = t.indexOf(' ');
  // "Español nativo", "Inglés competencia laboral": a language's name, then its level
  if (sp > 0 && (isFluency(t.slice(sp + 1)) || isLanguageName(t.slice(0, sp)))) return { language: t.slice(0, sp), fluency: t.slice(sp + 1) };
  // "英語ネイティブレベル", "日本語ビジネスレベル": in a script without spaces, the name the text opens with, then the level
  const lead = sp < 0 ? unspacedLead(t) : undefined;
  if (lead && lead.length < t.length) return { language: lead, fluency: trimChars(t.slice(lead.length), TRIM) };
  return { language: t };
}

/** A language's name that a text in a script without spaces opens with (the longest, two to six characters). */
export function unspacedLead(t: string): string | undefined {
  if (!/^[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]/u.test(t)) return undefined;
  for (let n = Math.min(6, t.length); n >= 2; n--) if (isLanguageName(t.slice(0, n))) return t.slice(0, n);
  return undefined;
}

/** Splits a line holding several languages ("English (C1), German (B2)", "Polish – native | English – fluent"). */
function readMany(l: Line): Language[] {
  const plain = l.plain.replace(FLAGS, ' ').trim();
  const shared = levelBesideList(plain);
  if (shared) return shared;
  const parts = splitAround(plain, /(?:[;|·•]|\\quad)\s*/).filter(Boolean);
  // split after each ")": the bracket is matched and given back to the part it ends
  // "| **Français** | Langue maternelle |": a table row with no delimiter row under a header (so no table to
  // Markdown) is one language and its level, not two languages
  if (parts.length >= 2 && plain.startsWith('|') && plain.endsWith('|') && !isLanguageName(parts[1]!)) return [{ language: parts[0]!, fluency: parts.slice(1).join(', ') }];
  // "### Français | Niveau : C2": a language's name, then parts that name none: its level, as written
  if (parts.length >= 2 && isLanguageName(trimChars(parts[0]!, TRIM)) && parts.slice(1).every((p) => !opensWithLanguage(p))) {
    return [{ language: trimChars(parts[0]!, TRIM), fluency: parts.slice(1).map((p) => trimChars(p, TRIM)).join(', ') }];
  }
  // (first: "Español nativo, Inglés competencia laboral", "英語ネイティブレベル, 日本語ビジネスレベル(…), 広東語…": parts that each open with a language's name)
  const named = plain.split(/,\s+/);
  const dashed = parts.length === 1 ? dashedPairs(plain) : undefined;
  if (dashed) return dashed.flatMap(readShared);
  if (parts.length === 1 && named.length > 1 && named.every((p) => isLanguageName(p.split(/\s+/)[0] ?? '') || unspacedLead(p) !== undefined)) return named.flatMap((p) => dashedPairs(p) ?? [p]).map((p) => readLanguage(p)).filter((x): x is Language => !!x);
  // ("日本語(ネイティブ) / 英語(B2)": a slash after a bracket parts them as a comma does)
  const commaParts = parts.length === 1 && /\)\s*(?:,|\/\s)/.test(plain) ? plain.split(/\)\s*[,/]\s*/).map((p, i, all) => (i < all.length - 1 ? `${p})` : p)) : parts.length === 1 ? dashedPairs(plain) ?? spacedPairs(plain) ?? parts : parts;
  // ("English (native), German (fluent) and French (basic)": the last part may hold two pairs)
  // ("Português (primeira língua) · Alemão, Francês, Espanhol (fluência em fala e escrita)": a part may name several languages before one level)
  if (commaParts.length > 1) return commaParts.flatMap((p) => dashedPairs(p) ?? [p]).flatMap(readShared);
  const bold = l.boldParts[0];
  if (l.boldParts.length > 1 && l.boldParts.every((b) => isLanguageName(b))) {
    return l.boldParts.map((b, k) => {
      const start = plain.indexOf(b) + b.length;
      const next = l.boldParts[k + 1];
      const end = next ? plain.indexOf(next, start) : plain.length;
      const fluency = trimChars(plain.slice(start, end < 0 ? plain.length : end), TRIM);
      return fluency ? { language: b, fluency } : { language: b };
    });
  }
  const leveled = levelFirstList(plain);
  if (leveled) return leveled;
  const listed = readProseList(plain);
  if (listed) return listed;
  const one = readLanguage(plain, bold);
  return one ? [one] : [];
}

/**
 * A level and languages' names on the two sides of one colon, each language given that level: the names before it
 * ("Biélorusse, Russe : Langues maternelles"), or the level before it ("**Fluent:** English (C2), Spanish (C1)", each name
 * maybe with a bracket, kept with the level); undefined otherwise.
 */
function levelBesideList(plain: string): Language[] | undefined {
  const colon = plain.search(/[:：]/);
  if (colon <= 0) return undefined;
  const left = plain.slice(0, colon);
  const names = left.split(',').map((n) => trimChars(n, TRIM));
  const fluency = trimChars(plain.slice(colon + 1), TRIM);
  if (names.length >= 2 && fluency && names.every(isLanguageName)) return names.map((language) => ({ language, fluency }));
  const level = trimChars(left, TRIM);
  if (!level || !isFluency(level)) return undefined;
  const langs = plain.slice(colon + 1).split(',').map((part) => {
    const p = trimChars(part, TRIM);
    const open = p.indexOf('(');
    const name = (open > 0 ? p.slice(0, open) : p).trim();
    return isLanguageName(name) && (open < 0 || p.endsWith(')')) ? { language: name, fluency: open > 0 ? `${level} ${p.slice(open)}` : level } : undefined;
  });
  return langs.length >= 2 && langs.every((x) => x !== undefined) ? (langs as Language[]) : undefined;
}

/** Whether a text opens with a language's name ("Anglais – C1", "Deutsch (B2)"). */
function opensWithLanguage(t: string): boolean {
  const first = trimChars(t, TRIM).split(/[\s(:：–—-]+/)[0] ?? '';
  return isLanguageName(first) || unspacedLead(trimChars(t, TRIM)) !== undefined;
}

/** "English (C2) Spanish (C2) French (B1)" (chips of code spans): pairs parted by spaces alone, each after a bracket opening with a language's name. */
function spacedPairs(plain: string): string[] | undefined {
  if (!/\)\s+\S/.test(plain)) return undefined;
  const parts = plain.split(/\)\s+/).map((p, i, all) => (i < all.length - 1 ? `${p})` : p));
  return parts.length > 1 && parts.every((p) => isLanguageName(p.split(/[\s(]+/)[0] ?? '')) ? parts : undefined;
}

/** "English, French (full professional proficiency C1)": several languages' names before one level, each with it; else {@link readLanguage}. */
function readShared(part: string): Language[] {
  const m = /^([^()]+)\(([^()]+)\)$/.exec(part.trim());
  const names = m ? m[1]!.split(/,\s*/).map((n) => n.trim()) : [];
  if (names.length > 1 && names.every(isLanguageName)) return names.map((language) => ({ language, fluency: m![2]!.trim() }));
  const one = readLanguage(part);
  return one ? [one] : [];
}

/** Where "Name (level)" pairs are joined: a dash, or a word for "and" ("español (nativo) e inglés (avanzado)"), after the bracket. */
const PAIR_JOINS = /\)\s+[-–—]{1,3}\s+|\),? (?:and|en|und|et|y|e|и|i|ve|og|och|és|a|și|&) /u;

/**
 * "Italian (Native) - English (Fluent) - Brazilian Portuguese (Intermediate)", "español (nativo) e inglés (avanzado).":
 * "Name (level)" parts joined by dashes or "and", two or more.
 */
function dashedPairs(plain: string): string[] | undefined {
  if (!PAIR_JOINS.test(plain)) return undefined;
  const parts = trimChars(plain, ' .').split(PAIR_JOINS).map((p, i, all) => (i < all.length - 1 ? `${p})` : p));
  return parts.length >= 2 && parts.every((p) => /^[^()]+\([^()]+\)$/.test(p.trim())) ? parts : undefined;
}

/** "Proficient English, Basic German, Native Polish" (", and basic German"): two or more parts parted by commas or a last "and", each a level and then a language's name. */
function levelFirstList(plain: string): Language[] | undefined {
  const parts = trimChars(plain, TRIM).split(/[,;]| (?:and|&) /u).map((p) => p.trim().replace(/^(?:and|&) /u, ''));
  if (parts.length < 2) return undefined;
  const read = parts.map(readLevelFirst);
  return read.every((x) => x !== undefined) ? (read as Language[]) : undefined;
}

/**
 * "Fluente em Português, Inglês e Francês.": a sentence listing two or more language names, joined by
 * commas or one short word, after an optional level ("Fluente em"): one language each, with that level.
 */
function readProseList(plain: string): Language[] | undefined {
  let end = plain.length;
  while (end > 0 && (plain[end - 1] === '.' || plain[end - 1] === '!')) end--;
  const words = plain.slice(0, end).split(/[\s,;]+/).filter(Boolean);
  const at = words.map((w, i) => (isLanguageName(w) ? i : -1)).filter((i) => i >= 0);
  if (at.length < 2 || at[0]! > 4) return undefined;
  for (let k = 1; k < at.length; k++) if (at[k]! - at[k - 1]! > 2) return undefined;
  if (at[at.length - 1] !== words.length - 1) return undefined;
  const lead = words.slice(0, at[0]);
  if (lead.length > 1 && lead[lead.length - 1]!.length <= 3) lead.pop();
  const fluency = lead.join(' ');
  if (fluency && !isFluency(fluency)) return undefined;
  return at.map((i) => (fluency ? { language: words[i]!, fluency } : { language: words[i]! }));
}

/**
 * "Читаю документацию без переводчика, пишу …" under "Английский : B2": a sentence that starts with no
 * language's name and reads as no language either is a note on the language above.
 */
function isNote(l: Line, found: readonly Language[]): boolean {
  if (found.length !== 1 || l.plain.split(/\s+/).length < 5) return false;
  const first = /^[\p{L}\p{M}]+/u.exec(l.plain)?.[0] ?? '';
  return !isLanguageName(first) && (found[0]?.language ?? '').split(/\s+/).length >= 3;
}

/** Adds a note to a language's level: after it, as the CV goes on. */
function addNote(lang: Language, note: string): void {
  const text = trimChars(note, ' ');
  if (!lang.fluency) lang.fluency = text;
  else lang.fluency = /[.!?。]$/u.test(lang.fluency) ? `${lang.fluency} ${text}` : `${lang.fluency}. ${text}`;
}

/** What joins language names in one item: a slash, a comma, or a word for "and" ("Duits en Spaans", "Deutsch und Englisch"). */
const NAME_JOINS = /[/,、]| (?:and|en|und|et|y|e|и|i|ve|og|och|és|a|și|&) /u;

/** A text's names as joined by a slash, a comma or "and" (white space collapsed first: the joins hold one space each side, a pattern with no run to backtrack over). */
export const joinedNames = (t: string): string[] => t.replace(/\s+/gu, ' ').split(NAME_JOINS).map((n) => n.trim());

/**
 * "German/French/Swedish: Base knowledge", "Duits en Spaans: Noties": names joined, each a language, are one language each
 * with that level; "Professional Proficiency : English, Hindi": a level, then the languages that have it, the same.
 */
function splitSlashed(lang: Language): Language[] {
  const names = joinedNames(lang.language ?? '');
  if (names.length >= 2 && names.every((n) => isLanguageName(n))) return names.map((language) => ({ ...lang, language }));
  const held = lang.fluency && !names.some((n) => isLanguageName(n)) ? joinedNames(lang.fluency) : [];
  if (held.length && held.every((n) => isLanguageName(n))) return held.map((language) => ({ ...lang, language, fluency: lang.language }));
  return [lang];
}

/**
 * A line under the previous language that gives its level: indented text, or a nested item that names no
 * language ("+ انگلیسی" / "  - حرفه ای").
 */
function nestedLevel(l: Line, prev: Line | undefined): boolean {
  if (l.kind === 'text' && l.depth > 0) return true;
  // ("Japanese␣␣" / "&nbsp;&nbsp;&nbsp; intermediate reading and speaking": a level in small letters on the line under its language;
  // not "Slovakian	Native Speaker", a language the lexicons do not name, and its level)
  const level = trimChars(l.plain, TRIM);
  if (l.kind === 'text' && prev?.kind === 'text' && prev.block === l.block && /^\p{Ll}/u.test(level) && !opensWithLanguage(level) && levelWords(level)) return true;
  // "#### Rosyjski:" / "C2": a short line under a heading that names a language is its level
  // (or under any heading, a level: "#### Biłoruski:" / "C2")
  if (l.kind === 'text' && prev?.kind === 'heading' && l.plain.length <= 60 && !isLanguageName(trimChars(l.plain, TRIM)) && (isLanguageName(trimChars(prev.plain, TRIM)) || isFluency(trimChars(l.plain, TRIM)))) return true;
  return l.kind === 'item' && prev?.kind === 'item' && l.depth > prev.depth && !isLanguageName(trimChars(l.plain, TRIM));
}

/** Reads a languages section into the model's languages. */
export function readLanguages(state: ParseState, section: Section, base: number): Language[] {
  const out: Language[] = [];
  const lines = section.lines;
  /** The list depth of the item that gave the last language (Infinity: not an item). */
  let langDepth = Infinity;
  /** How many languages the last line that gave any gave ("Bengali, Cantonese, German" / "intermediate reading": each has that level). */
  let lastFound = 0;
  /** The last line was a test or a score under a language ("### TOEIC Speaking" / "- Level 6 (2017.09.12)": its lines are notes too). */
  let inTest = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    let found: Language[] = [];
    if (l.kind === 'row') {
      if (l.header) continue;
      const cells = (l.cells ?? []).map((c) => trimChars(c.replace(/[*_`]/g, '').replace(FLAGS, ' '), ' ')).filter(Boolean);
      if (cells[0]) found = [cells.length > 1 ? { language: cells[0], fluency: cells.slice(1).join(', ') } : { language: cells[0] }];
    } else if (l.kind === 'term' && lines[i + 1]?.kind === 'def') {
      const def = lines[i + 1]!;
      const lang: Language = { language: trimChars(l.plain, TRIM), fluency: trimChars(def.plain, TRIM) };
      i++;
      // "Portugués" / ":  Nivel avanzado␣␣" / "  Certificado CELPE-Bras …": the definition's further lines are notes on its level
      while (lines[i + 1] !== undefined && lines[i + 1]!.block === def.block && lines[i + 1]!.kind !== 'term') addNote(lang, lines[++i]!.plain);
      found = [lang];
    } else if (nestedLevel(l, lines[i - 1]) && out.length && !out[out.length - 1]!.fluency) {
      for (const lang of out.slice(-Math.max(1, lastFound))) lang.fluency ??= trimChars(l.plain, TRIM);
      continue;
    } else if (out.length && l.kind === 'item' && l.depth > langDepth && !isLanguageName(trimChars(l.plain, TRIM))) {
      // "* Αγγλικά" / "  * Κρατικό Πιστοποιητικό … Γ2 (2021)" / "  * Cambridge Lower (Επίπεδο Β2) (1993)": every item nested under a language is a note on it
      addNote(out[out.length - 1]!, l.plain);
      continue;
    } else if (out.length && l.kind !== 'rule' && (testOrScore(trimChars(l.plain, TRIM)) || (inTest && !namesLanguage(l)))) {
      addNote(out[out.length - 1]!, l.plain);
      inTest = true;
      continue;
    } else if (l.kind !== 'rule' && l.plain) found = readMany(l);
    inTest = false;
    found = found.flatMap(splitSlashed);
    if (out.length && isNote(l, found)) {
      addNote(out[out.length - 1]!, l.plain);
      continue;
    }
    if (found.length) langDepth = l.kind === 'item' ? l.depth : Infinity;
    if (found.length) lastFound = found.length;
    for (const f of found) {
      out.push(f);
      noteField(state, `/languages/${base + out.length - 1}`, l, ['a line of the languages section']);
    }
  }
  return out;
}
