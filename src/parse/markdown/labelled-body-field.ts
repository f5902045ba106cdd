// Finds an entry field given by a label in an entry's text ("- **役割：**" over "- プログラマ - 実装, テスト", "Role: Developer", "<td>工作地点：上海-闵行区</td>").
import { fieldLabelOf } from './field-label-of.js';
import type { FieldLabel } from './lexicon-index.js';
import type { Line, ParseState } from './parse-types.js';
import { trimChars } from './trim-chars.js';

/** How far into an entry's text a label is looked for. */
const MAX_LINES = 12;

/** The label of a "Label: value" text (a label of at most 30 characters), and where its colon is. */
function labelOf(state: ParseState, text: string): { label: FieldLabel | undefined; colon: number } | undefined {
  const colon = text.search(/[:：]/);
  if (colon <= 0 || colon > 30) return undefined;
  return { label: fieldLabelOf(state, text.slice(0, colon)), colon };
}

/**
 * The value a `field` label of the lexicons ("position", "place") gives in the first lines of an entry's text: the
 * value after its colon, else the first line nested under it; up to a " - " or " | " that starts its details. In a
 * table row, each cell is a "Label: value" of its own ("职位：工程师 | 工作地点：上海-闵行区").
 */
export function labelledBodyField(state: ParseState, body: readonly Line[], field: FieldLabel): { text: string; line: Line } | undefined {
  for (let i = 0; i < body.length && i < MAX_LINES; i++) {
    const l = body[i]!;
    const texts = l.kind === 'row' ? l.plain.split(' | ') : [l.plain];
    for (const text of texts) {
      const found = labelOf(state, text);
      if (found?.label !== field) continue;
      // ("**役割：**" over a nested item is one line "役割：: プログラマ" once label definitions are joined)
      let value = trimChars(text.slice(found.colon + 1), ' :：');
      let from = l;
      const next = body[i + 1];
      if (!value && next && next.kind === 'item' && next.depth > l.depth) {
        value = next.plain;
        from = next;
      }
      const details = value.search(/\s[-–—|]\s/);
      const value1 = trimChars(details > 0 ? value.slice(0, details) : value, ' .,;');
      return value1 && value1.split(' ').length <= 8 ? { text: value1, line: from } : undefined;
    }
  }
  return undefined;
}
