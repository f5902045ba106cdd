// Post-step of entry segmentation: an undated entry's period written under a period label in its text ("**[所属期間]**" / "2020年11月〜現在") dates its head.
import { foldWord } from './fold-word.js';
import { dateOnly } from './date-only.js';
import { LEXICON_INDEX } from './lexicon-index.js';
import { lineDates } from './line-dates.js';
import type { EntryBlock, Line, ParseState } from './parse-types.js';

/** How far into an entry's text the period label is looked for. */
const MAX_LINES = 6;

/** A line that is a period's label alone ("**[所属期間]**", "Zeitraum:", "【期間】"), marks and brackets aside. */
function periodLabel(l: Line): boolean {
  const t = l.plain.replace(/[*_[\]【】()（）:：]/g, '').trim();
  return t.length > 0 && t.length <= 20 && (LEXICON_INDEX.fields.get(foldWord(t)) ?? []).some((h) => h.value === 'period');
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
    const k = e.body.slice(0, MAX_LINES).findIndex((l, i) => periodLabel(l) && e.body[i + 1] !== undefined && dateOnly(state, e.body[i + 1]!));
    if (k < 0) continue;
    e.head.push(...e.body.splice(k + 1, 1));
  }
}
