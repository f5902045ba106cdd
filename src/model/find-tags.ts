// Finds HTML tags and elements by scanning from each "<" once, in linear time (the patterns they replace rescanned the rest of a document from every "<").

/** An element (or a tag) found in a document: `[start, end)` and, for an element, where its open tag and its body end. */
export interface FoundTag {
  start: number;
  end: number;
  /** The lower-cased name the `open` pattern captured (its group 1), when it has one. */
  name: string;
  /** Where the open tag ends (after its ">"). */
  openEnd: number;
  /** Where the body ends (the closing tag's "<"), or `openEnd` for a tag alone. */
  bodyEnd: number;
}

/**
 * Each match, in document order, of `<head[^>]*>` (a name without a closer) or of
 * `<head[^>]*>[\s\S]*?</name\s*>` (a name with one in `closers`; `opts.selfClosing` adds the alternative
 * `<head[^>]*\/>`), as a global, case-insensitive pattern finds them. `open` is the head, sticky (`/<(style|script)\b/iy`), its
 * group 1 the element's name; `closers[name]` finds that element's closing tag (`/<\/style\s*>/gi`). A
 * document with no ">" left, or no closing tag left for a name, is not scanned again for it.
 */
export function* findTags(html: string, open: RegExp, closers?: Record<string, RegExp>, opts: { selfClosing?: boolean } = {}): Generator<FoundTag> {
  const unclosed = new Set<string>();
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
    open.lastIndex = i;
    const m = open.exec(html);
    if (!m) continue;
    const name = (m[1] ?? '').toLowerCase();
    const gt = html.indexOf('>', open.lastIndex);
    // no ">" after this "<": no tag closes any more
    if (gt < 0) return;
    const closer = closers?.[name];
    if (!closer) {
      // a tag alone (no closers, or none for this name)
      yield { start: i, end: gt + 1, name, openEnd: gt + 1, bodyEnd: gt + 1 };
      i = gt;
      continue;
    }
    if (!unclosed.has(name)) {
      closer.lastIndex = gt + 1;
      const c = closer.exec(html);
      if (c) {
        yield { start: i, end: c.index + c[0].length, name, openEnd: gt + 1, bodyEnd: c.index };
        i = c.index + c[0].length - 1;
        continue;
      }
      unclosed.add(name);
    }
    if (opts.selfClosing && html[gt - 1] === '/') {
      yield { start: i, end: gt + 1, name, openEnd: gt + 1, bodyEnd: gt + 1 };
      i = gt;
    }
  }
}
