// Lists the words of a Markdown source that do not occur in a haystack (the model's strings or a PDF's text).
import { LEXICONS } from '../model/lexicon/lexicons.js';
import { deferTable } from './markdown/defer-table.js';
import { isSpace } from './markdown/is-space.js';

/** Word characters (letters, digits, combining marks of the scripts CVs use): 1 = word, 2 = a Han/kana character (a word by itself). */
const CLASS = (() => {
  const t = new Uint8Array(65536);
  const ranges: Array<[number, number, number]> = [
    [0x30, 0x39, 1], [0x41, 0x5a, 1], [0x61, 0x7a, 1], [0xaa, 0xaa, 1], [0xb5, 0xb5, 1], [0xba, 0xba, 1], [0xc0, 0xd6, 1], [0xd8, 0xf6, 1],
    [0xf8, 0x36f, 1], [0x370, 0x3ff, 1], [0x400, 0x52f, 1], [0x531, 0x58f, 1], [0x5d0, 0x5ea, 1], [0x620, 0x64a, 1], [0x660, 0x669, 1],
    [0x900, 0xdff, 1], [0xe00, 0xe7f, 1], [0x10a0, 0x10ff, 1], [0x1100, 0x11ff, 1], [0x1e00, 0x1fff, 1], [0xac00, 0xd7af, 1],
    [0x3040, 0x30ff, 2], [0x3400, 0x9fff, 2], [0xf900, 0xfaff, 2],
  ];
  for (const [a, b, v] of ranges) t.fill(v, a, b + 1);
  return t;
})();

/**
 * How {@link foldCase} folds each UTF-16 unit of the scripts and symbols CVs use, when the unit can be folded
 * alone, with the CLASS of what it folds to: `folded | class << 16`. A unit folds to its lower case when NFKC
 * leaves it as it is, and to a space when NFKC turns it into non-word characters only (no-break and other spaces,
 * "…", fullwidth punctuation). Variation selectors (U+FE00–FE0F, after an emoji) fold to themselves: they are
 * starters that compose with nothing, and no word character. Every other unit is -1 (combining marks, the soft
 * hyphen, capital sigma, ligatures, compatibility letters and digits, and scripts not listed here), except Han
 * ideographs and Hangul syllables, which fold to themselves (see {@link unitOf}), and the surrogates of a symbol
 * that folds alone (see {@link symbolPairs}). A text made only of units that fold alone folds unit by unit to
 * exactly the words {@link foldCase} gives.
 */
const UNIT = (() => {
  const t = new Int32Array(65536).fill(-1);
  // Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic, Vietnamese letters, punctuation, currency, arrows, shapes,
  // symbols, dingbats, CJK punctuation and kana, halfwidth and fullwidth forms, one unit a line: NFKC and lower-casing do not reach across a line
  // break, so one call each folds them all
  const ranges: Array<[number, number]> = [[0x01, 0x6ff], [0x1e00, 0x1eff], [0x2000, 0x20cf], [0x2190, 0x21ff], [0x2500, 0x27bf], [0x3000, 0x30ff], [0xff00, 0xffef]];
  const units: string[] = [];
  for (const [a, b] of ranges) for (let c = a; c <= b; c++) if (c !== 0x0a) units.push(String.fromCharCode(c));
  const all = units.join('\n');
  const nfkc = all.normalize('NFKC').split('\n');
  const lower = all.toLowerCase().split('\n');
  const marks = new Set(all.match(/\p{M}/gu));
  if (nfkc.length !== units.length || lower.length !== units.length) return t; // (never: every text would take the exact path)
  const separators = (s: string): boolean => [...s.toLowerCase()].every((ch) => CLASS[ch.charCodeAt(0)] === 0 && !marks.has(ch) && ch.length === 1);
  const set = (c: number, folded: number): void => {
    t[c] = folded | (CLASS[folded]! << 16);
  };
  units.forEach((ch, k) => {
    const c = ch.charCodeAt(0);
    if (c === 0xad || c === 0x3a3 || marks.has(ch)) return;
    if (nfkc[k] === ch) {
      if (lower[k]!.length === 1) set(c, lower[k]!.charCodeAt(0));
    } else if (separators(nfkc[k]!)) set(c, 0x20);
  });
  set(0x00, 0x00);
  set(0x0a, 0x0a);
  for (let c = 0xfe00; c <= 0xfe0f; c++) set(c, c);
  return t;
})();

/** The symbols {@link symbolPairs} covers: emoji and pictographs (U+1F000–1FBFF). */
const SYMBOLS_FROM = 0x1f000;
const SYMBOLS_TO = 0x1fbff;

/**
 * The symbols of {@link SYMBOLS_FROM}–{@link SYMBOLS_TO} (emoji, pictographs, regional indicators, skin tones) that
 * NFKC and lower-casing leave as they are: 1 for each. Their two surrogates fold alone, to themselves, as
 * non-word units (as {@link foldCase}'s text reads any surrogate). Symbols compose with nothing, so they fold the
 * same within a text as alone. Computed as UNIT is, one symbol a line, at the first symbol met.
 */
