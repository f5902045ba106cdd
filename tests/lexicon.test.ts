// Every registered lexicon is well formed: tags, section words, months, lower-case trimmed words, labels, scripts, and findLexicon's aliases.
import { describe, expect, it } from 'vitest';
import { LEXICONS } from '../src/model/lexicon/lexicons.js';
import { findLexicon } from '../src/model/lexicon/find-lexicon.js';
import { en } from '../src/model/lexicon/en.js';
import type { Lexicon, MonthTable, ScriptCode, SectionKind } from '../src/model/lexicon/lexicon-types.js';

const TAGS = [
  'en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'cs', 'sk', 'ro', 'hu', 'el', 'sv', 'no', 'da', 'fi', 'tr', 'ru', 'uk',
  'ja', 'ko', 'zh-hans', 'zh-hant', 'ar', 'he', 'fa', 'hi', 'th', 'vi', 'hr', 'id', 'bg', 'sr', 'ca', 'et', 'sl', 'lt', 'lv',
];

/** Month names a language really writes the same for two months (tag → names). None so far. */
const SHARED_MONTH_NAMES: Readonly<Record<string, readonly string[]>> = {};

/** Headings a language really uses for two section kinds (tag → headings). None so far. */
const SHARED_HEADINGS: Readonly<Record<string, readonly string[]>> = {};

const lexicons = Object.entries(LEXICONS);

/** Every word list of a lexicon, named by where it sits. */
function wordLists(lex: Lexicon): Array<[string, readonly string[]]> {
  const lists: Array<[string, readonly string[]]> = [];
  for (const [kind, words] of Object.entries(lex.sections)) lists.push([`sections.${kind}`, words]);
  lex.months.forEach((m, i) => lists.push([`months[${i}]`, m]));
  lex.calendar?.months?.forEach((m, i) => lists.push([`calendar.months[${i}]`, m]));
  for (const key of ['present', 'since', 'from', 'to', 'connectors', 'selfIntro', 'degrees', 'institutions', 'organisations', 'jobTitles', 'fluency', 'languageNames', 'commonWords'] as const) {
    lists.push([key, lex[key]]);
  }
  lists.push(['durations.years', lex.durations.years], ['durations.months', lex.durations.months]);
  for (const [key, words] of Object.entries(lex.fields)) lists.push([`fields.${key}`, words]);
  if (lex.seasons) lists.push(['seasons', lex.seasons]);
  lex.eras?.forEach((e, i) => lists.push([`eras[${i}]`, e.names]));
  return lists;
}

/** Words that appear under two different indexes of `table`, minus the allowed ones. */
function clashes(table: MonthTable, allowed: readonly string[]): string[] {
  const seen = new Map<string, number>();
  const out: string[] = [];
  table.forEach((names, i) => {
    for (const n of names) {
      const prev = seen.get(n);
      if (prev !== undefined && prev !== i && !allowed.includes(n)) out.push(`${n} (${prev + 1} and ${i + 1})`);
      seen.set(n, i);
    }
  });
  return out;
}

const SCRIPT_RE: Record<ScriptCode, RegExp> = {
  Latn: /\p{Script=Latin}/u, Cyrl: /\p{Script=Cyrillic}/u, Grek: /\p{Script=Greek}/u, Arab: /\p{Script=Arabic}/u,
  Hebr: /\p{Script=Hebrew}/u, Deva: /\p{Script=Devanagari}/u, Thai: /\p{Script=Thai}/u, Hani: /\p{Script=Han}/u,
  Hira: /\p{Script=Hiragana}/u, Kana: /\p{Script=Katakana}/u, Hang: /\p{Script=Hangul}/u,
};

/** Alphabets whose look-alike letters (Latin o, Cyrillic о, Greek ο) must never mix within one word. */
const ALPHABETS: readonly ScriptCode[] = ['Latn', 'Cyrl', 'Grek'];

