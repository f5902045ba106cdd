// Finds code blocks in a Markdown body that may hold the CV as data: fences marked JSON or YAML, and Jekyll's {% highlight json %} blocks.

/** A code block that may hold data: 0-based line indexes of its opening and closing lines. */
export interface DataBlockSpan {
  open: number;
  close: number;
}

/** A fence marked as data (```` ```json ````, `~~~yaml`): its marker. */
const DATA_FENCE_OPEN = /^(`{3,}|~{3,})[ \t]*(?:json|ya?ml)[ \t]*$/i;

/** Jekyll's highlight block of data, open and close. */
const HIGHLIGHT_OPEN = /^\{%-?\s*highlight\s+(?:json|ya?ml)\b[^%]*-?%\}\s*$/i;
const HIGHLIGHT_CLOSE = /^\{%-?\s*endhighlight\s*-?%\}\s*$/i;

/** Blocks looked at, at most (a CV holds its data in one; a page of code samples is not read through). */
const MAX_BLOCKS = 4;

/**
 * The closed code blocks marked JSON or YAML from line `from` on, in order, at most {@link MAX_BLOCKS}: fences
 * (```` ```json ```` … ```` ``` ````) and `{% highlight json %}` … `{% endhighlight %}`. The caller reads each and
 * keeps one only when its keys are a CV's ("Work", "Education"…), as for front matter.
 * @param lines - the file's lines
 */
export function findEmbeddedDataBlocks(lines: readonly string[], from: number): DataBlockSpan[] {
  const out: DataBlockSpan[] = [];
  for (let i = from; i < lines.length && out.length < MAX_BLOCKS; i++) {
    const line = lines[i]!.trim();
    const first = line.charCodeAt(0);
    // (only lines opening with a backtick, a tilde or "{" are looked at further)
    if (first !== 0x60 && first !== 0x7e && first !== 0x7b) continue;
    const fence = DATA_FENCE_OPEN.exec(line);
    const isClose = fence ? (l: string): boolean => l.trim() === fence[1] : HIGHLIGHT_OPEN.test(line) ? (l: string): boolean => HIGHLIGHT_CLOSE.test(l.trim()) : undefined;
    if (!isClose) continue;
    let close = -1;
    for (let k = i + 1; k < lines.length && close < 0; k++) if (isClose(lines[k]!)) close = k;
    if (close < 0) break;
    out.push({ open: i, close });
    i = close;
  }
  return out;
}