const symbolPairs = deferTable(() => {
  const t = new Uint8Array(SYMBOLS_TO - SYMBOLS_FROM + 1);
  const symbols: string[] = [];
  for (let c = SYMBOLS_FROM; c <= SYMBOLS_TO; c++) symbols.push(String.fromCodePoint(c));
  const all = symbols.join('\n');
  const nfkc = all.normalize('NFKC').split('\n');
  const lower = all.toLowerCase().split('\n');
  if (nfkc.length !== symbols.length || lower.length !== symbols.length) return t;
  symbols.forEach((ch, k) => {
    if (nfkc[k] === ch && lower[k] === ch && /^[\p{So}\p{Sk}]$/u.test(ch)) t[k] = 1;
  });
  return t;
});

/**
 * A surrogate of a symbol that folds alone (see {@link symbolPairs}): the unit itself as a non-word unit,
 * else -1 (a lone surrogate, or another character's).
 */
function symbolUnit(t: string, i: number, code: number): number {
  let high = code;
  let low = t.charCodeAt(i + 1);
  if (code >= 0xdc00 && code <= 0xdfff) {
    high = t.charCodeAt(i - 1);
    low = code;
  }
  if (!(high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff)) return -1;
  const cp = (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  return cp >= SYMBOLS_FROM && cp <= SYMBOLS_TO && symbolPairs()[cp - SYMBOLS_FROM] === 1 ? code : -1;
}

/** {@link unitOf} of the unit at `i` of `t`, the surrogates of a symbol that folds alone included. */
function unitIn(t: string, i: number): number {
  const code = t.charCodeAt(i);
  const u = unitOf(code);
  return u >= 0 || code < 0xd800 || code > 0xdfff ? u : symbolUnit(t, i, code);
}

/** UNIT's value for a unit: -1 when it cannot be folded alone. Han ideographs and Hangul syllables are caseless and NFKC-stable. */
function unitOf(code: number): number {
  const u = UNIT[code]!;
  if (u >= 0) return u;
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7a3) ? code | (CLASS[code]! << 16) : -1;
}

/** Lower-cased, NFKC-normalised (ligatures unfolded) text with soft hyphens removed: what words are read from. */
function foldCase(text: string): string {
  const t = text.normalize('NFKC').toLowerCase();
  return t.includes('\u00ad') ? t.replace(/\u00ad/g, '') : t;
}

/** Hashes are kept to 30 bits (small integers, never boxed numbers). */
const SMI_MASK = 0x3fffffff;
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/**
 * A code unit read as a word reader sees it: folded unit and class in one lookup (see UNIT; an already
 * folded text is read as it is), else computed; negative when the unit cannot be folded alone.
 */
function readUnit(t: string, i: number, fold: boolean): number {
  const raw = t.charCodeAt(i);
  const u = fold ? UNIT[raw]! : raw | (CLASS[raw]! << 16);
  return u < 0 ? unitIn(t, i) : u;
}

/**
 * Reads the words of a text one at a time, without making substrings: runs of word characters; a Han/kana
 * character is a word by itself. With `fold`, units are read as {@link foldCase} would fold them (through UNIT)
 * and reading stops, with `unfoldable` set, at a unit that cannot be folded alone; without it, the text must
 * already be folded.
 */
class WordReader {
  /** The current word: its span of the text and its hash. */
  start = 0;
  end = 0;
  hash = 0;
  /** Set when reading stopped at a unit that cannot be folded alone. */
  unfoldable = false;
  private at = 0;

  constructor(
    readonly text: string,
    private readonly fold: boolean,
  ) {}

  /** Goes on reading at `at` (a word boundary). */
  skipTo(at: number): void {
    this.at = at;
  }

  /** Moves to the next word; false at the end of the text (or at a unit that cannot be folded). */
  next(): boolean {
    const t = this.text;
    const n = t.length;
    const fold = this.fold;
    let start = -1;
    let h = 0;
    let i = this.at;
    for (; i < n; i++) {
      const u = readUnit(t, i, fold);
      if (u < 0) {
        this.unfoldable = true;
        this.at = n;
        return false;
      }
      const c = u >>> 16;
      if (c === 1) {
        if (start < 0) {
          start = i;
          h = FNV_OFFSET;
        }
        h = Math.imul(h ^ (u & 0xffff), FNV_PRIME);
      } else if (start >= 0) {
        break; // the word ends here; this unit is read again by the next call
      } else if (c === 2) {
        this.start = i;
        this.end = i + 1;
        this.hash = Math.imul(FNV_OFFSET ^ (u & 0xffff), FNV_PRIME) & SMI_MASK;
        this.at = i + 1;
        return true;
      }
    }
    this.at = i;
    if (start < 0) return false;
    this.start = start;
    this.end = i;
    this.hash = h & SMI_MASK;
    return true;
  }
}

/** Compares two words unit by unit; with `fold`, both are read folded through UNIT (every unit of both texts folds). */
function sameWord(a: string, aStart: number, b: string, bStart: number, len: number, fold: boolean): boolean {
  if (fold) {
    for (let k = 0; k < len; k++) {
      const x = a.charCodeAt(aStart + k);
      const y = b.charCodeAt(bStart + k);
      if (x !== y && (unitOf(x) & 0xffff) !== (unitOf(y) & 0xffff)) return false;
    }
    return true;
  }
  for (let k = 0; k < len; k++) if (a.charCodeAt(aStart + k) !== b.charCodeAt(bStart + k)) return false;
  return true;
}

/** The distinct words of a text in an open-addressing hash table of spans (no substrings are made); `fold` as for {@link WordReader}. */
class WordTable {
  private start: Int32Array;
  private len: Int32Array;
  private hash: Int32Array;
  private mask: number;
  private count = 0;
  /** Set when the text has a unit that cannot be folded alone (the table is then incomplete). */
  readonly unfoldable: boolean;

