// Finds the label of a "**Label** — value" line: a bold opening run, then a spaced dash, labels the rest as a colon would.
import type { Line } from './parse-types.js';

/** A bold label is at most this many characters. */
const MAX_LABEL = 40;

/**
 * The label of a line that opens with a bold run and a spaced dash ("**Γλώσσες** — Ελληνικά (μητρική), Αγγλικά (C2)",
 * "**Programming** — R, AWK") and where its value starts in `plain`; undefined for any other line.
 */
export function boldDashLabel(l: Line): { label: string; value: number } | undefined {
  const bold = l.boldParts[0];
  if (!bold || !l.plain.startsWith(bold) || bold.length > MAX_LABEL) return undefined;
  const dash = /^\s+[–—-]\s+(?=\S)/u.exec(l.plain.slice(bold.length));
  return dash ? { label: bold.trim(), value: bold.length + dash[0].length } : undefined;
}
