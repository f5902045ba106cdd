// Picks the lexicon for a BCP 47 tag: exact tag, then script/region aliases, then the base language, then English.
import type { Lexicon } from './lexicon-types.js';
import { LEXICONS } from './lexicons.js';
import { en } from './en.js';

const ALIASES: Readonly<Record<string, string>> = {
  zh: 'zh-hans', 'zh-cn': 'zh-hans', 'zh-sg': 'zh-hans', 'zh-tw': 'zh-hant', 'zh-hk': 'zh-hant', 'zh-mo': 'zh-hant',
  nb: 'no', nn: 'no', iw: 'he', 'pt-br': 'pt', 'pt-pt': 'pt', fil: 'en', bs: 'hr', 'sr-latn': 'hr', 'sr-latn-rs': 'hr', 'sr-latn-ba': 'hr',
  'sr-latn-me': 'hr', sh: 'hr', in: 'id', ms: 'id', 'ms-my': 'id', 'ms-bn': 'id', 'ms-sg': 'id', zsm: 'id', zlm: 'id',
};

/**
 * Returns the lexicon for `tag` (BCP 47, any case, `_` or `-`): the exact tag, a known alias
 * (`zh-TW` → `zh-hant`, `nb` → `no`), the base language, or English when cvpress has none.
 */
export function findLexicon(tag: string | undefined): Lexicon {
  if (!tag) return en;
  const t = tag.toLowerCase().replace(/_/g, '-');
  const direct = LEXICONS[t] ?? LEXICONS[ALIASES[t] ?? ''];
  if (direct) return direct;
  const parts = t.split('-');
  if (parts[0] === 'zh') return LEXICONS[parts.includes('hant') ? 'zh-hant' : 'zh-hans'] ?? en;
  const base = parts[0] ?? 'en';
  return LEXICONS[base] ?? LEXICONS[ALIASES[base] ?? ''] ?? en;
}
