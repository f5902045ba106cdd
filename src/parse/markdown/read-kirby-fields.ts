// Reads a Kirby CMS content file ("Title: CV" / "----" / "Text:" and its Markdown / "----"): short fields as front matter, long ones as the body.
import type { FrontMatterBlock } from './parse-types.js';
import { rewriteKirbyBlocks } from './rewrite-kirby-blocks.js';

/** A field's first line: its key, a colon, and the value when it is written on the same line. */
const FIELD = /^([A-Za-z][A-Za-z0-9_-]{0,40}):(.*)$/;
/** Kirby parts fields with a line of four dashes (or more). */
const SEPARATOR = /^-{4,}\s*$/;
/** A short value on the line after its key ("Heading:" / "Lebenslauf") is a field's value, not text. */
const SHORT_VALUE = 80;

/**
 * A Kirby content file: it opens with a "Key:" line, and two lines or more of dashes alone each part a field from
 * the next "Key:" line. A field whose value is one short line (on its key's line or the next) is front matter (its
 * key in lower case; Kirby's `heading` titles the page when there is no `title`); a longer one stays in the body as
 * Markdown, its key line blanked. The dash lines are blanked. Undefined when the file is not so made.
 * @param lines - the file's lines
 * @param body - the body's lines, blanked where fields were read
 */
export function readKirbyFields(lines: readonly string[], body: string[]): FrontMatterBlock | undefined {
  const starts = fieldStarts(lines);
  if (starts.length < 3) return undefined;
  const data: Record<string, unknown> = {};
  const raw: string[] = [];
  starts.forEach((start, k) => {
    const end = k + 1 < starts.length ? starts[k + 1]! : lines.length;
    const m = FIELD.exec(lines[start]!.trimEnd())!;
    const key = m[1]!.toLowerCase();
    const rest: number[] = [];
    for (let i = start + 1; i < end; i++) {
      if (SEPARATOR.test(lines[i]!)) body[i] = '';
      else if (lines[i]!.trim()) rest.push(i);
    }
    const value = m[2]!.trim();
    const short = !value && rest.length === 1 ? lines[rest[0]!]!.trim() : rest.length === 0 ? value : undefined;
    if (short !== undefined && short.length <= SHORT_VALUE && !(key in data)) {
      data[key] = short;
      raw.push(`${m[1]}: ${short}`);
      for (let i = start; i < end; i++) body[i] = '';
    } else {
      body[start] = value;
      // (a blocks or structure field, a YAML list of items, as the Markdown it shows; a structure's key, or its
      // heading field, "employmentHeading: Employment", titles it)
      const kind = value ? undefined : rewriteKirbyBlocks(lines, body, start + 1, end);
      if (kind === 'structure') body[start] = `## ${String(data[`${key}heading`] ?? m[1])}`;
    }
  });
  if (data['title'] === undefined && typeof data['heading'] === 'string') data['title'] = data['heading'];
  return { format: 'yaml', line: 1, endLine: starts[1]!, raw: raw.join('\n'), data };
}

/** The lines that open a field: the first line with text, then each first line with text after a dash line, all "Key:" lines. */
function fieldStarts(lines: readonly string[]): number[] {
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0 || !FIELD.test(lines[first]!.trimEnd())) return [];
  const starts = [first];
  for (let i = first + 1; i < lines.length; i++) {
    if (!SEPARATOR.test(lines[i]!)) continue;
    let j = i + 1;
    while (j < lines.length && lines[j]!.trim() === '') j++;
    if (j >= lines.length) break;
    if (!FIELD.test(lines[j]!.trimEnd())) return [];
    starts.push(j);
    i = j;
  }
  return starts;
}