  constructor(
    private readonly text: string,
    private readonly fold: boolean,
  ) {
    // sized for a text's usual share of distinct words (about one per 16 units); grown when more come
    let size = 256;
    while (size * 8 < text.length) size *= 2;
    this.start = new Int32Array(size);
    this.len = new Int32Array(size);
    this.hash = new Int32Array(size);
    this.mask = size - 1;
    this.unfoldable = !this.addWords();
  }

  /**
   * Adds the text's words, read as {@link WordReader} reads them (the same spans and hashes) in one loop;
   * false when `fold` and a unit cannot be folded alone (the words before it are added).
   */
  private addWords(): boolean {
    const t = this.text;
    const n = t.length;
    const fold = this.fold;
    let start = -1;
    let h = 0;
    for (let i = 0; i < n; i++) {
      const u = readUnit(t, i, fold);
      if (u < 0) return false;
      const c = u >>> 16;
      if (c === 1) {
        if (start < 0) {
          start = i;
          h = FNV_OFFSET;
        }
        h = Math.imul(h ^ (u & 0xffff), FNV_PRIME);
        continue;
      }
      if (start >= 0) {
        this.add(start, i - start, h & SMI_MASK);
        start = -1;
      }
      if (c === 2) this.add(i, 1, Math.imul(FNV_OFFSET ^ (u & 0xffff), FNV_PRIME) & SMI_MASK);
    }
    if (start >= 0) this.add(start, n - start, h & SMI_MASK);
    return true;
  }

  /** Adds a word unless one of the same hash and length is there: a word dropped by a collision only sends {@link has} to the exact check. */
  private add(start: number, len: number, h: number): void {
    let j = h & this.mask;
    for (; this.len[j]! !== 0; j = (j + 1) & this.mask) {
      if (this.hash[j] === h && this.len[j] === len) return;
    }
    this.start[j] = start;
    this.len[j] = len;
    this.hash[j] = h;
    if (++this.count * 2 > this.mask) this.grow();
  }

  /** Doubles the table (kept at most half full). */
  private grow(): void {
    const { start, len, hash } = this;
    const size = (this.mask + 1) * 2;
    this.start = new Int32Array(size);
    this.len = new Int32Array(size);
    this.hash = new Int32Array(size);
    this.mask = size - 1;
    for (let k = 0; k < len.length; k++) {
      if (len[k] === 0) continue;
      let j = hash[k]! & this.mask;
      while (this.len[j]! !== 0) j = (j + 1) & this.mask;
      this.start[j] = start[k]!;
      this.len[j] = len[k]!;
      this.hash[j] = hash[k]!;
    }
  }

  /** True when the word at `start` of `other` (length `len`, hash `h`) is in the table; false may also mean "not sure". */
  has(other: string, start: number, len: number, h: number): boolean {
    for (let j = h & this.mask; this.len[j]! !== 0; j = (j + 1) & this.mask) {
      if (this.hash[j] === h && this.len[j] === len && sameWord(this.text, this.start[j]!, other, start, len, this.fold)) return true;
    }
    return false;
  }
}

/**
 * Folded text with every non-word character removed: the haystack's words run together. With `fold`, `t` is
 * read folded through UNIT (every unit of it folds alone: it is what {@link foldCase} would give); without, `t`
 * is already folded. The word units are written as UTF-16LE bytes and decoded once (no substrings joined).
 */
function compactOf(t: string, fold: boolean): string {
  const bytes = new Uint8Array(2 * t.length);
  let n = 0;
  for (let i = 0; i < t.length; i++) {
    const u = readUnit(t, i, fold);
    if (u < 0 || u >>> 16 === 0) continue;
    bytes[n++] = u & 0xff;
    bytes[n++] = (u >>> 8) & 0xff;
  }
  return UTF16LE.decode(bytes.subarray(0, n));
}

/** Decodes the units {@link compactOf} writes (word units only: never a surrogate, never a byte-order mark). */
const UTF16LE = new TextDecoder('utf-16le', { ignoreBOM: true });

/**
 * Contact-field labels ("Email:", "Tel.:", "LinkedIn:") are layout, not text: themes show icons or their own words.
 * One pattern of all the groups is tried only where a label can start (sticky). Whichever label matches, the match
 * ends just after the first colon from there on (no label, mark or white space holds a colon), so trying the
 * groups one by one found the same end.
 */
