// Lists the words of a Markdown source that do not occur in a haystack (the model's strings or a PDF's text).

const HAN = /([\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff])/g;
const HAS_HAN = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;
/** Letters, digits and combining marks of the scripts CVs are written in (a plain class: much faster than \p{…} with /u). */
const NON_WORD = /[^0-9A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0300-\u036f\u0370-\u03ff\u0400-\u052f\u0531-\u058f\u05d0-\u05ea\u0620-\u064a\u0660-\u0669\u0900-\u0dff\u0e00-\u0e7f\u10a0-\u10ff\u1100-\u11ff\u1e00-\u1fff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]+/;

/** Lower-cased, NFKC-normalised (ligatures unfolded) words; Han/kana characters count one by one. */
function wordsOf(text: string): string[] {
  let t = text.normalize('NFKC').toLowerCase();
  if (t.includes('\u00ad')) t = t.replace(/\u00ad/g, '');
  if (HAS_HAN.test(t)) t = t.replace(HAN, ' $1 ');
  const out = t.split(NON_WORD);
  if (out[0] === '') out.shift();
  if (out[out.length - 1] === '') out.pop();
  return out;
}

/** Contact-field labels ("Email:", "Tel.:", "LinkedIn:") are layout, not text: themes show icons or their own words. */
const CONTACT_LABEL = new RegExp(
  '(^|[|·•,;]\\s*|^\\s*(?:[-*+]\\s+)?)(?:\\*\\*|__)?(?:e-?mail(?: address)?|mail|phone(?: number)?|tel\\.?|telephone|mobile|mob\\.?|cell(?:phone)?|website|web|homepage|url|blog|portfolio|github|gitlab|linkedin|twitter|x|mastodon|telegram|skype|xing|location|address|city|residence|time ?zone|tz|telefon|telefonnummer|handy|mobil|webseite|anschrift|adresse|wohnort|ort|zeitzone|courriel|tél\\.?|téléphone|portable|site web|site|lieu|ville|fuseau horaire|correo(?: electrónico)?|teléfono|telefono|móvil|celular|telefone|telemóvel|dirección|ubicación|endereço|cidade|sitio web|komórka|adres(?: e-?mail)?|strona(?: www)?|miasto|cellulare|indirizzo|città|sito(?: web)?|telefoon|mobiel|woonplaats|телефон|тел\\.?|почта|адрес|город|сайт|邮箱|电子邮件|电话|手机|地址|网站|微信)(?:\\*\\*|__)?\\s*[:：]',
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
