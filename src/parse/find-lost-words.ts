// Lists the words of a Markdown source that do not occur in a haystack (the model's strings or a PDF's text).

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
 * Lower-case of each UTF-16 unit that NFKC leaves alone and that lower-cases to one unit without looking at
 * its neighbours (no combining mark, conjoining jamo, soft hyphen, capital sigma or surrogate), else 0.
 * A text made only of such units folds unit by unit to exactly what {@link foldCase} returns.
 */
const FOLD = (() => {
  const t = new Uint16Array(65536);
  const mark = /\p{M}/u;
  const check = (a: number, b: number): void => {
    for (let c = a; c <= b; c++) {
      const ch = String.fromCharCode(c);
      if (c === 0xad || c === 0x3a3 || mark.test(ch) || ch.normalize('NFKC') !== ch) continue;
      const lower = ch.toLowerCase();
      if (lower.length === 1) t[c] = lower.charCodeAt(0);
    }
  };
  // Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic letters, punctuation, symbols, arrows, shapes, CJK punctuation and kana
  check(0x01, 0x6ff);
  check(0x1e00, 0x1fff);
  check(0x2000, 0x2bff);
  check(0x3000, 0x30ff);
  // CJK ideographs and Hangul syllables are caseless and NFKC-stable
  for (let c = 0x3400; c <= 0x9fff; c++) t[c] = c;
  for (let c = 0xac00; c <= 0xd7a3; c++) t[c] = c;
  return t;
})();

/** Lower-cased, NFKC-normalised (ligatures unfolded) text with soft hyphens removed: what words are read from. */
function foldCase(text: string): string {
  const t = text.normalize('NFKC').toLowerCase();
  return t.includes('\u00ad') ? t.replace(/\u00ad/g, '') : t;
}

/**
 * The words of a text as [start, end, hash] triples: runs of word characters; a Han/kana character is a word by itself.
 * With `fold`, the text is read as {@link foldCase} would fold it (unit by unit through FOLD) and undefined is
 * returned when a unit cannot be folded alone; without it, the text must already be folded.
 */
function wordSpans(t: string, fold: boolean): number[] | undefined {
  const out: number[] = [];
  let start = -1;
  let h = 0;
  for (let i = 0; i < t.length; i++) {
    let code = t.charCodeAt(i);
    if (fold) {
      const f = FOLD[code]!;
      if (f === 0 && code !== 0) return undefined;
      code = f;
    }
    const c = CLASS[code]!;
    if (c === 1) {
      if (start < 0) {
        start = i;
        h = FNV_OFFSET;
      }
      h = Math.imul(h ^ code, FNV_PRIME);
    } else {
      if (start >= 0) {
        out.push(start, i, h & SMI_MASK);
        start = -1;
      }
      if (c === 2) out.push(i, i + 1, Math.imul(FNV_OFFSET ^ code, FNV_PRIME) & SMI_MASK);
    }
  }
  if (start >= 0) out.push(start, t.length, h & SMI_MASK);
  return out;
}

/** Hashes are kept to 30 bits, so that span arrays hold small integers (no boxed numbers). */
const SMI_MASK = 0x3fffffff;
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** Compares two words unit by unit; with `fold`, both are read folded through FOLD (every unit of both texts folds). */
function sameWord(a: string, aStart: number, b: string, bStart: number, len: number, fold: boolean): boolean {
  if (fold) {
    for (let k = 0; k < len; k++) if (FOLD[a.charCodeAt(aStart + k)] !== FOLD[b.charCodeAt(bStart + k)]) return false;
    return true;
  }
  for (let k = 0; k < len; k++) if (a.charCodeAt(aStart + k) !== b.charCodeAt(bStart + k)) return false;
  return true;
}

/** The distinct words of a text in an open-addressing hash table of spans (no substrings are made); `fold` as for {@link wordSpans}. */
class WordTable {
  private readonly start: Int32Array;
  private readonly len: Int32Array;
  private readonly hash: Int32Array;
  private readonly mask: number;

  constructor(
    private readonly text: string,
    spans: number[],
    private readonly fold: boolean,
  ) {
    let size = 16;
    while (size < (spans.length / 3) * 2) size *= 2;
    this.start = new Int32Array(size);
    this.len = new Int32Array(size);
    this.hash = new Int32Array(size);
    this.mask = size - 1;
    for (let k = 0; k < spans.length; k += 3) this.add(spans[k]!, spans[k + 1]! - spans[k]!, spans[k + 2]!);
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
  }

  /** True when the word at `start` of `other` (length `len`, hash `h`) is in the table; false may also mean "not sure". */
  has(other: string, start: number, len: number, h: number): boolean {
    for (let j = h & this.mask; this.len[j]! !== 0; j = (j + 1) & this.mask) {
      if (this.hash[j] === h && this.len[j] === len && sameWord(this.text, this.start[j]!, other, start, len, this.fold)) return true;
    }
    return false;
  }
}

/** Folded text with every non-word character removed: the haystack's words run together. */
function compactOf(t: string, spans: number[]): string {
  let out = '';
  for (let k = 0; k < spans.length; k += 3) out += t.slice(spans[k], spans[k + 1]);
  return out;
}