const CONTACT_LABEL_WORDS = [
  'e-?mail(?: address)?|mail|phone(?: number)?|tel\\.?|telephone|mobile|mob\\.?|cell(?:phone)?|website|web|homepage|url|blog|portfolio|github|gitlab',
  'linkedin|twitter|x|mastodon|telegram|skype|xing|location|address|city|residence|time ?zone|tz|telefon|telefonnummer|handy',
  'mobil|webseite|anschrift|adresse|wohnort|ort|zeitzone|courriel|tél\\.?|téléphone|portable|site web|site|lieu|ville|fuseau horaire',
  'correo(?: electrónico)?|teléfono|telefono|móvil|celular|telefone|telemóvel|dirección|ubicación|endereço|cidade|sitio web|komórka|adres(?: e-?mail)?|strona(?: www)?|miasto',
  'cellulare|indirizzo|città|sito(?: web)?|telefoon|mobiel|woonplaats|телефон|тел\\.?|почта|адрес|город|сайт|电子邮箱|邮箱|电子邮件|电话',
  '手机|联系电话|地址|所在地|城市|网站|个人网站|主页|时区|微信',
  'telepon|telp\\.?|tlp\\.?|no\\.? ?(?:hp|wa|telp\\.?|telepon|tel\\.?|telefon)|nomor (?:hp|telepon|ponsel)|hp|ponsel|handphone|whatsapp|surel|e-?mel|alamat(?: email| surel| e-?mel)?|domisili|kota|situs(?: web)?|laman(?: web)?',
];
/** A link's text that is a contact label alone, before its target or reference: "[Email](", "[LinkedIn][". */
const CONTACT_LINK_TEXT = new RegExp(`\\[[ \\t]*(?:${CONTACT_LABEL_WORDS.join('|')})[ \\t]*\\](?=[(\\[])`, 'giu');
const CONTACT_LABEL_AT = new RegExp(`(?:\\*\\*|__|\\*|_)?(?:${CONTACT_LABEL_WORDS.join('|')})(?:\\*\\*|__)?\\s*[:：]`, 'iuy');

/**
 * At least the length of a label with its emphasis marks before and after (code units): each alternative's
 * pattern text is at least as long as what it matches (one unit of text per unit of pattern, case-insensitively
 * too: no other plane folds to these letters), plus `**` on either side.
 */
const MAX_LABEL = Math.max(...CONTACT_LABEL_WORDS.flatMap((w) => w.split('|')).map((a) => a.length)) + 4;

/**
 * Where a text's next occurrence of a string is, from a place on: looked up again only when asked from before the
 * place it was looked up from, or from past what it found, so that asking from places that mostly grow is linear.
 */
class NextOf {
  private from: number;
  private found = -1;

  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {
    this.from = text.length + 1;
  }

  /** `text.indexOf(needle, q)`. */
  at(q: number): number {
    if (q < this.from || (this.found >= 0 && q > this.found)) {
      this.from = q;
      this.found = this.text.indexOf(this.needle, q);
    }
    return this.found;
  }
}

/**
 * The colon a label at a place would end with: the first `:` or `：` at or after it (no label, mark or white
 * space holds one), and where the white space before that colon starts.
 */
class ColonAhead {
  private readonly ascii: NextOf;
  private readonly wide: NextOf;
  private colon = -1;
  private trimmed = -1;

  constructor(private readonly line: string) {
    this.ascii = new NextOf(line, ':');
    this.wide = new NextOf(line, '：');
  }

  /**
   * Whether a label can start at `q`: a colon follows, its white space starting at most {@link MAX_LABEL}
   * units on (a label, its marks, then white space, then the colon). Most places of a line (after each comma
   * or bar) fail this and need not try the label patterns.
   */
  mayStartLabel(q: number): boolean {
    const colon = firstOf(this.ascii.at(q), this.wide.at(q));
    if (colon < 0) return false;
    if (colon !== this.colon) {
      let t = colon;
      while (t > 0 && isSpace(this.line.charCodeAt(t - 1))) t--;
      this.colon = colon;
      this.trimmed = t;
    }
    return this.trimmed - q <= MAX_LABEL;
  }
}

/** The end of the contact label (with its colon) at `q`, or -1. */
function contactLabelEnd(l: string, q: number, ahead: ColonAhead): number {
  if (!ahead.mayStartLabel(q)) return -1;
  CONTACT_LABEL_AT.lastIndex = q;
  return CONTACT_LABEL_AT.test(l) ? CONTACT_LABEL_AT.lastIndex : -1;
}

/**
 * The contact label a match at `p` removes, as `[start, end]`: a label at a line start, after one of
 * `| · • , ;` and its white space, or after a line's indent and bullet (what
 * `/(^|[|·•,;]\s*|^\s*(?:[-*+]\s+)?)<label>/gimu` found, its `$1` kept). The indent stays on its line: a
 * match that started on an earlier, blank line gave that white space back anyway.
 */
function contactLabelAt(l: string, p: number, ahead: ColonAhead): [number, number] | undefined {
  const n = l.length;
  const lineStart = p === 0 || isBreakCode(l.charCodeAt(p - 1));
  let end = lineStart ? contactLabelEnd(l, p, ahead) : -1;
  if (end >= 0) return [p, end];
  // ("**email:** x@y.com **phone:** 952-649-0887": a space before a bold label parts it from the value before)
  if (isLabelSeparator(l.charCodeAt(p)) || boldAfterSpace(l, p)) {
    let q = p + 1;
    while (q < n && isSpace(l.charCodeAt(q))) q++;
    if ((end = contactLabelEnd(l, q, ahead)) >= 0) return [q, end];
  }
  if (!lineStart) return undefined;
  let q = p;
  while (q < n && isSpace(l.charCodeAt(q)) && !isBreakCode(l.charCodeAt(q))) q++;
  // "📧 Email:", "☎️ Phone:": an icon before the label (its surrogates, variation selector and joiners) and the space after it
  const icon = q;
  while (q < n && isIconCode(l.charCodeAt(q))) q++;
  if (q > icon) while (q < n && isSpace(l.charCodeAt(q)) && !isBreakCode(l.charCodeAt(q))) q++;
  const b = l.charCodeAt(q);
  if ((b === 0x2d || b === 0x2a || b === 0x2b) && isSpace(l.charCodeAt(q + 1))) {
    let r = q + 1;
    while (r < n && isSpace(l.charCodeAt(r))) r++;
    if ((end = contactLabelEnd(l, r, ahead)) >= 0) return [r, end];
  }
  return (end = contactLabelEnd(l, q, ahead)) >= 0 ? [q, end] : undefined;
}

