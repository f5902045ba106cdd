// Places entries read from R code as Markdown list items on a run of lines, never adding a line nor losing a word.

/**
 * Writes `entries` on the lines `first`…`last` (inclusive): each entry's head a list item ("- head") on a line of its
 * own, then its details as nested items ("  - detail") on the following lines while spare lines remain (the first
 * entries first); details past the spare lines are joined with " · " onto the entry's last line. With more entries
 * than lines, the rest are joined onto the last line.
 * @param entries - the entries, in order
 * @param first - the first line to write
 * @param last - the last line to write
 * @returns the text of each line written, by line
 */
export function placeVitaeEntries(entries: ReadonlyArray<{ head: string; details: readonly string[] }>, first: number, last: number): Map<number, string> {
  const out = new Map<number, string>();
  const count = last - first + 1;
  if (count <= 0 || entries.length === 0) return out;
  let spare = Math.max(0, count - entries.length);
  let at = first;
  entries.forEach((e, k) => {
    if (at > last) {
      out.set(last, [out.get(last)!, e.head, ...e.details].join(' · '));
      return;
    }
    // (past the last line but one: the rest of the entries share the last line)
    const crowded = k >= count - 1 && entries.length > count;
    const own = crowded ? 0 : Math.min(e.details.length, spare);
    spare -= own;
    const shown = e.details.slice(0, own);
    const joined = e.details.slice(own);
    const lines = [`- ${e.head}`, ...shown.map((d) => `  - ${d}`)];
    lines[lines.length - 1] = [lines[lines.length - 1]!, ...joined].join(' · ');
    for (const l of lines) out.set(at++, l);
  });
  return out;
}
