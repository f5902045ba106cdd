// Guesses the language of plain text lines: the script of its letters, else the votes of frequent words, letters and section headings.
import { LEXICONS } from '../model/lexicon/lexicons.js';
import { LEXICON_INDEX } from './markdown/lexicon-index.js';

/** A line of text to read; a heading (`kind` 'heading') or a line bold as a whole also votes with its section words. */
export interface TextLine {
  readonly plain: string;
  readonly kind?: string;
  readonly bold?: boolean;
}

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
  /** Kanji only Japanese writes this way (neither Chinese form), and characters only Chinese writes (of the two lists above). */
  japanese: number;
  chinese: number;
}

/** Characters written differently in Simplified and Traditional Chinese (frequent in CVs), by code point. */
const SIMPLIFIED = codes('这们国学会经验与为发开时实际专业软件项目负责开发设计系统数据库术责务让对进过还没样说话实现问题现将应该认识习资讯网络测试运维产品关于华东广东阳杭苏纳亿达点击历简级华');
const TRADITIONAL = codes('這們國學會經驗與為發開時實際專業軟體項目負責開發設計系統數據庫術責務讓對進過還沒樣說話實現問題現將應該認識習資訊網絡測試運維產品關於華東廣東陽杭蘇納億達點擊歷簡級華');
/** Kanji only Japanese writes so, the Chinese forms of both scripts differing (経 for 經/经, 働, 脳 for 腦/脑): Japanese written without kana. */
const JAPANESE = codes('経総脳歴続験駅関読売戦広応対専転鉄様児拡栄図楽薬権検険県覚単団働営発気労収効価処済変満沢歳込畑峠');
/** The characters of {@link SIMPLIFIED} and {@link TRADITIONAL} that Japanese does not write (現, 東, 業, 国, 学 it does). */
const CHINESE = new Set([...SIMPLIFIED].filter((n) => !codes('国学会与点杭数系目件品').has(n)).concat([...codes('這們國學會經驗與發實專體數讓對樣說將應產關廣點擊歷')]));
/** Letters only Ukrainian writes (of Cyrillic), and only Persian (of Arabic). */
const UKRAINIAN = codes('іїєґІЇЄҐ');
const PERSIAN = codes('پچژگکی');

const VIETNAMESE = /[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđơư]/iu;
/** The Latin letters (up to U+1EFF) {@link VIETNAMESE} matches, by code point (tested once, at load). */
const VIETNAMESE_AT = (() => {
  const t = new Uint8Array(0x1f00);
  for (let n = 0x80; n < t.length; n++) if ((n <= 0x24f || n >= 0x1e00) && VIETNAMESE.test(String.fromCharCode(n))) t[n] = 1;
  return t;
})();

/** The code points of a text, as a set. */
function codes(text: string): ReadonlySet<number> {
  return new Set([...text].map((ch) => ch.codePointAt(0)!));
}

/** Adds the letters of `text` to the counts per script, by code point (no string is made per character). */
function countScripts(c: ScriptCounts, text: string): void {
  for (let i = 0; i < text.length; ) {
    const unit = text.charCodeAt(i);
    // ASCII, most of the text, is read by code unit; other characters by code point
    if (unit < 0x80) {
      if ((unit >= 65 && unit <= 90) || (unit >= 97 && unit <= 122)) c.latin++;
      i++;
      continue;
    }
    const n = text.codePointAt(i)!;
    i += n > 0xffff ? 2 : 1;
    if (n <= 0x24f || (n >= 0x1e00 && n <= 0x1eff)) {
      c.latin++;
      if (VIETNAMESE_AT[n] === 1) c.vietnamese++;
    } else if (n >= 0x370 && n <= 0x3ff) c.greek++;
    else if (n >= 0x400 && n <= 0x4ff) {
      c.cyrillic++;
      if (UKRAINIAN.has(n)) c.ukrainian++;
    } else if (n >= 0x590 && n <= 0x5ff) c.hebrew++;
    else if (n >= 0x600 && n <= 0x6ff) {
      c.arabic++;
      if (PERSIAN.has(n)) c.persian++;
    } else if (n >= 0x900 && n <= 0x97f) c.devanagari++;
    else if (n >= 0xe00 && n <= 0xe7f) c.thai++;
    else if ((n >= 0x3040 && n <= 0x30ff) || (n >= 0x31f0 && n <= 0x31ff)) c.kana++;
    else if ((n >= 0xac00 && n <= 0xd7af) || (n >= 0x1100 && n <= 0x11ff)) c.hangul++;
    else if ((n >= 0x4e00 && n <= 0x9fff) || (n >= 0x3400 && n <= 0x4dbf)) {
      c.han++;
      if (SIMPLIFIED.has(n)) c.simplified++;
      if (TRADITIONAL.has(n)) c.traditional++;
      if (JAPANESE.has(n)) c.japanese++;
      else if (CHINESE.has(n)) c.chinese++;
    }
  }
}

