// First pass of the Markdown parser: normalises the text, reads front matter (YAML or TOML) and blanks what is not content, keeping every line in place.
import { blankIconShortcodes } from './blank-icon-shortcodes.js';
import { unwrapCvFence } from './unwrap-cv-fence.js';
import { openRawHtmlFences } from './open-raw-html-fences.js';
import { unfoldFrontMatterLists } from './unfold-front-matter-lists.js';
import { unfoldFrontMatterSections } from './unfold-front-matter-sections.js';
import { appendFrontMatterMarkdown } from './append-front-matter-markdown.js';
import { holdsCvKeys } from './holds-cv-keys.js';
import { readComponentCv } from './read-component-cv.js';
import { createWarning, type CvWarning } from '../../model/warning.js';
import { toDuplicateKeyWarnings } from '../to-duplicate-key-warnings.js';
import { blankNonContent } from './blank-non-content.js';
import { blankPageFurniture } from './blank-page-furniture.js';
import { unglueFieldLabels } from './unglue-field-labels.js';
import { findActiveHtml } from './find-active-html.js';
import { findCodeFences } from './find-code-fences.js';
import { findFrontMatter } from './find-front-matter.js';
import { readMetadataHeader } from './read-metadata-header.js';
import { readKirbyFields } from './read-kirby-fields.js';
import { rewriteKirbyTags } from './rewrite-kirby-tags.js';
import { findEmbeddedDataBlocks } from './find-embedded-data-blocks.js';
import { parseFrontMatter } from './parse-front-matter.js';
import type { FrontMatterBlock, SourceText } from './parse-types.js';
import { joinHtmlTables } from './join-html-tables.js';
import { unfoldNumberedFrontMatterKeys } from './unfold-numbered-front-matter-keys.js';
import { rewriteGridTables } from './rewrite-grid-tables.js';
import { rewriteHeadlessPipeTables } from './rewrite-headless-pipe-tables.js';
import { rewriteSimpleTables } from './rewrite-simple-tables.js';
import { inlineReferenceLinks } from './inline-reference-links.js';
import { rewriteLatex } from './rewrite-latex.js';
import { rewriteVitaeTribbles } from './rewrite-vitae-tribbles.js';
import { stripAttributeMarkers } from './strip-attribute-markers.js';
import { openMarkdownDivs } from './open-markdown-divs.js';
import { blankWrapperTags } from './blank-wrapper-tags.js';

/**
 * Reads a Markdown CV's source. Removes a BOM and turns CRLF/CR into `\n`. Finds front matter (YAML
 * `---`…`---`/`...` or TOML `+++`…`+++`) at the top, after blank lines or after an HTML preamble that holds
 * no content, and parses it safely (see `parseFrontMatter`); a thematic break around Markdown is not taken
 * for front matter. The body has exactly the lines of the text: front-matter lines are emptied, and so is
 * what is not content (comments, style/script/head, page-level tags, template tags, attribute markup,
 * fenced-div markers, LaTeX layout commands; LaTeX formatting becomes Markdown).
 *
 * Never throws. A YAML key written twice keeps its last value, with a `duplicate-key` warning naming the key and
 * both lines. Broken front matter (tabs, invalid YAML or TOML, custom tags, alias bombs, deep nesting)
 * gives a `bad-front-matter` warning naming the line and the fix; `data` is then absent and the block's
 * lines stay in the body as plain text lines (indentation removed, a leading Markdown marker escaped), so no
 * word is lost. An unclosed block that starts like front matter gives `unclosed-front-matter` and is read
 * as Markdown.
 * @param text - the file's text
 * @param file - the file name, for warnings
 */
export function readMarkdownSource(text: string, file?: string): SourceText {
  const unmarked = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const normal = unmarked.indexOf('\r') >= 0 ? unmarked.replace(/\r\n?/g, '\n') : unmarked;
  const lines = normal.split('\n');
  const body = lines.slice();
  const warnings: CvWarning[] = [];
  const frontMatter = readComponentCv(lines, body, readEmbeddedCv(lines, body, readFrontMatterBlock(normal, lines, body, warnings, file) ?? readKirbyFields(lines, body) ?? readMetadataHeader(lines, body)));
  return finishSource(normal, body, warnings, frontMatter, file);
}

/**
 * "{% highlight json %}" / `{ "Work": [ { "Title": …, "Company": … } ], "Education": … }` / "{% endhighlight %}": where
 * the front matter holds no CV keys (or there is none), the first code block marked JSON or YAML whose keys are a
 * CV's is read as its data, like front matter (JSON is YAML), and its lines leave the body; the front matter's own
 * keys are kept beside it. Returns the front matter to use.
 */
