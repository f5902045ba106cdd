// Pass: decides the CV's language from its scripts, its frequent words and its section headings; orders the lexicons to try.
import type { Lexicon } from '../../model/lexicon/lexicon-types.js';
import { LEXICONS } from '../../model/lexicon/lexicons.js';
import { en } from '../../model/lexicon/en.js';
import { findLexicon } from '../../model/lexicon/find-lexicon.js';
import { LEXICON_INDEX } from './lexicon-index.js';
import type { ParseState } from './parse-types.js';

/** Letters per script, counted over the text. */
interface ScriptCounts {
  latin: number;
  cyrillic: number;
  ukrainian: number;
  greek: number;
  arabic: number;
  persian: number;
  hebrew: number;
  devanagari: number;
  thai: number;
  han: number;
  kana: number;
  hangul: number;
  vietnamese: number;
  simplified: number;
  traditional: number;
}

/** Characters written differently in Simplified and Traditional Chinese (frequent in CVs). */
const SIMPLIFIED = new Set('这们国学会经验与为发开时实际专业软件项目负责开发设计系统数据库术责务让对进过还没样说话实现问题现将应该认识习资讯网络测试运维产品关于华东广东阳杭苏纳亿达点击历简级华');
const TRADITIONAL = new Set('這們國學會經驗與為發開時實際專業軟體項目負責開發設計系統數據庫術責務讓對進過還沒樣說話實現問題現將應該認識習資訊網絡測試運維產品關於華東廣東陽杭蘇納億達點擊歷簡級華');

const VIETNAMESE = /[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđơư]/iu;

function countScripts(text: string): ScriptCounts {
  const c: ScriptCounts = { latin: 0, cyrillic: 0, ukrainian: 0, greek: 0, arabic: 0, persian: 0, hebrew: 0, devanagari: 0, thai: 0, han: 0, kana: 0, hangul: 0, vietnamese: 0, simplified: 0, traditional: 0 };
  for (let i = 0; i < text.length; ) {
    const unit = text.charCodeAt(i);
    // ASCII, most of the text, is read by code unit; other characters by code point
    if (unit < 0x80) {
      if ((unit >= 65 && unit <= 90) || (unit >= 97 && unit <= 122)) c.latin++;
      i++;
      continue;
    }
    const n = text.codePointAt(i)!;
    const ch = n > 0xffff ? text.slice(i, i + 2) : text[i]!;
    i += ch.length;
    if (n <= 0x24f || (n >= 0x1e00 && n <= 0x1eff)) {
      c.latin++;
      if (VIETNAMESE.test(ch)) c.vietnamese++;
    } else if (n >= 0x370 && n <= 0x3ff) c.greek++;
    else if (n >= 0x400 && n <= 0x4ff) {
      c.cyrillic++;
      if ('іїєґІЇЄҐ'.includes(ch)) c.ukrainian++;
    } else if (n >= 0x590 && n <= 0x5ff) c.hebrew++;
    else if (n >= 0x600 && n <= 0x6ff) {
      c.arabic++;
      if ('پچژگکی'.includes(ch)) c.persian++;
    } else if (n >= 0x900 && n <= 0x97f) c.devanagari++;
    else if (n >= 0xe00 && n <= 0xe7f) c.thai++;
    else if ((n >= 0x3040 && n <= 0x30ff) || (n >= 0x31f0 && n <= 0x31ff)) c.kana++;
    else if ((n >= 0xac00 && n <= 0xd7af) || (n >= 0x1100 && n <= 0x11ff)) c.hangul++;
    else if ((n >= 0x4e00 && n <= 0x9fff) || (n >= 0x3400 && n <= 0x4dbf)) {
      c.han++;
      if (SIMPLIFIED.has(ch)) c.simplified++;
      if (TRADITIONAL.has(ch)) c.traditional++;
    }
  }
  return c;
}

/** The language of a non-Latin script that makes up a real share of the letters, if any. */
function scriptLanguage(c: ScriptCounts): string | undefined {
  const letters = c.latin + c.cyrillic + c.greek + c.arabic + c.hebrew + c.devanagari + c.thai + c.han + c.kana + c.hangul;
  if (letters === 0) return undefined;
  const share = (n: number): number => n / letters;
  if (share(c.hangul) > 0.05) return 'ko';
  if (share(c.kana) > 0.03) return 'ja';
  if (share(c.han) > 0.08) return c.traditional > c.simplified ? 'zh-hant' : 'zh-hans';
  if (share(c.thai) > 0.1) return 'th';
  if (share(c.hebrew) > 0.1) return 'he';
  if (share(c.arabic) > 0.1) return c.persian > 0 ? 'fa' : 'ar';
  if (share(c.devanagari) > 0.1) return 'hi';
  if (share(c.greek) > 0.1) return 'el';
  if (share(c.cyrillic) > 0.1) return c.ukrainian > 2 ? 'uk' : 'ru';
  if (c.vietnamese > 10 && share(c.vietnamese) > 0.02) return 'vi';
  return undefined;
}