/** The script of one letter, or undefined for letters shared by all scripts (ー, marks). */
function scriptOf(ch: string): ScriptCode | undefined {
  if (/[\p{Script=Common}\p{Script=Inherited}]/u.test(ch)) return undefined;
  return (Object.keys(SCRIPT_RE) as ScriptCode[]).find((s) => SCRIPT_RE[s].test(ch));
}

describe('lexicon registry', () => {
  it('holds exactly the thirty-five languages cvpress reads', () => {
    expect(Object.keys(LEXICONS).sort()).toEqual([...TAGS].sort());
  });

  it('keys every lexicon by its own lower-case, unique tag', () => {
    const tags = lexicons.map(([, lex]) => lex.tag);
    expect(new Set(tags).size).toBe(tags.length);
    for (const [key, lex] of lexicons) {
      expect(lex.tag, key).toBe(key);
      expect(lex.tag, key).toBe(lex.tag.toLowerCase());
      expect(lex.name.length, key).toBeGreaterThan(0);
      expect(lex.nativeName.length, key).toBeGreaterThan(0);
    }
  });

  it('finds the lexicon for regional tags, script tags and aliases, and English for unknown tags', () => {
    expect(findLexicon('zh-TW').tag).toBe('zh-hant');
    expect(findLexicon('zh-Hant-HK').tag).toBe('zh-hant');
    expect(findLexicon('zh-CN').tag).toBe('zh-hans');
    expect(findLexicon('zh').tag).toBe('zh-hans');
    expect(findLexicon('nb').tag).toBe('no');
    expect(findLexicon('nn-NO').tag).toBe('no');
    expect(findLexicon('pt-BR').tag).toBe('pt');
    expect(findLexicon('pt_PT').tag).toBe('pt');
    expect(findLexicon('de-AT').tag).toBe('de');
    expect(findLexicon('iw').tag).toBe('he');
    expect(findLexicon('hr-HR').tag).toBe('hr');
    expect(findLexicon('bs').tag).toBe('hr');
    expect(findLexicon('sr-Latn').tag).toBe('hr');
    expect(findLexicon('id-ID').tag).toBe('id');
    expect(findLexicon('in').tag).toBe('id');
    expect(findLexicon('ms').tag).toBe('id');
    expect(findLexicon('ms-MY').tag).toBe('id');
    expect(findLexicon('ms_Latn_MY').tag).toBe('id');
    expect(findLexicon('xx').tag).toBe('en');
    expect(findLexicon(undefined).tag).toBe('en');
  });
});