function readEmbeddedCv(lines: readonly string[], body: string[], frontMatter: FrontMatterBlock | undefined): FrontMatterBlock | undefined {
  if (frontMatter?.data && holdsCvKeys(frontMatter.data)) return frontMatter;
  for (const span of findEmbeddedDataBlocks(lines, frontMatter ? frontMatter.endLine : 0)) {
    const raw = lines.slice(span.open + 1, span.close).join('\n');
    const parsed = parseFrontMatter('yaml', raw, span.open + 2);
    if (!parsed.data || !holdsCvKeys(parsed.data)) continue;
    for (let i = span.open; i <= span.close; i++) body[i] = '';
    const data = dropInlineR(parsed.data, 0) as Record<string, unknown>;
    if (!frontMatter) return { format: 'yaml', line: span.open + 1, endLine: span.close + 1, raw, data };
    return { ...frontMatter, data: { ...(frontMatter.data ?? {}), ...data } };
  }
  return frontMatter;
}

/**
 * Finds and parses the front matter, blanking its lines in `body` (or keeping them as plain text when it
 * cannot be read) and writing the lists only Markdown can read into them; its warnings go to `warnings`.
 */
function readFrontMatterBlock(normal: string, lines: readonly string[], body: string[], warnings: CvWarning[], file: string | undefined): FrontMatterBlock | undefined {
  let frontMatter: FrontMatterBlock | undefined;
  const span = findFrontMatter(normal, lines);
  if (span && span.close < 0) {
    const d = span.format === 'yaml' ? '---' : '+++';
    warnings.push(
      createWarning(
        'unclosed-front-matter',
        `the front matter opened with ${d} on line ${span.open + 1} is never closed; add a ${d} line after its last key (until then it is read as part of the CV)`,
        span.open + 1,
        file,
      ),
    );
  } else if (span) {
    const raw = lines.slice(span.open + 1, span.close).join('\n');
    // (a CV written as a YAML code fence, or a whole CV in YAML front matter, is read around a line that breaks it;
    // other front matter is read whole or not)
    const { parsed, dropped, reindented } = span.format === 'yaml' ? parseDroppingBadLines(lines, span.open, span.close, !span.fenced) : { parsed: parseFrontMatter(span.format, raw, span.open + 2), dropped: [], reindented: undefined };
    // a fenced block is front matter only when it reads as the CV's own fields (else it stays a code block)
    if (span.fenced && !(parsed.data && holdsCvKeys(parsed.data))) return undefined;
    frontMatter = { format: span.format, line: span.open + 1, endLine: span.close + 1, raw };
    if (parsed.data) frontMatter.data = dropInlineR(parsed.data, 0) as Record<string, unknown>;
    body[span.open] = '';
    body[span.close] = '';
    // (a line dropped so that the rest could be read stays as text of the CV)
    for (let i = span.open + 1; i < span.close; i++) body[i] = parsed.data && !dropped.some((d) => d.index === i) ? '' : asPlainText(lines[i]!);
    if (reindented !== undefined) {
      warnings.push(createWarning('bad-front-matter', `the quoted value on line ${reindented + 1} goes on over lines no deeper than its key; it was read as one value. Fix: indent its following lines under the key`, reindented + 1, file));
    }
    for (const d of dropped) warnings.push(createWarning('bad-front-matter', `line ${d.index + 1} of the YAML block was skipped so that the rest could be read (${d.problem}); its text is kept as part of the CV`, d.index + 1, file));
    const unfolded = frontMatter.data && span.format === 'yaml' ? [...unfoldFrontMatterLists(frontMatter.data, lines, span.open, span.close, body), ...unfoldNumberedFrontMatterKeys(frontMatter.data, lines, span.open, span.close, body)] : [];
    if (frontMatter.data && span.format === 'yaml') unfolded.push(...unfoldFrontMatterSections(frontMatter.data, lines, span.open, span.close, body, unfolded));
    const appended = frontMatter.data ? appendFrontMatterMarkdown(frontMatter.data, span.close, body, unfolded) : [];
    if (appended.length) frontMatter.appended = appended;
    if (unfolded.length) frontMatter.unfolded = unfolded;
    if (parsed.duplicates) warnings.push(...toDuplicateKeyWarnings(parsed.duplicates, file, { subject: 'the front matter' }));
    if (parsed.problem) {
      warnings.push(createWarning('bad-front-matter', `${parsed.problem.message}. Its text is kept as part of the CV.`, parsed.problem.line, file));
    }
  }
  return frontMatter;
}

/** Lines of a YAML block skipped at most, one per failed reading, before the block counts as unreadable. */
const MAX_DROPPED = 3;

/** The line to skip for an error YAML reports at `k`: an earlier line (up to five back) that opens a bracket it never closes, else `k`. */
function culprit(block: readonly string[], k: number): number {
  const open = (t: string): boolean => t.split('[').length > t.split(']').length || t.split('{').length > t.split('}').length;
  for (let i = Math.min(k, block.length - 1); i >= 0 && i >= k - 5; i--) if (open(block[i]!)) return i;
  return k;
}

