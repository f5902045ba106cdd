// Bounds what a parsed YAML document expands to: aliases repeat text without repeating it in the file.
import { LimitError } from '../model/errors.js';

/** Characters a document may expand to: twice its own text, and never less than 4 MB. */
function expandedLimit(textLength: number): number {
  return Math.max(4 * 1024 * 1024, 2 * textLength);
}

/**
 * Measures the text a parsed YAML value stands for, every alias counted as the copy it makes (a 1.9 MB
 * string referenced 99 times is 190 MB of text once rendered), and stops as soon as the count passes
 * `maxChars`, so the walk itself is bounded. The alias count limit of the YAML parser bounds only how
 * many aliases there are, not how much each repeats.
 * @param value - the parsed value (from `doc.toJS()`)
 * @param opts - `textLength`, the length of the YAML text (it may expand to twice that, at least 4 MB);
 *   `file` and `what` (e.g. "The front matter") for the error
 * @throws LimitError `E_TOO_LARGE` naming the limit
 */
export function checkExpandedSize(value: unknown, opts: { textLength: number; file?: string; what: string }): void {
  const maxChars = expandedLimit(opts.textLength);
  let total = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') total += v.length;
    else if (v !== null && typeof v === 'object') {
      for (const [k, child] of Object.entries(v as Record<string, unknown>)) {
        total += k.length + 1;
        stack.push(child);
        if (total > maxChars) break;
      }
    } else total += 8;
    if (total > maxChars) {
      throw new LimitError('E_TOO_LARGE', `${opts.what} expands (through YAML aliases) to more than ${(maxChars / 1048576).toFixed(1)} MB of text, the limit.`, {
        ...(opts.file !== undefined ? { file: opts.file } : {}),
        hint: 'Write the repeated values out, or use fewer aliases (*name) to large values.',
      });
    }
  }
}
