// Pass: a labelled line that lists spoken languages inside another section ("**Limbi străine:** Română (Nativ), …" under "Certificări & Limbi Străine", "Languages: English (C1), German (B2)" under Skills) becomes a languages section of its own.
import { classifyHeadingIn } from './classify-heading-in.js';
import type { Line, ParseState, Section } from './parse-types.js';
import { makeLine } from './build-lines.js';
import { isFluency, isLanguageName, joinedNames } from './read-languages.js';
import { boldDashLabel } from './bold-dash-label.js';
import { findLineLabel } from './find-line-label.js';
import { makeValueLine } from './make-value-line.js';
import { trimChars } from './trim-chars.js';
import { splitOutsideBrackets } from './split-outside-brackets.js';
import { readLevelFirst } from './read-level-first.js';

/** "Română (Nativ)" → "Română", "Anglais : lu, écrit" → "Anglais": the text before a bracket, a dash or a colon (by one search, not a backtracking pattern). */
function beforeLevel(part: string): string {
  const at = part.search(/[(（[–—:：-]/u);
  return (at < 0 ? part : part.slice(0, at)).trim();
}

/** What parts the languages of a labelled line: a comma or semicolon, or a spaced bar, dot or slash ("Polish | English", "日本語(ネイティブ) / 英語(B2)"). */
const LANGUAGE_PARTS = /[,;、，]|\s[|·•/]\s/g;

/**
 * The parts of a value between LANGUAGE_PARTS outside brackets: "Deutsch (Muttersprache, C2) · Englisch (verhandlungssicher, C1)"
 * is two parts, each a language and its levels.
 */
function languageParts(value: string): string[] {
  return splitOutsideBrackets(value, LANGUAGE_PARTS).map((p) => p.trim()).filter(Boolean);
}

/** One part, or at least two and most of them, start with a language's name ("Română (Nativ)", "English – C1"). */
function listsLanguages(value: string): boolean {
  // "Anglais : lu, écrit, parlé; Italien : bilingue": where semicolons part the languages, commas part their levels
  const parts = /[;；]/u.test(value) ? value.split(/[;；]/u).map((p) => p.trim()).filter(Boolean) : languageParts(value);
  // (a level may follow the name after a space, "Inglês avançado · Espanhol médio", or come before it, "Proficient English")
  const named = parts.filter((p) => isLanguageName(beforeLevel(p)) || languageAndLevel(p) || readLevelFirst(p) !== undefined).length;
  return (parts.length >= 2 && named * 2 > parts.length) || (parts.length === 1 && (named === 1 || namesJoined(parts[0]!)));
}

/** "Hindi & English", "Deutsch und Englisch": two or more languages' names joined by "and" or "&", nothing else. */
function namesJoined(value: string): boolean {
  const names = joinedNames(value);
  return names.length >= 2 && names.every((n) => isLanguageName(n));
}

/**
 * Two or more parts, every one a language's name with its level after it ("日本語(ネイティブ) / 英語(B2)"): spoken
 * languages whatever the label ("言語:" also names programming languages, and is no languages heading alone).
 */
function leveledLanguages(value: string): boolean {
  const parts = languageParts(value);
  return parts.length >= 2 && parts.every((p) => {
    const name = beforeLevel(p);
    return name !== p && isLanguageName(name);
  });
}

/** A value that opens with a fluency word or phrase or a CEFR level ("Intermediate (B1)", "C1", "natif", "Rodilý mluvčí"). */
function startsWithLevel(value: string): boolean {
  // (the first word, or the first two: "Rodilý mluvčí", "Native speaker")
  const words = value.trim().split(/[\s(,;.]/u);
  const first = words[0] ?? '';
  return first !== '' && (isFluency(first) || (words.length > 1 && isFluency(`${first} ${words[1]}`)));
}

/**
 * A whole text that is a language's name and a level ("Anglais courant", "English (fluent)", "Deutsch –
 * Muttersprache", "Inglés – Nivel B2 (2023)": of up to three words after a year in brackets is cut, one a level).
 */
function languageAndLevel(text: string): boolean {
  const sp = text.indexOf(' ');
  if (sp <= 0 || text.length > 60 || !isLanguageName(text.slice(0, sp))) return false;
  let level = trimChars(text.slice(sp + 1), ' ()（）–—:-.');
  if (level === '') return false;
  if (isFluency(level)) return true;
  const year = level.search(/\(\d{4}$/);
  if (year > 0) level = level.slice(0, year).trim();
  const words = level.split(' ');
  return words.length <= 3 && words.some((w) => isFluency(w));
}

/** Whether the value of a "Label: value" line lists spoken languages under a label that says so (or each with its level). */
function labelListsLanguages(state: ParseState, l: Line, lab: { label: string; value: number }): boolean {
  const value = l.plain.slice(lab.value);
  return (classifyHeadingIn(state, lab.label)?.kind === 'languages' || leveledLanguages(value)) && listsLanguages(value);
}

/** " | **Ambiente:**": a spaced bar, then another label of a few characters and its colon, in a line's Markdown. */
const NEXT_LABEL = / \| (?=(?:\*\*|__)?[^|:：*_\s][^|:：*_]{0,29}(?:\*\*|__)?[:：])/u;

/**
 * "**Idiomas:** Inglês avançado · Espanhol médio | **Ambiente:** Linux | **Foco atual:** …": a line of labelled fields
 * parted by bars whose first field lists languages is two lines, that field and the rest (which stays in its section).
 */
function splitLanguagesField(state: ParseState, l: Line): Line[] {
  const m = l.cells || (l.kind !== 'item' && l.kind !== 'text') ? null : NEXT_LABEL.exec(l.md);
  if (!m) return [l];
  const place = { line: l.line, endLine: l.endLine, block: l.block, depth: l.depth, html: l.html };
  const first = makeLine(l.kind, l.md.slice(0, m.index), place);
  const lab = findLineLabel(first);
  return lab && labelListsLanguages(state, first, lab) ? [first, makeLine('text', l.md.slice(m.index + m[0].length).trim(), place)] : [l];
}

/**
 * "**Sprache:** [English](README.md) | **Deutsch**": a line whose language names link to another file of the same site (a
 * relative address: "README.md", "/en/", "index.en.html") switches the page's language; it lists no language spoken.
 */
function languageSwitch(l: Line): boolean {
  return l.links.some((k) => isLanguageName(k.text.trim()) && sitePage(k.href));
}

/** A relative address of a page of the same site: a Markdown or HTML file, a folder, or a language's folder ("README.md", "/en/", "index.en.html"; not "cert.pdf", not "https://…"). */
function sitePage(href: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return false;
  const path = href.split(/[?#]/)[0]!;
  return /\.(?:md|markdown|html?)$/i.test(path) || path.endsWith('/') || /^\/?[a-z]{2}(?:-[a-z]{2})?$/i.test(path);
}

/** Splits the language lines off one section; returns the languages sections made. */
function carve(state: ParseState, s: Section): Section[] {
  const made: Section[] = [];
  const defined = definedLanguages(state, s);
  if (defined) made.push(defined);
  s.lines = s.lines.flatMap((l) => splitLanguagesField(state, l));
  s.lines = s.lines.filter((l) => {
    if ((l.kind !== 'item' && l.kind !== 'text') || l.depth > 0 || languageSwitch(l)) return true;
    const lab = findLineLabel(l) ?? boldDashLabel(l);
    if (lab && isLanguageName(lab.label) && startsWithLevel(l.plain.slice(lab.value))) {
      // "- Английский: **Intermediate** (B1).": a language named as the label, its level as the value
      made.push({ type: 'languages', title: '', lines: [l], why: [`the line "${lab.label}:" in the ${s.title || s.type} section names a language and its level`] });
      return false;
    }
    if (!lab && languageAndLevel(l.plain)) {
      // "- Anglais courant" among the points of another section: a language and its level, all of the item
      made.push({ type: 'languages', title: '', lines: [l], why: [`the line "${l.plain}" in the ${s.title || s.type} section is a language and its level`] });
      return false;
    }
    if (!lab || !labelListsLanguages(state, l, lab)) return true;
    made.push({ type: 'languages', title: lab.label, lines: [makeValueLine(l, lab.value)], why: [`the line "${lab.label}:" in the ${s.title || s.type} section lists spoken languages`] });
    return false;
  });
  return made;
}

/** "Bildiğim Diller" / ":    *İngilizce* (İyi)": a definition term naming languages whose definitions each start with a language. */
function definedLanguages(state: ParseState, s: Section): Section | undefined {
  const at = s.lines.findIndex((l, i) => l.kind === 'term' && s.lines[i + 1]?.kind === 'def' && classifyHeadingIn(state, l.plain)?.kind === 'languages');
  if (at < 0) return undefined;
  let end = at + 1;
  while (s.lines[end]?.kind === 'def') end++;
  const defs = s.lines.slice(at + 1, end);
  if (!defs.every((d) => listsLanguages(d.plain))) return undefined;
  const term = s.lines[at]!;
  s.lines = [...s.lines.slice(0, at), ...s.lines.slice(end)];
  return { type: 'languages', title: term.plain, heading: term, lines: defs, why: [`the term "${term.plain}" in the ${s.title || s.type} section lists spoken languages`] };
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
    out.push(...carve(state, s));
  }
  state.sections = out;
}
