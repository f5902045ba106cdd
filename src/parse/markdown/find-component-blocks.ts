// Finds Nuxt Content (MDC) block components whose props are a YAML block: "::cv-list" / "---" / props / "---" / "::".

/** An MDC block component with YAML props: 0-based indexes of its "::name" line, its two "---" lines and its closing "::". */
export interface ComponentBlockSpan {
  /** The component's name ("cv-list"). */
  name: string;
  open: number;
  yamlOpen: number;
  yamlClose: number;
  close: number;
}

/** "::cv-list" or "::cv-list{.wide}": a block component's opening line. */
const OPEN = /^::([A-Za-z][\w-]*)(?:\{[^}]*\})?\s*$/;
/** Components looked at, at most (a page of components is not read through). */
const MAX_BLOCKS = 24;

/**
 * The MDC block components from line `from` on whose first lines are a YAML props block ("::cv-list", "---",
 * `title: Experiência Profissional`, `items: […]`, "---", "::"), in order. Components written otherwise (a
 * Markdown body, no props) are not listed: they stay Markdown.
 * @param lines - the file's lines
 */
export function findComponentBlocks(lines: readonly string[], from: number): ComponentBlockSpan[] {
  const out: ComponentBlockSpan[] = [];
  for (let i = from; i < lines.length - 3 && out.length < MAX_BLOCKS; i++) {
    if (lines[i]!.charCodeAt(0) !== 0x3a) continue;
    const m = OPEN.exec(lines[i]!);
    if (!m || lines[i + 1]!.trim() !== '---') continue;
    let yamlClose = -1;
    for (let k = i + 2; k < lines.length && yamlClose < 0; k++) {
      const t = lines[k]!.trim();
      if (t === '---') yamlClose = k;
      else if (t === '::') break;
    }
    if (yamlClose < 0) continue;
    let close = yamlClose + 1;
    while (close < lines.length && lines[close]!.trim() === '') close++;
    if (close >= lines.length || lines[close]!.trim() !== '::') continue;
    out.push({ name: m[1]!, open: i, yamlOpen: i + 1, yamlClose, close });
    i = close;
  }
  return out;
}
