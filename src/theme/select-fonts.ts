// Chooses the script fonts a document needs, in the order its language wants them, and the characters no font draws.
import { detectScriptLang } from '../model/detect-script-lang.js';
import { findLexicon } from '../model/lexicon/find-lexicon.js';
import { findTags } from '../model/find-tags.js';
import { replaceFound } from '../model/replace-found.js';
import { fontCovers } from './font-covers.js';
import type { FontCoverage, ScriptFonts } from './font-source-types.js';
import { readFontStylesheet } from './read-font-stylesheet.js';

/** What a document needs besides the theme's main fonts. */
export interface FontSelection {
  /** Package-relative stylesheets to link (`@fontsource/noto-serif-jp/400.css`), in fallback order. */
  stylesheets: string[];
  /** Their CSS families in fallback order, for the `--cv-script-fonts` custom property. */
  families: string[];
  /** Characters of the text that no font of the theme draws, each once, in order of appearance. */
  missing: string[];
}

const HAN_KEYS = ['Jpan', 'Kore', 'Hans', 'Hant'];
/** A `<style>` element: its open tag's head and its closing tag (found as `/(<style\b[^>]*>)([\s\S]*?)(<\/style>)/gi` found it). */
const STYLE = /<(style)\b/iy;
const STYLE_CLOSER = { style: /<\/style>/gi };
/** Characters that need a glyph: not spaces, controls or default-ignorable marks (joiners, variation selectors, bidi controls). */
const INVISIBLE = /^[\s\p{Cc}\p{Default_Ignorable_Code_Point}]$/u;
/** Han ideographs, kana, Hangul, CJK punctuation and full-width forms: what a Han-variant font is chosen for. */
const CJK = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u{20000}-\u{3134f}]/u;
/** Emoji sequences: flags, keycaps, and pictographs with a presentation selector, skin tone or ZWJ joins. */
const EMOJI_SEQUENCE = /\p{Regional_Indicator}{2}|[#*0-9]\uFE0F?\u20E3|\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})?(?:\u200D\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})?)*/gu;
const SEQUENCE_HINT = /[\u200D\uFE0F\u20E3\u{1F3FB}-\u{1F3FF}\u{1F1E6}-\u{1F1FF}]/u;
const CJK_ALL = /[\u3040-\u30ff\u3131-\u318e\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\u{20000}-\u{3134f}]/gu;

/** Main-font coverage per code point, per coverage object (a theme's). */
const mainMemo = new WeakMap<FontCoverage, Map<number, boolean>>();

function mainCovers(coverage: FontCoverage, cp: number): boolean {
  let memo = mainMemo.get(coverage);
  if (!memo) mainMemo.set(coverage, (memo = new Map()));
  let hit = memo.get(cp);
  if (hit === undefined) {
    hit = coverage.main.some((href) => {
      const source = readFontStylesheet(href);
      return source !== undefined && fontCovers(source, cp);
    });
    if (memo.size < 200_000) memo.set(cp, hit);
  }
  return hit;
}

/** The Han variant a language tag names: script subtag, region, or the language itself. */
function hanKeyOfTag(lang: string): string | undefined {
  const parts = lang.toLowerCase().split(/[-_]/);
  if (parts.includes('hant') || parts.some((p) => p === 'tw' || p === 'hk' || p === 'mo')) return 'Hant';
  if (parts.includes('hans') || parts.some((p) => p === 'cn' || p === 'sg')) return 'Hans';
  if (parts.includes('jpan') || parts[0] === 'ja') return 'Jpan';
  if (parts.includes('kore') || parts[0] === 'ko') return 'Kore';
  return undefined;
}

/** Script keys the language prefers, most wanted first (from its lexicon's scripts and its tag). */
function preferredKeys(lang: string): string[] {
  const keys: string[] = [];
  const primary = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  const lexicon = findLexicon(lang);
  const han = hanKeyOfTag(lang);
  if (han) keys.push(han);
  if (lexicon.tag.split('-')[0] === primary) {
    for (const s of lexicon.scripts) {
      if (s === 'Hira' || s === 'Kana') keys.push('Jpan');
      else if (s === 'Hang') keys.push('Kore');
      // Han of a language whose tag names no variant (`zh`): the characters decide (see hanKeyOfText).
      else if (s === 'Hani') { if (han) keys.push(han); }
      else if (s === 'Latn' || s === 'Cyrl' || s === 'Grek') keys.push('Latn');
      else keys.push(s);
    }
  }
  // Korean Hanja are Traditional forms: the Traditional font comes next.
  if (keys.includes('Kore')) keys.splice(keys.indexOf('Kore') + 1, 0, 'Hant');
  return [...new Set(keys)];
}

/** The Han variant the CJK characters of a text point to: kana ⇒ Japanese, Hangul ⇒ Korean, Traditional forms, else Simplified. */
function hanKeyOfText(text: string): string {
  const found = detectScriptLang((text.match(CJK_ALL) ?? []).join(''), 1);
  return found === 'ja' ? 'Jpan' : found === 'ko' ? 'Kore' : found === 'zh-Hant' ? 'Hant' : 'Hans';
}

/**
 * The theme's script fonts with the language's preferred keys first, the rest in the theme's order; when the
 * language names no Han variant, `hanFirst` (from the text) leads among the Han fonts, which keep their place.
 */
function orderFonts(scripts: ScriptFonts[], preferred: string[], hanFirst: string | undefined): ScriptFonts[] {
  const rank = (s: ScriptFonts): number => {
    const i = preferred.indexOf(s.script);
    return i < 0 ? preferred.length : i;
  };
  const ordered = scripts.map((s, i) => ({ s, i })).sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i).map(({ s }) => s);
  if (!hanFirst) return ordered;
  const slots = ordered.flatMap((s, i) => (HAN_KEYS.includes(s.script) ? [i] : []));
  const han = slots.map((i) => ordered[i]!).sort((a, b) => Number(b.script === hanFirst) - Number(a.script === hanFirst));
  slots.forEach((slot, k) => (ordered[slot] = han[k]!));
  return ordered;
}

