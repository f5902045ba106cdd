// Pass: decides the CV's language from its scripts, its frequent words and its section headings; orders the lexicons to try.
import type { Lexicon } from '../../model/lexicon/lexicon-types.js';
import { LEXICONS } from '../../model/lexicon/lexicons.js';
import { en } from '../../model/lexicon/en.js';
import { findLexicon } from '../../model/lexicon/find-lexicon.js';
import { detectTextLanguage } from '../detect-text-language.js';
import type { ParseState } from './parse-types.js';

/** The prose strings of front matter (no web addresses, paths or keys), depth first, up to 20,000 characters. */
function frontMatterTexts(data: unknown): string[] {
  const out: string[] = [];
  let length = 0;
  const visit = (v: unknown, depth: number): void => {
    if (length > 20000 || depth > 6) return;
    if (typeof v === 'string') {
      if (/\s/.test(v.trim()) || !/[/.@:]/.test(v)) out.push(v), (length += v.length);
    } else if (Array.isArray(v)) for (const x of v) visit(x, depth + 1);
    else if (v && typeof v === 'object' && !(v instanceof Date)) for (const x of Object.values(v)) visit(x, depth + 1);
  };
  visit(data, 0);
  return out;
}

/** The language the CV's text is written in: its script's, or, in Latin script, the one its words vote for (`en` when none). */
function detect(state: ParseState): string {
  let length = 0;
  for (const l of state.lines) {
    length += l.plain.length + 1;
    if (length >= 400) break;
  }
  // (a CV held in its front matter, its body near empty: the front matter's text says the language)
  const extra = length < 400 ? frontMatterTexts(state.source.frontMatter?.data) : [];
  return detectTextLanguage(state.lines, { extra }) ?? 'en';
}

/**
 * Pass: sets `state.lang` and `state.lexicons` — the CV's language first (its front matter's `lang`, else the text's),
 * then the text's own language when the declared one is another, then English (CVs mix in English headings and
 * words), then every other lexicon.
 */
export function detectLanguage(state: ParseState): void {
  const declared = state.source.frontMatter?.data?.lang;
  const written = detect(state);
  const lang = typeof declared === 'string' && declared.trim() ? findLexicon(declared).tag : written;
  state.lang = lang;
  const first: Lexicon = LEXICONS[lang] ?? en;
  // (a front matter's `lang` that is not the text's, "lang: 'en'" over a Korean CV, as a site's theme sets it: the
  // text's language is read right after the declared one)
  const seen = LEXICONS[written];
  const second = seen && seen !== first && seen !== en ? [seen] : [];
  const rest = Object.values(LEXICONS).filter((l) => l !== first && l !== en && !second.includes(l));
  state.lexicons = first === en ? [en, ...second, ...rest] : [first, ...second, en, ...rest];
}
