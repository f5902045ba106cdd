// Blanks page furniture standing alone on its line: the page footers of a CV exported from a PDF ("Page 1 of 2", "Seite 2 von 3"), back-to-top links ("[▲](#目次)") and lists of links into the page ("* [CarPrev 2015](/#carprev)").
import { LEXICONS } from '../../model/lexicon/lexicons.js';

/** Escapes a literal for a regular expression. */
function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every lexicon's `pageOf` label as one whole-line pattern: the numbers any 1–3 digits, spaces optional around them. */
const PAGE_FOOTER = new RegExp(
  `^(?:${[...new Set(Object.values(LEXICONS).map((l) => l.labels.pageOf.toLocaleLowerCase()))]
    .map((p) => p.split(/(\{pages?\})/).map((part) => (part.startsWith('{') ? '\\d{1,3}' : escape(part.trim()).replace(/\s+/g, '\\s+'))).filter((x) => x !== '').join('\\s*'))
    .join('|')})$`,
  'iu',
);

/** Some language's "page N of M" and nothing else (markup around it allowed). */
function isPageFooter(line: string): boolean {
  const t = line.replace(/[*_#>]/g, '').trim();
  return t.length <= 40 && /\d/.test(t) && PAGE_FOOTER.test(t);
}

/** A line that is only a link to a place in the page whose text is a mark, no word ("[▲](#目次)", "[↑](#top)"). */
const BACK_LINK = /^\s*\[([^\]\n]{1,12})\]\(#[^()\s]*\)\s*$/u;

/** Whether `line` is a back-to-top link: see {@link BACK_LINK}. */
function isBackLink(line: string): boolean {
  const m = BACK_LINK.exec(line);
  return m !== null && !/[\p{L}\p{N}]/u.test(m[1]!);
}

/** A list item that is only a link to a place in the page ("* [Plaay ME 2014](/#plaay-me)", "1. [Experience](#experience)"). */
const PAGE_LINK_ITEM = /^\s{0,3}(?:[-*+]|\d{1,2}[.)])\s+\[([^\]\n]{1,80})\]\(\/?#[^()\s]*\)\s*$/u;

/** The words (two letters or digits or more, lower case) of a text, each with how often it is written. */
function wordCounts(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]{2,}/gu) ?? []) out.set(w, (out.get(w) ?? 0) + 1);
  return out;
}

/**
 * Blanks a run of two or more list items that are only links into the page (a page's contents, "* [CarPrev 2015](/#carprev)"
 * over "### CarPrev"), when every word of their texts is written elsewhere in the CV: the entries they point to say it.
 * The CV's words are counted once, when a first such run is found.
 */
function blankPageContents(lines: string[], fence: Uint8Array): void {
  let all: Map<string, number> | undefined;
  for (let i = 0; i < lines.length; i++) {
    if (fence[i] || !lines[i]!.includes('](') || !PAGE_LINK_ITEM.test(lines[i]!)) continue;
    let end = i;
    while (end + 1 < lines.length && !fence[end + 1] && PAGE_LINK_ITEM.test(lines[end + 1]!)) end++;
    if (end > i) {
      all ??= wordCounts(lines.join('\n'));
      const run = wordCounts(lines.slice(i, end + 1).join('\n'));
      const texts = wordCounts(lines.slice(i, end + 1).map((l) => PAGE_LINK_ITEM.exec(l)![1]!).join('\n'));
      if ([...texts.keys()].every((w) => (all!.get(w) ?? 0) > (run.get(w) ?? 0))) {
        for (let k = i; k <= end; k++) lines[k] = '';
        // (the words blanked are no longer written: a second list of the same links finds them once less)
        for (const [w, n] of run) all.set(w, all.get(w)! - n);
      }
    }
    i = end;
  }
}

/**
 * Blanks, in place, each line that is a paragraph of its own (blank or nothing on either side) and reads as a
 * page footer in any language cvpress knows ("Page 1 of 2", "Seite 2 von 3", "Strona 1 z 2", "1 / 2 ページ"):
 * a CV exported from a PDF keeps them where each page ended, and the CV's own PDF numbers its pages anew. Also
 * blanks a line that is only a link back up the page whose text is a mark ("[▲](#目次)", "[⬆](#top)"): a web page's
 * navigation, which a printed CV has no use for; and so is a list of links into the page whose words the CV writes elsewhere
 * ({@link blankPageContents}). Lines in fenced code stay.
 * @param lines - the body's lines (changed in place)
 * @param fence - {@link findCodeFences} of the lines
 */
export function blankPageFurniture(lines: string[], fence: Uint8Array): void {
  blankPageContents(lines, fence);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (fence[i] || line.length > 60) continue;
    if (line.includes('](#') && isBackLink(line)) lines[i] = '';
    else if (isPageFooter(line) && (lines[i - 1] ?? '').trim() === '' && (lines[i + 1] ?? '').trim() === '') lines[i] = '';
  }
}