/** The language of a non-Latin script that makes up a real share of the letters, if any. */
function scriptLanguage(c: ScriptCounts): string | undefined {
  const letters = c.latin + c.cyrillic + c.greek + c.arabic + c.hebrew + c.devanagari + c.thai + c.han + c.kana + c.hangul;
  if (letters === 0) return undefined;
  const share = (n: number): number => n / letters;
  if (share(c.hangul) > 0.05) return 'ko';
  if (share(c.kana) > 0.03) return 'ja';
  // ("2003/2 -- 現在, 統計数理研究所" / "理化学研究所 脳総研": kanji with Japanese forms and no kana is Japanese)
  if (share(c.han) > 0.08 && c.japanese >= 2 && c.japanese >= c.chinese) return 'ja';
  if (share(c.han) > 0.08) return c.traditional > c.simplified ? 'zh-hant' : 'zh-hans';
  if (share(c.thai) > 0.1) return 'th';
  if (share(c.hebrew) > 0.1) return 'he';
  if (share(c.arabic) > 0.1) return c.persian > 0 ? 'fa' : 'ar';
  if (share(c.devanagari) > 0.1) return 'hi';
  if (share(c.greek) > 0.1) return 'el';
  if (share(c.cyrillic) > 0.1) return c.ukrainian > 2 ? 'uk' : 'ru';  // (ru: told from bg and sr by their letters, see cyrillicLanguage)
  if (c.vietnamese > 10 && share(c.vietnamese) > 0.02) return 'vi';
  return undefined;
}

/**
 * A heading's votes: the languages whose section phrase it is ("Çalışma Geçmişi"), else those of each of
 * its words that is a section word ("Resmi Eğitim": eğitim).
 */
function headingVotes(plain: string, votes: Votes): void {
  const key = plain.toLowerCase().replace(/[:：]\s*$/, '').trim();
  const hits = LEXICON_INDEX.sections.get(key);
  if (hits) {
    for (const h of hits) votes.addTag(h.lang, 3 / hits.length);
    return;
  }
  if (key.length > 60) return;
  // its runs of letters (as `key.split(/[^\p{L}]+/u)`), in order, by scanning
  let start = 0;
  for (let i = 0; i <= key.length; ) {
    const n = i < key.length ? key.codePointAt(i)! : -1;
    const size = n > 0xffff ? 2 : 1;
    const letter = n < 0 ? false : n < 0x80 ? (n >= 97 && n <= 122) || (n >= 65 && n <= 90) : LETTER.test(String.fromCodePoint(n));
    if (!letter) {
      const wordHits = i - start > 2 ? LEXICON_INDEX.sections.get(key.slice(start, i)) : undefined;
      if (wordHits) for (const h of wordHits) votes.addTag(h.lang, 3 / wordHits.length);
      start = i + size;
    }
    i += size;
  }
}

const LETTER = /\p{L}/u;

/** FNV-1a over UTF-16 code units, kept to 30 bits. */
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const SMI_MASK = 0x3fffffff;

/** Every language a vote can go to (the lexicons' tags, and any other the index names), and each one's place in the list. */
const TAGS: readonly string[] = (() => {
  const tags = new Set(LEXICON_INDEX.byTag.keys());
  for (const langs of LEXICON_INDEX.common.values()) for (const l of langs) tags.add(l);
  for (const langs of LEXICON_INDEX.letters.values()) for (const l of langs) tags.add(l);
  for (const hits of LEXICON_INDEX.sections.values()) for (const h of hits) tags.add(h.lang);
  return [...tags];
})();
const TAG_INDEX: ReadonlyMap<string, number> = new Map(TAGS.map((t, i) => [t, i]));

/**
 * Votes per language ({@link TAGS} by place), and the order in which languages got their first vote (the
 * order a map of them kept: of two languages with as many votes, the first voted for wins).
 */
class Votes {
  readonly total = new Float64Array(TAGS.length);
  readonly order: number[] = [];
  private readonly voted = new Uint8Array(TAGS.length);

  /** Adds `n` votes for the language at place `i` of {@link TAGS}. */
  add(i: number, n: number): void {
    if (this.voted[i] === 0) {
      this.voted[i] = 1;
      this.order.push(i);
    }
    this.total[i] = this.total[i]! + n;
  }

