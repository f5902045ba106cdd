// Blanks the tags of HTML blocks marked to hold Markdown (`<div class="job" markdown>` … `</div>`), so what they wrap is read as Markdown.

/** An opening tag alone on its line, with a `markdown` attribute (kramdown's `markdown="1"`, Python-Markdown's `markdown`): its tag name. */
function markdownOpener(line: string): string | undefined {
  const t = line.trim();
  if (t.charCodeAt(0) !== 60 || !t.endsWith('>') || t.indexOf('>') !== t.length - 1 || t.endsWith('/>')) return undefined;
  const name = /^<([A-Za-z][A-Za-z0-9]*)(?=\s)/.exec(t)?.[1];
  if (!name || !/\smarkdown(?:\s*=\s*["']?(?:1|block|span|true)["']?)?(?=[\s>])/i.test(t)) return undefined;
  return name.toLowerCase();
}

/** How many `<name …>` a line opens less how many `</name>` it closes. */
function depthChange(line: string, name: string): number {
  const lower = line.toLowerCase();
  let d = 0;
  for (let p = lower.indexOf(`<${name}`); p >= 0; p = lower.indexOf(`<${name}`, p + 1)) if (!/[A-Za-z0-9]/.test(lower[p + 1 + name.length] ?? '')) d++;
  for (let p = lower.indexOf(`</${name}`); p >= 0; p = lower.indexOf(`</${name}`, p + 1)) d--;
  return d;
}

/**
 * Empties, in place, each line that is only an opening tag with a `markdown` attribute, and the line that is only
 * its closing tag: CommonMark reads an HTML block as raw HTML up to the next blank line, so "**Role**" and the list
 * under `<div class="job" markdown>` would lose their Markdown. Lines inside fenced code are left alone; every
 * line keeps its number.
 * @param lines - the body's lines (changed in place)
 * @param fence - {@link findCodeFences} of the lines
 */
export function openMarkdownDivs(lines: string[], fence: Uint8Array): void {
  const open: Array<{ name: string; depth: number }> = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (fence[i] || line.indexOf('<') < 0) continue;
    const name = markdownOpener(line);
    if (name) {
      open.push({ name, depth: 1 });
      lines[i] = '';
      continue;
    }
    const top = open[open.length - 1];
    if (!top) continue;
    top.depth += depthChange(line, top.name);
    if (top.depth > 0) continue;
    open.pop();
    if (line.trim().toLowerCase() === `</${top.name}>`) lines[i] = '';
  }
}