/**
 * Parses the YAML block between `open` and `close`; when a line keeps it from being read ("currently_learning:
 * [LLM evaluation, retrieval systems, scaling training on H", its bracket never closed), that line is skipped and
 * the rest read again, up to {@link MAX_DROPPED} lines. Returns the last reading and the lines skipped with what was
 * wrong (none when the block could not be read anyway, or, with `onlyCv`, when its first problem is no quote or bracket
 * left open or what was read holds no CV keys: then the first reading).
 */
function parseDroppingBadLines(lines: readonly string[], open: number, close: number, onlyCv = false): { parsed: ReturnType<typeof parseFrontMatter>; dropped: Array<{ index: number; problem: string }>; reindented?: number } {
  const block = lines.slice(open + 1, close);
  const first = parseFrontMatter('yaml', block.join('\n'), open + 2);
  // (front matter proper: only around a quote or bracket left open, the slip of a hand-written value)
  if (onlyCv && first.problem?.code !== 'MISSING_CHAR') return { parsed: first, dropped: [] };
  let parsed = first;
  const dropped: Array<{ index: number; problem: string }> = [];
  // (a quoted value that goes on over lines no deeper than its key: read with those lines indented under it, nothing dropped)
  const at = first.problem ? first.problem.line - open - 2 : -1;
  const deeper = first.problem?.code === 'MISSING_CHAR' ? indentQuotedValue(block, at) : undefined;
  if (deeper) {
    const again = parseFrontMatter('yaml', deeper.join('\n'), open + 2);
    if (again.data && (!onlyCv || holdsCvKeys(again.data))) return { parsed: again, dropped: [], reindented: open + 1 + at };
  }
  while (!parsed.data && parsed.problem && dropped.length < MAX_DROPPED) {
    const k = culprit(block, parsed.problem.line - open - 2);
    if (k < 0 || k >= block.length || block[k] === '') break;
    block[k] = '';
    dropped.push({ index: open + 1 + k, problem: parsed.problem.message });
    parsed = parseFrontMatter('yaml', block.join('\n'), open + 2);
  }
  return parsed.data && (!onlyCv || !dropped.length || holdsCvKeys(parsed.data)) ? { parsed, dropped } : { parsed: first, dropped: [] };
}

/**
 * `jobDescription: "The foundation's activity …` / `    of drug addiction. …"` with the second line no deeper than the
 * key: the block with the lines after `k` up to the one that closes the quote indented two spaces under the key;
 * undefined when line `k` opens no double quote it leaves open, or no later line closes it within ten lines.
 */
function indentQuotedValue(block: readonly string[], k: number): string[] | undefined {
  const m = /^( *)(- +)?[^\s:"'#][^:"]{0,60}: +"/.exec(block[k] ?? '');
  const quotes = (t: string): number => t.split('"').length - 1 - (t.split('\\"').length - 1);
  if (!m || quotes(block[k]!) % 2 === 0) return undefined;
  const indent = m[1]!.length + (m[2]?.length ?? 0) + 2;
  const out = block.slice();
  for (let j = k + 1; j < Math.min(block.length, k + 11); j++) {
    const line = block[j]!;
    const own = line.length - line.trimStart().length;
    if (own < indent) out[j] = ' '.repeat(indent) + line.trimStart();
    if (quotes(line) % 2 === 1) return out;
  }
  return undefined;
}

/** Unwraps a CV written in a code fence, reports active HTML, blanks what is not content and rewrites LaTeX: the source's body. */
function finishSource(normal: string, body: string[], warnings: CvWarning[], frontMatter: FrontMatterBlock | undefined, file: string | undefined): SourceText {
  let fence = findCodeFences(body);
  const unwrapped = unwrapCvFence(body, fence);
  if (unwrapped !== body) {
    unwrapped.forEach((l, i) => (body[i] = l));
    fence = findCodeFences(body);
  }
  if (fence.includes(1) && openRawHtmlFences(body)) fence = findCodeFences(body);
  const joined = body.join('\n');
  // a plain <style> block is quietly not content; a <script> or HTML that loads or acts is worth a warning
  // (no "<" in any line: no HTML to judge, and the body need not be copied without its code)
  if (joined.includes('<')) {
    for (const a of findActiveHtml(withoutCode(body, fence, joined))) warnings.push(createWarning(a.code, a.what, a.line, file));
  }
  // (nothing blanked: the lines are the body's own, not split again)
  const blanked = blankNonContent(joined, fence);
  const cleaned = blanked === joined ? body : blanked.split('\n');
  // (the lines as they were before the rewrites: when they leave every line as it is, the body is `joined`)
  const before = cleaned === body ? body.slice() : undefined;
  rewriteMarkup(cleaned, fence, joined);
  const same = before !== undefined && cleaned.every((l, i) => l === before[i]);
  return { text: normal, body: same ? joined : cleaned.join('\n'), ...(frontMatter ? { frontMatter } : {}), warnings };
}