  /** Adds `n` votes for a language by its tag. */
  addTag(lang: string, n: number): void {
    this.add(TAG_INDEX.get(lang)!, n);
  }
}

/**
 * The common words (keys of `LEXICON_INDEX.common`) in an open-addressing table of their hashes, so that a word of
 * a text is looked up by its span and the hash read along with it: no substring is made per word. Each word's
 * languages are kept as their places in {@link TAGS}. Built at load.
 */
const COMMON = (() => {
  const entries = [...LEXICON_INDEX.common];
  let size = 64;
  while (size < entries.length * 4) size *= 2;
  const keys: Array<string | undefined> = new Array<string | undefined>(size).fill(undefined);
  const langs: Int32Array[] = new Array<Int32Array>(size).fill(new Int32Array(0));
  const hashes = new Int32Array(size);
  for (const [key, value] of entries) {
    let h = FNV_OFFSET;
    for (let k = 0; k < key.length; k++) h = Math.imul(h ^ key.charCodeAt(k), FNV_PRIME);
    h &= SMI_MASK;
    let j = h & (size - 1);
    while (keys[j] !== undefined) j = (j + 1) & (size - 1);
    keys[j] = key;
    langs[j] = Int32Array.from(value, (l) => TAG_INDEX.get(l)!);
    hashes[j] = h;
  }
  return { keys, langs, hashes, mask: size - 1 };
})();

/** `LEXICON_INDEX.common.get(text.slice(start, end))` (as places in {@link TAGS}), by the span and its hash. */
function commonLangs(text: string, start: number, end: number, hash: number): Int32Array | undefined {
  const len = end - start;
  for (let j = hash & COMMON.mask; ; j = (j + 1) & COMMON.mask) {
    const key = COMMON.keys[j];
    if (key === undefined) return undefined;
    if (COMMON.hashes[j] !== hash || key.length !== len) continue;
    let k = 0;
    while (k < len && key.charCodeAt(k) === text.charCodeAt(start + k)) k++;
    if (k === len) return COMMON.langs[j];
  }
}

/**
 * Calls `visit` with each run of letters and apostrophes of `text`, in order (the non-empty parts of
 * `text.split(/[^\p{L}']+/u)`), as its span, the hash of its code units and whether it is all `[a-z']`,
 * reading ASCII by code unit and testing only other characters' letterhood.
 */
function forEachWord(text: string, visit: (start: number, end: number, hash: number, ascii: boolean) => void): void {
  let start = -1;
  let h = 0;
  let ascii = true;
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
      if (start < 0) {
        start = i;
        h = FNV_OFFSET;
        ascii = true;
      }
      h = Math.imul(h ^ c, FNV_PRIME);
      if (size === 2) h = Math.imul(h ^ text.charCodeAt(i + 1), FNV_PRIME);
      if (c >= 0x80 || (c >= 65 && c <= 90)) ascii = false;
    } else if (start >= 0) {
      if (!inAddress(text, start, i)) visit(start, i, h & SMI_MASK, ascii);
      start = -1;
    }
    i += size;
  }
  if (start >= 0 && !inAddress(text, start, text.length)) visit(start, text.length, h & SMI_MASK, ascii);
}

/**
 * Whether the word from `start` to `end` is a piece of an e-mail or web address ("ir" of "mitselek@mail.ir",
 * "github" of "github.com/x"): right after a dot, an at sign or a slash, or right before an at sign, a slash, or a dot
 * that a letter follows. Such pieces say nothing of the language the CV is written in.
 */
function inAddress(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  if (before === 0x2e || before === 0x40 || before === 0x2f) return true;
  const after = text.charCodeAt(end);
  if (after === 0x40 || after === 0x2f) return true;
  return after === 0x2e && /\p{L}/u.test(text[end + 1] ?? '');
}

/** A word's vote for the languages that alone write one of its letters (the first such letter counts). */
function letterVotes(word: string, votes: Votes): void {
  for (const ch of word) {
    const langs = LEXICON_INDEX.letters.get(ch);
    if (!langs) continue;
    for (const l of langs) votes.addTag(l, 1 / langs.length);
    return;
  }
}

/** Votes for Latin- (and Cyrillic-) script languages from their frequent words, their own letters and section headings. */
function wordVotes(lines: readonly TextLine[], extra: readonly string[]): Votes {
  const votes = new Votes();
  let seen = 0;
  for (const line of [...lines, ...extra.map((plain) => ({ plain, kind: 'text', bold: false }))]) {
    if (seen > 4000) break;
    if (line.kind === 'heading' || line.bold) headingVotes(line.plain, votes);
    const text = line.plain.toLowerCase();
    forEachWord(text, (start, end, hash, ascii) => {
      seen++;
      const langs = commonLangs(text, start, end, hash);
      if (langs) for (let k = 0; k < langs.length; k++) votes.add(langs[k]!, 1 / langs.length);
      else if (!ascii) letterVotes(text.slice(start, end), votes);
    });
  }
  return votes;
}

