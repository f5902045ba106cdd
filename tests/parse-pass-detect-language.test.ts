// Pass detect-language: the CV's language from its scripts, frequent words and headings (or its front matter), and the lexicon order lookups prefer.
import type { ParseState } from '../src/parse/markdown/parse-types.js';
import { describePass } from './fixtures/parse-passes/pass-harness.js';

/** The detected language and the lexicons tried first: the CV's own, then English. */
function project(s: ParseState): unknown {
  return { lang: s.lang, firstLexicons: s.langs.slice(0, s.lang === 'en' ? 1 : 2) };
}

describePass({ pass: 'detect-language', until: 'detect-language', project, minCases: 8 });
