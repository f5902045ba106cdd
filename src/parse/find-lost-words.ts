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

/** Lower-cased, NFKC-normalised (ligatures unfolded) words; Han/kana characters count one by one; soft hyphens ignored. */
function wordsOf(text: string): string[] {
  let t = text.normalize('NFKC').toLowerCase();
  if (t.includes('\u00ad')) t = t.replace(/\u00ad/g, '');
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < t.length; i++) {
    const c = CLASS[t.charCodeAt(i)]!;
    if (c === 1) {
      if (start < 0) start = i;
    } else {
      if (start >= 0) {
        out.push(t.slice(start, i));
        start = -1;
      }
      if (c === 2) out.push(t[i]!);
    }
  }
  if (start >= 0) out.push(t.slice(start));
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
  const hayWords = wordsOf(haystack);
  const have = new Set(hayWords);
  let compact: string | undefined;
  const lost: string[] = [];
  const seen = new Set<string>();
  for (const w of wordsOf(stripSyntax(source))) {
    if (have.has(w) || seen.has(w) || CONNECTORS.has(w)) continue;
    seen.add(w);
    compact ??= hayWords.join('');
    if (compact.includes(w)) continue;
    lost.push(w);
  }
  return lost;
}