/** Cyrillic lexicons other than Ukrainian (told by its own letters first) and the code points of their `letters`. */
const CYRILLIC_LETTERS: ReadonlyArray<readonly [tag: string, letters: ReadonlySet<number>]> = Object.values(LEXICONS)
  .filter((l) => l.tag !== 'uk' && (l.letters ?? []).some((ch) => /\p{Script=Cyrillic}/u.test(ch)))
  .map((l) => [l.tag, new Set((l.letters ?? []).flatMap((ch) => [ch.codePointAt(0)!, ch.toUpperCase().codePointAt(0)!]))] as const);

/**
 * A Cyrillic CV that is not Ukrainian: Russian, unless the letters only Serbian writes (ђ ћ џ љ њ ј) are there,
 * or Bulgarian's frequent ъ outnumbers four times Russian's own ы and э (each language's `letters`).
 */
function cyrillicLanguage(text: string, cyrillic: number): string {
  const counts = new Map<string, number>();
  for (let i = 0; i < text.length; i++) {
    const n = text.charCodeAt(i);
    if (n < 0x400 || n > 0x4ff) continue;
    for (const [tag, set] of CYRILLIC_LETTERS) if (set.has(n)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  if ((counts.get('sr') ?? 0) > 2) return 'sr';
  const bg = counts.get('bg') ?? 0;
  const ru = counts.get('ru') ?? 0;
  // (a short text: ъ at all, and none of ы and э, which Russian writes about twice in every hundred letters)
  return (bg >= 3 && bg > 4 * ru) || (bg >= 1 && ru === 0 && cyrillic >= 150) ? 'bg' : 'ru';
}

/** Options of {@link detectTextLanguage}. */
export interface DetectTextLanguageOptions {
  /** More text read after the lines (a Markdown CV's front-matter values): every letter of it counts, its words vote as plain lines. */
  extra?: readonly string[];
  /** Fewest votes a language must get from the words for the guess to be made (default: any vote); fewer give `undefined`. */
  minVotes?: number;
}

/**
 * The language text is written in: the script's when a non-Latin script (or Vietnamese's letters) makes up a real
 * share of the letters of the first 20,000 characters (Cyrillic told apart by letters: `uk`, `sr`, `bg`, `ru`), else
 * the Latin- or Cyrillic-script language most of its frequent words, letters only a few languages write (each
 * lexicon's `commonWords` and `letters`) and section headings vote for, over its first 4,000 words or so.
 * @param lines - the text, line by line, in reading order
 * @param options - `extra` text after the lines; `minVotes`, the evidence a guess from words needs
 * @returns a lower-case BCP 47 tag (`es`, `zh-hans`), or undefined when nothing (or too little) points to a language
 */
export function detectTextLanguage(lines: readonly TextLine[], options: DetectTextLanguageOptions = {}): string | undefined {
  const extra = options.extra ?? [];
  // (joined once, by an array: one flat text reads faster than the lines' strings one by one, whose shapes vary, or
  // than a text grown by concatenation; the line break after the last line holds no letter)
  const plains: string[] = [];
  let length = 0;
  for (const l of lines) {
    plains.push(l.plain);
    length += l.plain.length + 1;
    if (length > 20000) break;
  }
  const text = extra.length ? [...plains, ...extra].join('\n') : plains.join('\n');
  const counts: ScriptCounts = { latin: 0, cyrillic: 0, ukrainian: 0, greek: 0, arabic: 0, persian: 0, hebrew: 0, devanagari: 0, thai: 0, han: 0, kana: 0, hangul: 0, vietnamese: 0, simplified: 0, traditional: 0, japanese: 0, chinese: 0 };
  countScripts(counts, text);
  const byScript = scriptLanguage(counts);
  if (byScript === 'ru') return cyrillicLanguage(text, counts.cyrillic);
  if (byScript) return byScript;
  let best: string | undefined;
  let bestVotes = 0;
  const votes = wordVotes(lines, extra);
  for (const i of votes.order) {
    if (votes.total[i]! > bestVotes) {
      best = TAGS[i]!;
      bestVotes = votes.total[i]!;
    }
  }
  return bestVotes >= (options.minVotes ?? 0) ? best : undefined;
}