/** A UTF-16 unit of an emoji or a dingbat icon: a surrogate, U+2190–U+2BFF (arrows, symbols, dingbats), a variation selector, a zero-width joiner. */
function isIconCode(c: number): boolean {
  return (c >= 0xd800 && c <= 0xdfff) || (c >= 0x2190 && c <= 0x2bff) || c === 0xfe0f || c === 0x200d;
}

/** `| · • , ;`: the marks a contact label may follow. */
function isLabelSeparator(c: number): boolean {
  return c === 0x7c || c === 0xb7 || c === 0x2022 || c === 0x2c || c === 0x3b;
}

/** A space at `p` with a bold mark (`**`, `__`) right after it. */
function boldAfterSpace(l: string, p: number): boolean {
  const c = l.charCodeAt(p + 1);
  return l.charCodeAt(p) === 0x20 && (c === 0x2a || c === 0x5f) && l.charCodeAt(p + 2) === c;
}

/** A line break as the `m` flag reads one: `\n`, `\r`, U+2028, U+2029. */
function isBreakCode(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

/** A separator a contact label may follow, a space before a bold mark, or a line break (a label may start after one): where labels are looked for. */
const LABEL_PLACE = /[|·•,;\n\r\u2028\u2029]| (?=\*\*|__)/g;

/** The first place at or after `from` where a label can start: the line's start, after a line break, or at a separator. */
function nextLabelPlace(l: string, from: number): number {
  if (from === 0) return 0;
  LABEL_PLACE.lastIndex = from - 1;
  for (let m = LABEL_PLACE.exec(l); m; m = LABEL_PLACE.exec(l)) {
    const k = m.index;
    if (isBreakCode(l.charCodeAt(k))) return k + 1;
    if (k >= from) return k;
  }
  return l.length;
}

/** A line without its contact-field labels (each one's white space and mark before it kept). */
function unlabelContacts(l: string): string {
  let out = '';
  let last = 0;
  const ahead = new ColonAhead(l);
  // a label ends with a colon: none starts after the last one
  const end = Math.max(l.lastIndexOf(':'), l.lastIndexOf('：')) + 1;
  for (let p = nextLabelPlace(l, 0); p < end; p = nextLabelPlace(l, p + 1)) {
    const m = contactLabelAt(l, p, ahead);
    if (!m) continue;
    out += `${l.slice(last, m[0])} `;
    last = m[1];
    p = last - 1;
  }
  return last === 0 ? l : out + l.slice(last);
}

/**
 * Connector words a parser consumes when it splits "Title at Org" or "May 2019 to May 2020" (the model keeps
 * the parts, a theme prints its own connector): not counted as lost. Every lexicon's one-word connectors and
 * since/from/to words, the words of its connector phrases, its one-word start and end labels, and "of".
 */
const CONNECTORS: ReadonlySet<string> = new Set([
  'of',
  ...Object.values(LEXICONS).flatMap((l) => [...l.connectors, ...(l.roleAfter ?? []), ...l.since, ...l.from, ...l.to].filter((w) => !/\s/.test(w)).map((w) => w.toLowerCase())),
  // (and the one-word labels of a start or an end, cut with the date they label: "— *Graduated: 2021*")
  ...Object.values(LEXICONS).flatMap((l) => [...(l.fields.start ?? []), ...(l.fields.end ?? [])].filter((w) => !/\s/.test(w)).map((w) => w.toLowerCase())),
  // (the words of a connector phrase too: "au sein de" is consumed whole)
  ...Object.values(LEXICONS).flatMap((l) => [...l.connectors, ...(l.roleAfter ?? [])].filter((w) => /\s/.test(w)).flatMap((w) => w.toLowerCase().split(/\s+/))),
]);

const SPACE = /\s/;
const KEY_CHAR = /[\w$-]/;
const isBreak = (c: string | undefined): boolean => c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029';

/** A table's delimiter row (`| --- | :-: |`), read by scanning: what `/^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/` matched. */
function isDelimiterRow(l: string): boolean {
  let i = 0;
  const spaces = (): void => {
    while (i < l.length && SPACE.test(l[i]!)) i++;
  };
  spaces();
  if (l[i] === '|') i++;
  for (;;) {
    spaces();
    if (l[i] === ':') i++;
    const dashes = i;
    while (l[i] === '-') i++;
    if (i === dashes) return false;
    if (l[i] === ':') i++;
    spaces();
    if (i === l.length) return true;
    if (l[i] !== '|') return false;
    i++;
    spaces();
    if (i === l.length) return true;
  }
}

/** Where each run of characters of a kind ends: `end[i]` is the first index at or after `i` whose character is not of it. */
function runEnds(s: string, of: (c: string) => boolean): Int32Array {
  const end = new Int32Array(s.length + 1).fill(s.length);
  for (let i = s.length - 1; i >= 0; i--) end[i] = of(s[i]!) ? end[i + 1]! : i;
  return end;
}

/** {@link runEnds} of white space (as `\s` reads it), by code unit. */
function spaceRunEnds(s: string): Int32Array {
  const end = new Int32Array(s.length + 1).fill(s.length);
  for (let i = s.length - 1; i >= 0; i--) end[i] = isSpace(s.charCodeAt(i)) ? end[i + 1]! : i;
  return end;
}

/**
 * `s.replace(pattern, …)` for a pattern that starts with `^` under the `m` flag, by trying it only at line
 * starts from the end of the last match on: `at(p)` returns the end of the match at line start `p` and its
 * replacement, or undefined.
 */
function replaceAtLineStarts(s: string, at: (p: number) => [number, string] | undefined): string {
  let out = '';
  let last = 0;
  for (let p = 0; p < s.length; p = nextLineStart(s, p + 1)) {
    const m = at(p);
    if (!m) continue;
    out += s.slice(last, p) + m[1];
    last = m[0];
    p = last - 1;
  }
  return last === 0 ? s : out + s.slice(last);
}

/** The first line start (the text's start, or after a line break) at or after `from`; the text's end when none. */
function nextLineStart(s: string, from: number): number {
  if (from === 0 || isBreakCode(s.charCodeAt(from - 1))) return from;
  return Math.min(nextBreak(s, from) + 1, s.length);
}

/** Front matter without its keys: `s.replace(/^(\s*(?:-\s+)?)[\w$-]+\s*:/gm, '$1 ')`, by scanning. */
function unkeyFrontMatter(s: string): string {
  const ws = spaceRunEnds(s);
  const key = runEnds(s, (c) => KEY_CHAR.test(c));
  const colonAfter = (w: number): number => (key[w]! > w && s[ws[key[w]!]!] === ':' ? ws[key[w]!]! : -1);
  return replaceAtLineStarts(s, (p) => {
    const q = ws[p]!;
    // the optional "- " is tried first, then the key right after the white space
    let word = s[q] === '-' && SPACE.test(s[q + 1] ?? '') ? ws[q + 1]! : -1;
    let colon = word >= 0 ? colonAfter(word) : -1;
    if (colon < 0) colon = colonAfter((word = q));
    return colon < 0 ? undefined : [literalEnd(s, colon + 1), `${s.slice(p, word)} `];
  });
}

/** YAML's literals: a value that is one of them (`ongoing: true`, `end: null`) is data, not a word of the CV. */
const YAML_LITERALS = new Set(['true', 'false', 'null', '~', 'yes', 'no', 'True', 'False', 'Null', 'TRUE', 'FALSE', 'NULL']);

/** An ISO date (`2021-02-28`): a front-matter value the model keeps as a date, maybe to the month only. */
const isIsoDate = (t: string): boolean => t.length === 10 && t[4] === '-' && t[7] === '-' && /^\d{4}-\d\d-\d\d$/.test(t);

/** Where a key's value that is only a YAML literal or an ISO date ends (its line's end), else `from`. */
function literalEnd(s: string, from: number): number {
  let a = from;
  while (s[a] === ' ' || s[a] === '\t') a++;
  let b = a;
  while (b < s.length && !isBreakCode(s.charCodeAt(b))) b++;
  let e = b;
  while (e > a && (s[e - 1] === ' ' || s[e - 1] === '\t' || s[e - 1] === '\r')) e--;
  return (e - a <= 5 && YAML_LITERALS.has(s.slice(a, e))) || isIsoDate(s.slice(a, e)) ? e : from;
}

/**
 * Lines that are only `---` or `...`: `s.replace(/^\s*(?:---|\.\.\.)\s*$/gm, ' ')`, by scanning. Linear: the
 * line starts of one run of white space all reach the same place (found once), and a mark that ends no match
 * is not looked at again from a later line start before it.
 */
function blankDelimiterLines(s: string): string {
  const n = s.length;
  let runFrom = n + 1;
  let runEnd = n;
  let failed = -1;
  return replaceAtLineStarts(s, (p) => {
    // the white space from p on: [runFrom, runEnd) is one run of it
    if (p < runFrom || p > runEnd) {
      runFrom = p;
      runEnd = p;
      while (runEnd < n && isSpace(s.charCodeAt(runEnd))) runEnd++;
    }
    const q = runEnd;
    if (q === failed) return undefined;
    if (s.startsWith('---', q) || s.startsWith('...', q)) {
      // `$` before the last line break of the white space after the mark, or at the text's end
      let r = q + 3;
      let b = -1;
      for (let c = s.charCodeAt(r); r < n && isSpace(c); c = s.charCodeAt(++r)) if (isBreakCode(c)) b = r;
      if (r === n) return [r, ' '];
      if (b >= 0) return [b, ' '];
    }
    failed = q;
    return undefined;
  });
}

/**
 * Link reference definitions: `s.replace(/^\s{0,3}\[[^\]]+\]:\s*\S+.*$/gm, ' ')`, by scanning. Linear: the next
 * `]` and the white space after a `]:` are each looked for once, however many line starts reach them.
 */
function blankLinkDefinitions(s: string): string {
  const n = s.length;
  const close = new NextOf(s, ']');
  let afterOf = -1;
  let after = n;
  return replaceAtLineStarts(s, (p) => {
    let b = p;
    while (b < n && b - p < 4 && isSpace(s.charCodeAt(b))) b++;
    if (b - p > 3 || s.charCodeAt(b) !== 0x5b) return undefined;
    const c = close.at(b + 1);
    if (c < 0 || c === b + 1 || s.charCodeAt(c + 1) !== 0x3a) return undefined;
    if (afterOf !== c) {
      afterOf = c;
      after = c + 2;
      while (after < n && isSpace(s.charCodeAt(after))) after++;
    }
    return after === n ? undefined : [nextBreak(s, after), ' '];
  });
}

/** The first line break (as the `m` flag reads one) at or after `from`, or the text's end. */
function nextBreak(s: string, from: number): number {
  LINE_BREAK.lastIndex = from;
  return LINE_BREAK.test(s) ? LINE_BREAK.lastIndex - 1 : s.length;
}

/** A line break as the `m` flag reads one. */
const LINE_BREAK = /[\n\r\u2028\u2029]/g;

/** Attribute blocks `{#id .class}`: `s.replace(/\{[#.][^}]*\}/g, ' ')`, by scanning. */
function blankAttributes(s: string): string {
  let out = '';
  let last = 0;
  for (let i = s.indexOf('{'); i >= 0; i = s.indexOf('{', i + 1)) {
    // ("{ .lg .middle }": spaces may open the list)
    let j = i + 1;
    while (s[j] === ' ') j++;
    if (s[j] !== '#' && s[j] !== '.') continue;
    const close = s.indexOf('}', j + 1);
    // no "}" after this "{": none after any later one either
    if (close < 0) break;
    out += `${s.slice(last, i)} `;
    last = close + 1;
    i = close;
  }
  return out + s.slice(last);
}

/**
 * One pass over the lines: a table's header row goes (it names columns; the model keeps the cells under field
 * names), and so do contact-field labels (layout). Only the lines with a `|` or a colon are read (found by
 * searching for those), and only the lines that change are copied.
 */
function unlabelLines(source: string): string {
  const n = source.length;
  const pipe = new NextOf(source, '|');
  const dash = new NextOf(source, '-');
  const colon = new NextOf(source, ':');
  const wide = new NextOf(source, '：');
  let out = '';
  let last = 0;
  let changed = false;
  for (let from = 0; from < n; ) {
    const c = colon.at(from);
    const w = wide.at(from);
    const b = pipe.at(from);
    const k = firstOf(firstOf(c, w), b);
    if (k < 0) break;
    // the line of k (no line from `from` up to it holds any of them)
    const start = source.lastIndexOf('\n', k) + 1;
    let end = source.indexOf('\n', k);
    if (end < 0) end = n;
    let put: string | undefined;
    if (b >= 0 && b < end && end < n) {
      let nextEnd = source.indexOf('\n', end + 1);
      if (nextEnd < 0) nextEnd = n;
      const d = dash.at(end + 1);
      if (d >= 0 && d < nextEnd && isDelimiterRow(source.slice(end + 1, nextEnd))) put = '';
    }
    if (put === undefined && ((c >= 0 && c < end) || (w >= 0 && w < end))) {
      const l = source.slice(start, end);
      const u = unlabelContacts(l);
      if (u !== l) put = u;
    }
    if (put !== undefined) {
      out += source.slice(last, start) + put;
      last = end;
      changed = true;
    }
    from = end + 1;
  }
  return changed ? out + source.slice(last) : source;
}

/** The smaller of two offsets that may be -1 (not found). */
function firstOf(a: number, b: number): number {
  return a < 0 ? b : b < 0 || a < b ? a : b;
}

/** Removes Markdown/HTML syntax that is not text: link targets, tags, fences, front-matter delimiters, attributes. */
function stripSyntax(source: string): string {
  // front-matter keys are syntax; their values are text
  const fm = /^(?:\uFEFF)?---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(source);
  // (and a value's "mailto:" or "tel:" is a link's scheme: the model keeps the address or number after it)
  if (fm) source = unkeyFrontMatter(fm[0]).replace(/\b(?:mailto|tel):/gi, ' ') + source.slice(fm[0].length);
  // each rewrite runs only when its marker is present (this runs on every parse)
  let s = unlabelLines(source);
  if (s.includes('---') || s.includes('...')) s = blankDelimiterLines(s);
  if (s.includes(':::')) s = s.replace(/^[ \t]*:::.*$/gm, ' ');
  if (s.includes('```') || s.includes('~~~')) s = s.replace(/^[ \t]*(?:```|~~~).*$/gm, ' ');
  if (s.includes(']:')) s = blankLinkDefinitions(s);
  if (s.includes('<')) {
    // (every match of these starts with "<": each is tried only there)
    s = replaceAtLt(s, AUTOLINK_AT, (m) => ` ${m[1]!} `);
    s = blankComments(s);
    s = replaceAtLt(s, TAG_AT, () => ' ');
  }
  // ("### 5-2. Acme株式会社": the readers drop a heading's outline number from the name it opens)
  if (s.includes('#')) s = s.replace(/^(#{1,6}[ \t]+)\d{1,2}(?:[.-]\d{1,2})*\.(?=[ \t])/gm, '$1');
  // ("[Email](mailto:…)", "[GitHub][github]": a link whose text is a contact label is that contact, read as one)
  if (s.includes('](') || s.includes('][')) s = s.replace(CONTACT_LINK_TEXT, '[]');
  // ("[Kestrel][kestrel]": a reference's label is syntax, as a link's target is)
  if (s.includes('][')) s = s.replace(/\]\[[^[\]\n]*\]/g, '] ');
  if (s.includes('](')) s = s.replace(/\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/g, '] ');
  if (s.includes('{')) s = blankAttributes(s);
  if (s.includes('&')) s = s.replace(/&(?:amp|lt|gt|quot|apos|nbsp|ndash|mdash|shy);/gi, ' ').replace(/&#x?[0-9a-f]+;/gi, ' ');
  return s;
}

const AUTOLINK_AT = /<((?:https?|ftp|mailto):[^>\s]+)>/iy;
const TAG_AT = /<\/?[A-Za-z][^<>]*>/y;

/**
 * `s` with each HTML comment replaced by a space (as `.replace(/<!--[\s\S]*?-->/g, ' ')`), by scanning: an
 * unclosed comment ends the scan, as no later one closes either (the pattern, tried at each "<", read the
 * rest of the text from every one of them).
 */
function blankComments(s: string): string {
  let out = '';
  let last = 0;
  for (let i = s.indexOf('<!--'); i >= 0; i = s.indexOf('<!--', last)) {
    const end = s.indexOf('-->', i + 4);
    if (end < 0) break;
    out += `${s.slice(last, i)} `;
    last = end + 3;
  }
  return last === 0 ? s : out + s.slice(last);
}

/**
 * `s.replace(global, rewrite)` for a sticky pattern `at` whose every match starts with "<" and is not empty:
 * the pattern is tried only at the "<"s (found by indexOf, much faster than the pattern's own scan), from
 * the end of the last match on, as a global replace does.
 */
function replaceAtLt(s: string, at: RegExp, rewrite: (m: RegExpExecArray) => string): string {
  let out = '';
  let last = 0;
  for (let i = s.indexOf('<'); i >= 0; ) {
    at.lastIndex = i;
    const m = at.exec(s);
    if (m === null) {
      i = s.indexOf('<', i + 1);
      continue;
    }
    out += s.slice(last, i) + rewrite(m);
    last = i + m[0].length;
    i = s.indexOf('<', last);
  }
  return last === 0 ? s : out + s.slice(last);
}

/**
 * The words of `source` (Markdown/HTML syntax, link targets and front-matter
 * delimiters stripped; URLs compared by their words) that do not occur in
 * `haystack`. Compared case-insensitively after NFKC normalisation; a word
 * hyphenated or split across lines in the haystack still counts as present.
 * @returns the missing words, each once, in source order
 */
export function findLostWords(source: string, haystack: string): string[] {
  const stripped = stripSyntax(source);
  // fast path: both texts fold unit by unit, so words are read and compared without building folded copies
  return lostWords(haystack, stripped, true) ?? lostWords(foldCase(haystack), foldCase(stripped), false)!;
}

/** The words of `src` missing from `hay` (see {@link findLostWords}); undefined when `fold` and a unit of either text cannot be folded alone. */
function lostWords(hay: string, src: string, fold: boolean): string[] | undefined {
  const have = new WordTable(hay, fold);
  if (have.unfoldable) return undefined;
  const r = new WordReader(src, fold);
  let compact: string | undefined;
  const lost: string[] = [];
  const seen = new Set<string>();
  let lineEnd = -1;
  let near = 0;
  while (r.next()) {
    const start = r.start;
    const end = r.end;
    if (fold && start > lineEnd) {
      // the first word of a line: a line copied into the haystack as it is has all its words there
      lineEnd = src.indexOf('\n', start);
      if (lineEnd < 0) lineEnd = src.length;
      const copied = copiedLine(src, start, lineEnd, hay, near);
      if (copied === -2) return undefined;
      if (copied >= 0) {
        near = copied;
        r.skipTo(lineEnd);
        continue;
      }
    }
    // the table is a fast path: a word it does not confirm gets the exact check below
    if (have.has(src, start, end - start, r.hash)) continue;
    // (folding unit by unit, the word's units lower-case one by one, as foldCase does)
    const w = fold ? src.slice(start, end).toLowerCase() : src.slice(start, end);
    if (seen.has(w) || CONNECTORS.has(w)) continue;
    seen.add(w);
    compact ??= compactOf(hay, fold);
    if (compact.includes(w)) continue;
    lost.push(w);
  }
  return r.unfoldable ? undefined : lost;
}

/** Lines shorter than this are read word by word (searching the haystack for them costs about as much). */
const MIN_COPIED = 24;

/**
 * Whether the rest of a line, from its first word at `from` to its last word before `lineEnd`, occurs as it is
 * in the haystack (searched from `near` first: the haystack's copies of lines mostly follow the source's
 * order); returns where the copy ends, or -1. Every word of such a line is in the haystack's run of word characters, so none is
 * lost; its units are the haystack's, which all fold alone. The line's units after its last word are checked
 * here (the reader checked those before its first word): one that cannot be folded alone returns -2.
 */
function copiedLine(src: string, from: number, lineEnd: number, hay: string, near: number): number {
  let to = lineEnd;
  while (to > from && (unitIn(src, to - 1) >>> 16) === 0) to--;
  if (to - from < MIN_COPIED) return -1;
  const line = src.slice(from, to);
  let at = hay.indexOf(line, near);
  // not from `near` on: only a copy starting before it is left to find (where one is found is only the next search's start)
  if (at < 0 && near > 0) at = hay.slice(0, near + line.length - 1).indexOf(line);
  if (at < 0) return -1;
  for (let i = to; i < lineEnd; i++) if (unitIn(src, i) < 0) return -2;
  return at + (to - from);
}
