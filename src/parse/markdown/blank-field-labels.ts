// Blanks the field labels that open lines ("*Degree:* …", "Position: …", "**Zeitraum:** …", "| Nimi | …") for the lost-word check: like contact labels, they are layout.
import { foldWord } from './fold-word.js';
import { fieldLabelHits } from './field-label-hits.js';
import type { ParseState } from './parse-types.js';

/** A label is at most this long (characters before its colon, marks included). */
const MAX_LABEL = 48;
/** Marks, list markers, emoji icons ("👨‍💻 姓名："), a template variable's sign ("$email:") and opening HTML tags ("<p><strong>Title of Position:") around a label. */
const MARKS = /^(?:<[a-zA-Z][^<>]{0,60}>|[\s>*_+\-#`$\p{Extended_Pictographic}\u200d\ufe0f])*|[\s*_`]*$/gu;

/**
 * `body` with every line's opening "Label:" blanked where the label is a field label of one of the CV's first two
 * languages ("Degree", "Position", "Jurusan", "Должность"): the readers take the value into its field and the
 * themes print their own label, so the word is layout, not content the model must hold. Lines keep their
 * places (the label becomes spaces); everything else is unchanged.
 */
export function blankFieldLabels(state: ParseState, body: string): string {
  const [first, second] = state.langs;
  let out = '';
  let last = 0;
  // the next colon of each kind at or after a line's start (searched again only once a line passes it): linear
  let ascii = -2;
  let wide = -2;
  for (let start = 0; start <= body.length; ) {
    let end = body.indexOf('\n', start);
    if (end < 0) end = body.length;
    if (ascii !== -1 && ascii < start) ascii = body.indexOf(':', start);
    if (wide !== -1 && wide < start) wide = body.indexOf('：', start);
    const a = ascii < end ? ascii : -1;
    const w = wide < end ? wide : -1;
    // "| Tehtävänimike | Konsultti |": a table row's first cell is a label too (its second bar plays the colon)
    const bar = cellLabelEnd(body, start, end);
    const isLabel = (at: number): boolean => {
      if (at - start <= 0 || at - start > MAX_LABEL) return false;
      // ("姓  名": Han characters spaced out to line up are the label without the spaces)
      const label = foldWord(body.slice(start, at).replace(MARKS, '').replace(/^\|/, '').replace(MARKS, ''));
      return label !== '' && (fieldLabelHits(label)?.some((h) => h.lang === first || h.lang === second) ?? false);
    };
    // ("**电话** +86…", "名前 Kensuke Abe": a label in Han or kana and a space play the colon too)
    const colon = bar >= 0 ? bar : a < 0 ? w : w < 0 ? a : Math.min(a, w);
    const at = isLabel(colon) ? colon : spacedLabelEnd(body, start, end);
    if (at === colon ? isLabel(at) : at >= 0 && isLabel(at)) {
      out += body.slice(last, start) + ' '.repeat(at - start + 1);
      last = at + 1;
    }
    start = end + 1;
  }
  return last === 0 ? body : out + body.slice(last);
}

/** Where the first cell of a table row on the line [start, end) ends (its second bar), or -1 when the line is no row. */
function cellLabelEnd(body: string, start: number, end: number): number {
  let i = start;
  while (i < end && (body[i] === ' ' || body[i] === '\t')) i++;
  if (body[i] !== '|') return -1;
  const bar = body.indexOf('|', i + 1);
  return bar > i && bar < end ? bar : -1;
}

/** A label in Han or kana (its marks around it) then a space, opening a line: where it ends (its last mark), or -1. */
const SPACED_LABEL = /^[\s>*_+\-#`]*[\u3040-\u30ff\u3400-\u9fff]{2,6}[*_`]*(?=[ \u3000]+\S)/u;

/** Where a spaced label ({@link SPACED_LABEL}) of the line [start, end) ends, minus one (the place of its "colon"), or -1. */
function spacedLabelEnd(body: string, start: number, end: number): number {
  const c = body.charCodeAt(start);
  if (end - start < 3 || (c < 0x3040 && c !== 0x2a && c !== 0x5f && c !== 0x20 && c !== 0x23 && c !== 0x2d && c !== 0x3e)) return -1;
  const m = SPACED_LABEL.exec(body.slice(start, Math.min(end, start + 40)));
  return m ? start + m[0].length : -1;
}