/** Adds the code points of `text` to `seen`, in order (a surrogate pair as one, a lone surrogate as itself). */
function addCodePoints(text: string, seen: Set<number>): void {
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    seen.add(cp);
  }
}

/** Runs of non-ASCII characters (a surrogate pair never straddles two runs). */
const NON_ASCII_RUN = /[^\0-\x7f]+/g;

/** The distinct code points of `text` that need a glyph, in order (ASCII only when `withAscii`). */
function codePointsOf(text: string, withAscii: boolean): number[] {
  const seen = new Set<number>();
  if (withAscii) addCodePoints(text, seen);
  else {
    // A document is mostly ASCII markup and CSS: the regular expression skips it far faster than a loop.
    for (const m of text.matchAll(NON_ASCII_RUN)) addCodePoints(m[0], seen);
  }
  return [...seen].filter((cp) => !INVISIBLE.test(String.fromCodePoint(cp)));
}

/**
 * The fonts a document needs besides the theme's main ones, as a pure function of the theme, the text and
 * the language (the PDF printer and the HTML export both call it). A character the main fonts draw needs
 * nothing. Any other takes the first script font that draws it, in this order: the fonts of the language's
 * own scripts (for Han characters the language's variant — `ja` Japanese, `ko` Korean then Traditional,
 * `zh-Hant`/`zh-TW`/`zh-HK` Traditional, else Simplified; with no CJK language the CJK characters
 * themselves decide), then the theme's `scriptFonts` in its order, then its `fallbackFonts`. A font whose
 * characters the document lacks is never linked, so a Latin CV loads none.
 * @param coverage - the theme's `fontCoverage`
 * @param text - everything the page can show: the rendered HTML with the theme's CSS for this language in a
 *   `<style>` element (numeric character references, and CSS escapes inside `<style>`, are read as the
 *   characters they stand for)
 * @param lang - the document's BCP 47 language
 */
export function selectFonts(coverage: FontCoverage, text: string, lang: string): FontSelection {
  let decoded = text.includes('&#') ? text.replace(/&#(x[0-9a-f]{1,6}|\d{1,7});/gi, (m, n: string) => safeChar(n[0] === 'x' || n[0] === 'X' ? parseInt(n.slice(1), 16) : Number(n)) ?? m) : text;
  // CSS escapes (`content: "\\2192"`) mean a character only inside style sheets.
  if (decoded.includes('\\')) {
    const d = decoded;
    decoded = replaceFound(d, findTags(d, STYLE, STYLE_CLOSER), (t) => d.slice(t.start, t.openEnd) + d.slice(t.openEnd, t.bodyEnd).replace(/\\([0-9a-f]{1,6})\s?/gi, (m, h: string) => safeChar(parseInt(h, 16)) ?? m) + d.slice(t.bodyEnd, t.end));
  }
  const withAscii = coverage.main.length === 0;
  // Emoji sequences (ZWJ, skin tones, keycaps, flags) are drawn by one font or not at all: one unit each.
  const sequences = SEQUENCE_HINT.test(decoded) ? [...new Set(decoded.match(EMOJI_SEQUENCE) ?? [])].filter((q) => [...q].length > 1) : [];
  const singles = codePointsOf(sequences.length ? decoded.replace(EMOJI_SEQUENCE, (q) => ([...q].length > 1 ? ' ' : q)) : decoded, withAscii);
  const units: number[][] = [
    ...singles.filter((cp) => !mainCovers(coverage, cp)).map((cp) => [cp]),
    ...sequences.map((q) => codePointsOf(q, true)).filter((u) => u.length > 0 && !u.every((cp) => mainCovers(coverage, cp))),
  ];
  if (units.length === 0) return { stylesheets: [], families: [], missing: [] };
  const needsHan = units.some((u) => u.some((cp) => CJK.test(String.fromCodePoint(cp))));
  const preferred = preferredKeys(lang);
  const hanFirst = needsHan && !preferred.some((k) => HAN_KEYS.includes(k)) ? hanKeyOfText(decoded) : undefined;
  const fonts = orderFonts(coverage.scripts, preferred, hanFirst);
  const draws = (f: ScriptFonts, cp: number): boolean => {
    const source = readFontStylesheet(f.hrefs[0]!);
    return source !== undefined && fontCovers(source, cp);
  };
  const needed = new Set<ScriptFonts>();
  const missing = new Set<string>();
  for (const unit of units) {
    // A sequence no single font draws falls apart into its characters, each drawn on its own.
    const whole = fonts.find((f) => unit.every((cp) => mainCovers(coverage, cp) || draws(f, cp)));
    if (whole) needed.add(whole);
    else if (unit.length > 1) units.push(...unit.filter((cp) => !mainCovers(coverage, cp)).map((cp) => [cp]));
    else missing.add(String.fromCodePoint(unit[0]!));
  }
  const chosen = fonts.filter((f) => needed.has(f));
  const families = chosen.map((f) => readFontStylesheet(f.hrefs[0]!)!.family);
  return { stylesheets: chosen.flatMap((f) => f.hrefs), families: [...new Set(families)], missing: [...missing] };
}

function safeChar(cp: number): string | undefined {
  return Number.isInteger(cp) && cp > 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(cp) : undefined;
}
