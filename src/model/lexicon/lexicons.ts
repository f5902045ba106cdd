// The registry of every language's lexicon, keyed by BCP 47 tag (lower case).
import type { Lexicon } from './lexicon-types.js';
import { en } from './en.js';

/** Every lexicon cvpress has, by tag. Adding a language = adding its file and one line here. */
export const LEXICONS: Readonly<Record<string, Lexicon>> = {
  en,
};