/**
 * A heading's votes: the languages whose section phrase it is ("Çalışma Geçmişi"), else those of each of
 * its words that is a section word ("Resmi Eğitim": eğitim).
 */
function headingVotes(plain: string, vote: (lang: string, n: number) => void): void {
  const key = plain.toLowerCase().replace(/[:：]\s*$/, '').trim();
  const hits = LEXICON_INDEX.sections.get(key);
  if (hits) {
    for (const h of hits) vote(h.lang, 3 / hits.length);
    return;
  }
  if (key.length > 60) return;
  for (const w of key.split(/[^\p{L}]+/u)) {
    const wordHits = w.length > 2 ? LEXICON_INDEX.sections.get(w) : undefined;
    if (wordHits) for (const h of wordHits) vote(h.lang, 3 / wordHits.length);
  }
}

const LETTER = /\p{L}/u;

/**
 * Calls `visit` with each run of letters and apostrophes of `text`, in order (the non-empty parts of
 * `text.split(/[^\p{L}']+/u)`), reading ASCII by code unit and testing only other characters' letterhood.
 */
function forEachWord(text: string, visit: (word: string) => void): void {
  let start = -1;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    let size = 1;
    let word: boolean;
    if (c < 0x80) word = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 0x27;
    else {
      const n = text.codePointAt(i)!;
      if (n > 0xffff) size = 2;
      word = LETTER.test(size === 2 ? text.slice(i, i + 2) : text[i]!);
    }
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      visit(text.slice(start, i));
      start = -1;
    }
    i += size;
  }
  if (start >= 0) visit(text.slice(start));
}

const ASCII_WORD = /^[a-z']*$/;

/** A word's vote for the languages that alone write one of its letters (the first such letter counts). */
function letterVotes(word: string, vote: (lang: string, n: number) => void): void {
  for (const ch of word) {
    const langs = LEXICON_INDEX.letters.get(ch);
    if (!langs) continue;
    for (const l of langs) vote(l, 1 / langs.length);
    return;
  }
}

/** Votes for Latin- (and Cyrillic-) script languages from their frequent words, their own letters and section headings. */
function wordVotes(state: ParseState): Map<string, number> {
  const votes = new Map<string, number>();
  const vote = (lang: string, n: number): void => {
    votes.set(lang, (votes.get(lang) ?? 0) + n);
  };
  let seen = 0;
  for (const line of state.lines) {
    if (seen > 4000) break;
    if (line.kind === 'heading' || line.bold) headingVotes(line.plain, vote);
    forEachWord(line.plain.toLowerCase(), (w) => {
      seen++;
      const langs = LEXICON_INDEX.common.get(w);
      if (langs) for (const l of langs) vote(l, 1 / langs.length);
      else if (!ASCII_WORD.test(w)) letterVotes(w, vote);
    });
  }
  return votes;
}

/** The detected language tag (lower case BCP 47). */
function detect(state: ParseState): string {
  const declared = state.source.frontMatter?.data?.lang;
  if (typeof declared === 'string' && declared.trim()) return findLexicon(declared).tag;
  let text = '';
  for (const l of state.lines) {
    text += `${l.plain}\n`;
    if (text.length > 20000) break;
  }
  const byScript = scriptLanguage(countScripts(text));
  if (byScript && LEXICONS[byScript]) return byScript;
  if (byScript) return byScript;
  let best = 'en';
  let bestVotes = 0;
  for (const [lang, n] of wordVotes(state)) {
    if (n > bestVotes) {
      best = lang;
      bestVotes = n;
    }
  }
  return best;
}

/**
 * Pass: sets `state.lang` and `state.lexicons` — the CV's language first, then English (CVs mix in
 * English headings and words), then every other lexicon.
 */
export function detectLanguage(state: ParseState): void {
  const lang = detect(state);
  state.lang = lang;
  const first: Lexicon = LEXICONS[lang] ?? en;
  const rest = Object.values(LEXICONS).filter((l) => l !== first && l !== en);
  state.lexicons = first === en ? [en, ...rest] : [first, en, ...rest];
}
