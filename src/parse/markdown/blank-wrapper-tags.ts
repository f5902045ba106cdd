// Blanks lines that are only wrapper tags (`<div id="experience">`, `</div></section>`) next to Markdown text, so the Markdown they wrap is read as Markdown, as pandoc reads it.

/** Block tags that only wrap what they hold (a layout's boxes): opening ones with any attributes, or closing ones. */
const WRAPPER = /^<\/?(?:div|section|article|main|header|footer|aside|nav)(?:\s[^<>]*)?>$/i;

/** A line of wrapper tags and nothing else ("<div id="container"><div id="name">", "</div>"). */
function wrapperTagsOnly(line: string): boolean {
  const t = line.trim();
  if (t.charCodeAt(0) !== 60 || !t.endsWith('>')) return false;
  const tags = t.split(/(?<=>)\s*(?=<)/);
  return tags.every((tag) => WRAPPER.test(tag) && !/\smarkdown\b/i.test(tag));
}

/** The next (or previous, `step` -1) line with text from `i`, or undefined. */
function neighbour(lines: readonly string[], i: number, step: 1 | -1): string | undefined {
  for (let k = i + step; k >= 0 && k < lines.length; k += step) if (lines[k]!.trim()) return lines[k];
  return undefined;
}

/**
 * Empties, in place, each line that is only wrapper tags when the text beside it is Markdown, not HTML: an opening line
 * before a line that does not open with a tag ("<div id="experience">" / "Työkokemus" / "-----"), a closing line after
 * one. CommonMark reads an HTML block as raw HTML up to the next blank line, so the setext heading or the list right
 * under such a tag would lose its Markdown (pandoc reads it as Markdown). Lines inside fenced code are left alone; the
 * tags carry no words of the CV.
 * @param lines - the body's lines (changed in place)
 * @param fence - 1 where a line is fenced code
 */
export function blankWrapperTags(lines: string[], fence: Uint8Array): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (fence[i] || line.indexOf('<') < 0 || !wrapperTagsOnly(line)) continue;
    const closing = line.trim().startsWith('</');
    const beside = neighbour(lines, i, closing ? -1 : 1);
    if (beside !== undefined && !beside.trim().startsWith('<')) lines[i] = '';
  }
}
