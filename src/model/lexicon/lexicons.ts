// The registry of every language's lexicon, keyed by BCP 47 tag (lower case).
import type { Lexicon } from './lexicon-types.js';
import { en } from './en.js';
import { de } from './de.js';
import { fr } from './fr.js';
import { es } from './es.js';
import { it } from './it.js';
import { pt } from './pt.js';
import { nl } from './nl.js';
import { pl } from './pl.js';
import { cs } from './cs.js';
import { sk } from './sk.js';
import { ro } from './ro.js';
import { hu } from './hu.js';
import { el } from './el.js';
import { sv } from './sv.js';
import { no } from './no.js';
import { da } from './da.js';
import { fi } from './fi.js';
import { tr } from './tr.js';
import { ru } from './ru.js';
import { uk } from './uk.js';
import { ja } from './ja.js';
import { ko } from './ko.js';
import { zhHans } from './zh-hans.js';
import { zhHant } from './zh-hant.js';
import { ar } from './ar.js';
import { he } from './he.js';
import { fa } from './fa.js';
import { hi } from './hi.js';
import { th } from './th.js';
import { vi } from './vi.js';
import { hr } from './hr.js';
import { id } from './id.js';
import { bg } from './bg.js';
import { sr } from './sr.js';
import { ca } from './ca.js';
import { et } from './et.js';
import { sl } from './sl.js';
import { lt } from './lt.js';
import { lv } from './lv.js';

/** Every lexicon cvpress has, by tag. Adding a language = adding its file and one line here. */
export const LEXICONS: Readonly<Record<string, Lexicon>> = {
  en, de, fr, es, it, pt, nl, pl, cs, sk, ro, hu, el, sv, no, da, fi, tr, ru, uk, ja, ko, 'zh-hans': zhHans,
  'zh-hant': zhHant, ar, he, fa, hi, th, vi, hr, id, bg, sr, ca, et, sl, lt, lv,
};
