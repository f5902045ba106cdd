// Builds a forward-only finder of the next stop character, so a scanner reads each part of a text once.

/**
 * A forward-only finder: `at(from)` is the first index at or after `from` whose character `stops`, or -1.
 * Asked with growing `from`, it reads each part of `s` once (a repeated question inside the last answer's
 * span is answered from memory).
 * @param s - the text
 * @param stops - which characters end a run
 */
export function makeStopFinder(s: string, stops: (c: string) => boolean): (from: number) => number {
  let from = -1;
  let found = -1;
  return (f) => {
    if (from >= 0 && f >= from && (found < 0 || f <= found)) return found;
    from = f;
    found = -1;
    for (let i = f; i < s.length; i++) if (stops(s[i]!)) return (found = i);
    return found;
  };
}
