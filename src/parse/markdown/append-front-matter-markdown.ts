// Appends Markdown a front matter holds as values (`sections:` / `- text: "## Work Experience\n\n### SHL …"`, a CMS's blocks) to an otherwise empty body, so the passes read it like any CV.

import { holdsCvKeys } from './holds-cv-keys.js';
import type { AppendedKey } from './parse-types.js';

/** A value holds Markdown sections when one of its lines is a heading. */
const HEADING_LINE = /^#{1,6}\s+\S/m;

/** A value less its Markdown texts: a list's objects keep their other fields (`column: left`); undefined when nothing is left. */
function withoutMarkdown(value: unknown): unknown {
  if (!Array.isArray(value)) return undefined;
  const rest = value
    .map((item) => (item && typeof item === 'object' && !Array.isArray(item) ? Object.fromEntries(Object.entries(item as Record<string, unknown>).filter(([, v]) => typeof v !== 'string' || !HEADING_LINE.test(v))) : typeof item === 'string' && HEADING_LINE.test(item) ? undefined : item))
    .filter((item) => item !== undefined && !(typeof item === 'object' && item !== null && Object.keys(item).length === 0));
  return rest.length ? rest : undefined;
}

/** The Markdown texts of one value: a string with a heading, or such strings among a list's items (objects' string fields, in order). */
function markdownTexts(value: unknown): string[] {
  if (typeof value === 'string') return HEADING_LINE.test(value) ? [value] : [];
  if (!Array.isArray(value)) return [];
  const out: string[] = [];
  for (const item of value) {
    if (typeof item === 'string') out.push(...markdownTexts(item));
    else if (item && typeof item === 'object' && !Array.isArray(item)) for (const v of Object.values(item as Record<string, unknown>)) if (typeof v === 'string') out.push(...markdownTexts(v));
  }
  return out;
}

/**
 * A CV kept whole in its front matter as Markdown blocks (Forestry, Netlify CMS: `sections:` / `- column: left` /
 * `text: "## Skills …"`), with no text below it: each top-level value (not unfolded already, nor a CV key) that is, or lists, a
 * Markdown text with a heading is appended to the body, in order, after a blank line; what else the value holds
 * stays in `data` (`column: left`), the texts leave it. Returns the keys appended, each with the 1-based body line its
 * text starts on; none when the body outside the front matter has any words.
 * @param data - the parsed front matter (the texts appended leave it)
 * @param close - the 0-based line of the block's closing delimiter
 * @param body - the body's lines (front-matter lines blank), appended to in place
 * @param unfolded - keys written into the body already
 */
export function appendFrontMatterMarkdown(data: Record<string, unknown>, close: number, body: string[], unfolded: readonly string[]): AppendedKey[] {
  if (body.slice(close + 1).some((l) => /[\p{L}\p{N}]/u.test(l))) return [];
  const out: AppendedKey[] = [];
  for (const [key, value] of Object.entries(data)) {
    // (a key the front-matter readers know, `experience:` / `- title: … description: "#### Project Highlights …"`, is theirs)
    if (unfolded.includes(key) || holdsCvKeys({ [key]: value })) continue;
    const texts = markdownTexts(value);
    if (texts.length === 0) continue;
    out.push({ key, from: body.length + 1 });
    for (const t of texts) body.push('', ...t.split(/\r?\n/));
    const rest = withoutMarkdown(value);
    if (rest === undefined) delete data[key];
    else data[key] = rest;
  }
  return out;
}