/** Contact-field labels ("Email:", "Tel.:", "LinkedIn:") are layout, not text: themes show icons or their own words. */
const CONTACT_LABEL = new RegExp(
  '(^|[|·•,;]\\s*|^\\s*(?:[-*+]\\s+)?)(?:\\*\\*|__)?(?:e-?mail(?: address)?|mail|phone(?: number)?|tel\\.?|telephone|mobile|mob\\.?|cell(?:phone)?|website|web|homepage|url|blog|portfolio|github|gitlab|linkedin|twitter|x|mastodon|telegram|skype|xing|location|address|city|residence|time ?zone|tz|telefon|telefonnummer|handy|mobil|webseite|anschrift|adresse|wohnort|ort|zeitzone|courriel|tél\\.?|téléphone|portable|site web|site|lieu|ville|fuseau horaire|correo(?: electrónico)?|teléfono|telefono|móvil|celular|telefone|telemóvel|dirección|ubicación|endereço|cidade|sitio web|komórka|adres(?: e-?mail)?|strona(?: www)?|miasto|cellulare|indirizzo|città|sito(?: web)?|telefoon|mobiel|woonplaats|телефон|тел\\.?|почта|адрес|город|сайт|邮箱|电子邮件|电话|手机|联系电话|地址|所在地|城市|网站|个人网站|主页|时区|微信)(?:\\*\\*|__)?\\s*[:：]',
  'gimu',
);

/**
 * Connector words a parser consumes when it splits "Title at Org" or "May 2019 to May 2020"
 * (the model keeps the parts, a theme prints its own connector): not counted as lost.
 */
const CONNECTORS = new Set(
  'at bei chez presso bij na no en w в во to until till through bis au à a hasta até ate do al tot по до since from seit ab depuis desde od dal sinds с від 自 从 至 到 of'.split(' '),
);

const DELIM_ROW = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

/** Removes Markdown/HTML syntax that is not text: link targets, tags, fences, front-matter delimiters, attributes. */
function stripSyntax(source: string): string {
  // front-matter keys are syntax; their values are text
  const fm = /^(?:\uFEFF)?---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(source);
  if (fm) source = fm[0].replace(/^(\s*(?:-\s+)?)[\w$-]+\s*:/gm, '$1 ') + source.slice(fm[0].length);
  // a table's header row names columns (the model keeps the cells under field names)
  if (source.includes('|')) {
    const lines = source.split('\n');
    for (let i = 0; i + 1 < lines.length; i++) {
      const next = lines[i + 1]!;
      if (next.includes('-') && lines[i]!.includes('|') && DELIM_ROW.test(next)) lines[i] = '';
    }
    source = lines.join('\n');
  }
  // each rewrite runs only when its marker is present (this runs on every parse)
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.includes(':') || l.includes('：')) lines[i] = l.replace(CONTACT_LABEL, '$1 ');
  }
  let s = lines.join('\n');
  if (s.includes('---') || s.includes('...')) s = s.replace(/^\s*(?:---|\.\.\.)\s*$/gm, ' ');
  if (s.includes(':::')) s = s.replace(/^[ \t]*:::.*$/gm, ' ');
  if (s.includes('```') || s.includes('~~~')) s = s.replace(/^[ \t]*(?:```|~~~).*$/gm, ' ');
  if (s.includes(']:')) s = s.replace(/^\s{0,3}\[[^\]]+\]:\s*\S+.*$/gm, ' ');
  if (s.includes('<')) {
    s = s
      .replace(/<((?:https?|ftp|mailto):[^>\s]+)>/gi, ' $1 ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<\/?[A-Za-z][^<>]*>/g, ' ');
  }
  if (s.includes('](')) s = s.replace(/\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/g, '] ');
  if (s.includes('{')) s = s.replace(/\{[#.][^}]*\}/g, ' ');
  if (s.includes('&')) s = s.replace(/&(?:amp|lt|gt|quot|apos|nbsp|ndash|mdash|shy);/gi, ' ').replace(/&#x?[0-9a-f]+;/gi, ' ');
  return s;
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
  let hay = haystack;
  let src = stripped;
  let haySpans = wordSpans(hay, true);
  let srcSpans = haySpans && wordSpans(src, true);
  const fold = srcSpans !== undefined;
  if (!haySpans || !srcSpans) {
    hay = foldCase(haystack);
    haySpans = wordSpans(hay, false)!;
    src = foldCase(stripped);
    srcSpans = wordSpans(src, false)!;
  }
  const have = new WordTable(hay, haySpans, fold);
  let compact: string | undefined;
  const lost: string[] = [];
  const seen = new Set<string>();
  for (let k = 0; k < srcSpans.length; k += 3) {
    const start = srcSpans[k]!;
    const end = srcSpans[k + 1]!;
    // the table is a fast path: a word it does not confirm gets the exact check below
    if (have.has(src, start, end - start, srcSpans[k + 2]!)) continue;
    // (on the fast path the word's units lower-case one by one, as foldCase would have done)
    const w = fold ? src.slice(start, end).toLowerCase() : src.slice(start, end);
    if (seen.has(w) || CONNECTORS.has(w)) continue;
    seen.add(w);
    if (compact === undefined) {
      const folded = fold ? foldCase(haystack) : hay;
      compact = compactOf(folded, fold ? wordSpans(folded, false)! : haySpans);
    }
    if (compact.includes(w)) continue;
    lost.push(w);
  }
  return lost;
}
