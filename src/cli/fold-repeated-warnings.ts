// Folds a long run of printed warnings of one kind (a hundred highlights written as objects) into the first few and one that counts the rest (the report keeps them all).
import type { CvWarning } from '../model/warning.js';

/** Warnings of one kind shown one by one before the rest are counted in one. */
const SHOWN = 3;
/** A kind is folded only past this many warnings. */
const FOLD_FROM = 6;

/** A warning's kind: its code and its message without the JSON pointer it opens with and the values it quotes. */
function kindOf(w: CvWarning): string {
  const text = w.path && w.message.startsWith(`${w.path}: `) ? w.message.slice(w.path.length + 2) : w.message.replace(/^\/\S*: /, '');
  return `${w.code}\u0000${text.replace(/"[^"\n]{0,300}"/g, '"…"')}`;
}

/**
 * Keeps every warning of a kind that comes at most five times; of a kind that comes more often ("an object is read as
 * its text" for each of 103 highlights), keeps the first three and adds, where the fourth was, one warning of the same
 * code (and schema flag) that names how many more there are, their first places and the fix, so that a file's report
 * stays readable. The order of the rest is kept.
 * @param warnings - the warnings of one file, in order
 */
export function foldRepeatedWarnings(warnings: readonly CvWarning[]): CvWarning[] {
  if (warnings.length < FOLD_FROM) return warnings.slice();
  const kinds = warnings.map(kindOf);
  const byKind = new Map<string, CvWarning[]>();
  warnings.forEach((w, i) => {
    const list = byKind.get(kinds[i]!);
    if (list) list.push(w);
    else byKind.set(kinds[i]!, [w]);
  });
  const out: CvWarning[] = [];
  for (const [i, w] of warnings.entries()) {
    const list = byKind.get(kinds[i]!)!;
    if (list.length < FOLD_FROM) {
      out.push(w);
      continue;
    }
    const at = list.indexOf(w);
    if (at < SHOWN) out.push(w);
    else if (at === SHOWN) out.push(countRest(list.slice(SHOWN)));
  }
  return out;
}

/** One warning standing for `rest`, all of one kind: how many, where the first five are, and the fix they share. */
function countRest(rest: readonly CvWarning[]): CvWarning {
  const first = rest[0]!;
  const places = rest.slice(0, 5).map((w) => `${w.path ?? ''}${w.line !== undefined ? ` (line ${w.line})` : ''}`.trim()).filter(Boolean);
  const more = rest.length > places.length ? ` and ${rest.length - places.length} more` : '';
  const fix = first.message.includes(' Fix: ') ? first.message.slice(first.message.indexOf(' Fix: ')) : '';
  const out: CvWarning = { code: first.code, message: `${rest.length} more warnings like the ones above: ${places.join(', ')}${more}.${fix}` };
  if (first.file !== undefined) out.file = first.file;
  if (first.line !== undefined) out.line = first.line;
  if (first.path !== undefined) out.path = first.path;
  if (first.schema !== undefined) out.schema = first.schema;
  return out;
}