/**
 * Rewrites, in place, the markup other tools write for layout as what it means (attribute markers, icon shortcodes, Markdown divs, page
 * furniture, glued labels, reference links, Kirby tags, R chunks, LaTeX, grid, simple and headless tables, HTML tables);
 * each rewrite runs only where `joined` (the body as read) shows its markup.
 */
function rewriteMarkup(cleaned: string[], fence: Uint8Array, joined: string): void {
  stripAttributeMarkers(cleaned, fence);
  if (joined.includes(':(fa')) blankIconShortcodes(cleaned, fence);
  if (joined.includes(' markdown')) openMarkdownDivs(cleaned, fence);
  if (/<(?:div|section|article|main|header|footer|aside|nav)[\s>]/i.test(joined)) blankWrapperTags(cleaned, fence);
  if (/\d|\]\(#/.test(joined)) blankPageFurniture(cleaned, fence);
  // (a small letter then a capital or a digit; the ASCII test, much faster, finds one first in most CVs)
  if (/[a-z][A-Z\d]/.test(joined) || /\p{Ll}\p{Lu}|\p{Ll}\d/u.test(joined)) unglueFieldLabels(cleaned, fence);
  if (joined.includes(']:')) inlineReferenceLinks(cleaned, fence);
  if (/\((?:link|email|tel|file|image):/.test(joined)) rewriteKirbyTags(cleaned, fence);
  // (R Markdown: vitae keeps entries in code, "tribble(~ Degree, ~ Year, …) %>% detailed_entries(…)"; a chunk marked include=FALSE is never shown)
  if (joined.includes('```{r')) rewriteVitaeTribbles(cleaned, fence);
  rewriteLatex(cleaned, fence);
  if (joined.includes('+-') || joined.includes('+=')) rewriteGridTables(cleaned, fence);
  // (pandoc's simple tables: a separator of two runs of dashes or more, "---- ---")
  if (/-{3} +-{3}/.test(joined)) rewriteSimpleTables(cleaned, fence);
  if (/<table/i.test(joined)) joinHtmlTables(cleaned, fence);
  // (and a table of bar lines with no delimiter row: "| **TIME** | **POSITION** |" over its rows)
  if (joined.includes('| -') || joined.includes('|-') || joined.includes('\n|')) rewriteHeadlessPipeTables(cleaned, fence);
}

/** The body with fenced code and code spans blanked, for the HTML scan (a CV about HTML may quote tags); `joined` when it has neither. */
function withoutCode(lines: readonly string[], fence: Uint8Array, joined: string): string {
  if (fence.indexOf(1) < 0 && joined.indexOf('`') < 0) return joined;
  return lines.map((l, i) => (fence[i] ? '' : l.indexOf('`') >= 0 ? l.replace(/`+[^`]*`+/g, ' ') : l)).join('\n');
}

/** A front-matter line as a Markdown text line: no indentation, a leading block marker escaped. */
function asPlainText(line: string): string {
  const t = line.trim();
  if (t === '') return '';
  let digits = 0;
  while (digits < t.length && t.charCodeAt(digits) >= 48 && t.charCodeAt(digits) <= 57) digits++;
  if (digits > 0 && (t[digits] === '.' || t[digits] === ')')) return `${t.slice(0, digits)}\\${t.slice(digits)}`;
  return '#>-+*=|<`~:[_'.includes(t[0]!) ? `\\${t}` : t;
}

/**
 * Removes R Markdown inline code (`` `r Sys.Date()` ``) from front-matter strings: it is evaluated when the
 * R document is knitted, so its text is never content. A key left with an empty string goes.
 */
function dropInlineR(value: unknown, depth: number): unknown {
  if (typeof value === 'string') {
    if (value.indexOf('`r ') < 0) return value;
    let out = '';
    let last = 0;
    for (let p = value.indexOf('`r '); p >= 0; p = value.indexOf('`r ', last)) {
      const close = value.indexOf('`', p + 3);
      if (close < 0) break;
      out += value.slice(last, p);
      last = close + 1;
    }
    return (out + value.slice(last)).trim();
  }
  if (depth > 64 || !value || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => dropInlineR(v, depth + 1));
  const obj = value as Record<string, unknown>;
  for (const k of Object.keys(obj)) {
    if (k === '__proto__') continue;
    const v = dropInlineR(obj[k], depth + 1);
    if (v === '' && obj[k] !== '') delete obj[k];
    else if (v !== obj[k]) obj[k] = v;
  }
  return obj;
}
