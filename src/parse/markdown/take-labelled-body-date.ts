// Post-step of entry segmentation: an undated entry's period written under a period label in its text ("**[所属期間]**" / "2020年11月〜現在") dates its head.
import { dateOnly } from './date-only.js';
import { fieldLabelOf } from './field-label-of.js';
import { lineDates } from './line-dates.js';
import type { EntryBlock, Line, ParseState } from './parse-types.js';

/** How far into an entry's text the period label is looked for. */
const MAX_LINES = 6;

/** A line that is a period's label alone ("**[所属期間]**", "Zeitraum:", "【期間】"), brackets aside, in the CV's languages. */
function periodLabel(state: ParseState, l: Line): boolean {
  const t = l.plain.replace(/[[\]【】()（）]/g, '');
  return t.length <= 20 && fieldLabelOf(state, t) === 'period';
}

/**
 * "### <ins>実家家業（農業）</ins>" / "事業内容 : …" / "**[所属期間]**" / "2020年11月〜現在": where an entry's head has no date
 * and one of the first lines of its text is a period's label alone with a date alone right under it, that date line
 * joins the head (the label stays in the text, as written).
 * @param state - the parse state
 * @param entries - the section's entries, changed in place
 */
export function takeLabelledBodyDate(state: ParseState, entries: readonly EntryBlock[]): void {
  for (const e of entries) {
    if (e.head.some((l) => lineDates(state, l).length > 0)) continue;
    const k = e.body.slice(0, MAX_LINES).findIndex((l, i) => periodLabel(state, l) && e.body[i + 1] !== undefined && dateOnly(state, e.body[i + 1]!));
    if (k < 0) continue;
    e.head.push(...e.body.splice(k + 1, 1));
  }
}