describe.each(lexicons)('lexicon %s', (tag, lex) => {
  it('has headings for every section kind, and many for work, education and skills', () => {
    for (const [kind, words] of Object.entries(lex.sections) as Array<[SectionKind, readonly string[]]>) {
      const min = kind === 'work' || kind === 'education' || kind === 'skills' ? 4 : kind === 'references' || kind === 'volunteer' ? 1 : 2;
      expect(words.length, `${tag} sections.${kind}`).toBeGreaterThanOrEqual(min);
    }
  });

  it('never files one heading under two section kinds', () => {
    const seen = new Map<string, string>();
    const dup: string[] = [];
    for (const [kind, words] of Object.entries(lex.sections)) {
      for (const w of words) {
        const prev = seen.get(w);
        if (prev !== undefined && prev !== kind && !(SHARED_HEADINGS[tag] ?? []).includes(w)) dup.push(`${w} (${prev}, ${kind})`);
        seen.set(w, kind);
      }
    }
    expect(dup).toEqual([]);
  });

  it('names every month and never maps one name to two months', () => {
    for (const [i, names] of lex.months.entries()) expect(names.length, `${tag} month ${i + 1}`).toBeGreaterThan(0);
    expect(clashes(lex.months, SHARED_MONTH_NAMES[tag] ?? [])).toEqual([]);
    if (lex.calendar?.months) {
      for (const [i, names] of lex.calendar.months.entries()) expect(names.length, `${tag} calendar month ${i + 1}`).toBeGreaterThan(0);
      expect(clashes(lex.calendar.months, [])).toEqual([]);
    }
  });

  it('writes every word trimmed, lower case, without a trailing colon, once per list', () => {
    const bad: string[] = [];
    for (const [where, words] of wordLists(lex)) {
      if (new Set(words).size !== words.length) bad.push(`${where}: a word is listed twice`);
      for (const w of words) {
        if (w.length === 0 || w !== w.trim() || /\s{2}/u.test(w)) bad.push(`${where}: "${w}" is not trimmed`);
        if (/[:：]$/u.test(w)) bad.push(`${where}: "${w}" ends with a colon`);
        if (w !== w.toLocaleLowerCase(tag)) bad.push(`${where}: "${w}" is not lower case`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('lists the NFKC form of every word the parser would compare after NFKC', () => {
    const missing: string[] = [];
    for (const [where, words] of wordLists(lex)) {
      for (const w of words) {
        const n = w.normalize('NFKC').toLocaleLowerCase(tag);
        if (n !== w && !words.includes(n)) missing.push(`${where}: "${w}" needs "${n}"`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('writes its words in its own scripts (or Latin), never mixing Latin, Cyrillic and Greek in one word', () => {
    const allowed = new Set<ScriptCode>([...lex.scripts, 'Latn']);
    const bad: string[] = [];
    for (const [where, words] of wordLists(lex)) {
      for (const w of words) {
        const scripts = new Set([...w].map(scriptOf).filter((s): s is ScriptCode => s !== undefined));
        for (const s of scripts) if (!allowed.has(s)) bad.push(`${where}: "${w}" has ${s}`);
        for (const token of w.split(/[^\p{L}\p{M}]+/u)) {
          const ts = new Set([...token].map(scriptOf));
          if (ALPHABETS.filter((s) => ts.has(s)).length > 1) bad.push(`${where}: "${w}" mixes scripts in "${token}"`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('prints every label, with both placeholders in the page footer', () => {
    expect(Object.keys(lex.labels).sort()).toEqual(Object.keys(en.labels).sort());
    for (const [key, label] of Object.entries(lex.labels)) expect(label.length, `${tag} labels.${key}`).toBeGreaterThan(0);
    expect(lex.labels.pageOf).toContain('{page}');
    expect(lex.labels.pageOf).toContain('{pages}');
  });

  it('overrides labels only for its own regional tags, with known keys and non-empty text', () => {
    for (const [region, labels] of Object.entries(lex.regionLabels ?? {})) {
      expect(region, `${tag} regionLabels`).toBe(region.toLowerCase());
      expect(region.startsWith(`${tag}-`), `${tag} regionLabels.${region}`).toBe(true);
      for (const [key, label] of Object.entries(labels)) {
        expect(Object.keys(en.labels), `${tag} regionLabels.${region}`).toContain(key);
        expect(label?.length, `${tag} regionLabels.${region}.${key}`).toBeGreaterThan(0);
      }
    }
  });

  it('knows words for an ongoing end date, durations, fluency and language names', () => {
    expect(lex.present.length).toBeGreaterThan(0);
    expect(lex.durations.years.length).toBeGreaterThan(0);
    expect(lex.durations.months.length).toBeGreaterThan(0);
    expect(lex.fluency.length).toBeGreaterThan(0);
    expect(lex.languageNames.length).toBeGreaterThan(0);
    expect(lex.commonWords.length).toBeGreaterThanOrEqual(15);
  });

  it('lists its connectors of whom a post served among its connectors', () => {
    expect((lex.forConnectors ?? []).filter((w) => !lex.connectors.includes(w))).toEqual([]);
  });
  it('writes right to left exactly for Arabic, Persian and Hebrew', () => {
    expect(lex.dir).toBe(['ar', 'fa', 'he'].includes(tag) ? 'rtl' : 'ltr');
    expect(lex.scripts.length).toBeGreaterThan(0);
  });

  it('has another calendar exactly where CVs use one (Persian solar months, Thai Buddhist years)', () => {
    const expected = tag === 'fa' ? 'persian' : tag === 'th' ? 'buddhist' : undefined;
    expect(lex.calendar?.kind).toBe(expected);
    if (expected === 'persian') expect(lex.calendar?.months?.length).toBe(12);
  });
});
