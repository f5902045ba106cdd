// Makes a LinkedIn export's organisation line over its tenure ("Bechtle" / "4 Jahre 10 Monate") the group of the dated roles that follow it.
import { durationOnly } from './duration-only.js';
import { lineDates } from './line-dates.js';
import type { EntryBlock, Line, ParseState } from './parse-types.js';
import type { Segmented } from './segment-entries.js';

/** The name line of two lines that are a short undated name and a duration alone ("Bechtle" / "4 Jahre 10 Monate"), or undefined. */
function tenureName(state: ParseState, lines: readonly Line[]): Line | undefined {
  const [name, tenure, more] = lines;
  if (!name || !tenure || more || (name.kind !== 'text' && name.kind !== 'heading') || !/\p{L}/u.test(name.plain) || name.plain.length > 80 || lineDates(state, name).length > 0) return undefined;
  return durationOnly(state, tenure.plain) ? name : undefined;
}

/**
 * Post-step of entry segmentation: an organisation's name over its tenure alone ("Bechtle" / "4 Jahre 10 Monate",
 * as LinkedIn's PDF export writes it), as an entry's head or as the last lines of the section's text before its
 * first entry, is no entry: the name is the group of the dated entries after it, up to the next such name, and
 * the tenure line (and any text of its own) goes to the first of them.
 */
export function groupUnderTenure(state: ParseState, out: Segmented): void {
  let group: Line | undefined;
  let carry: Line[] = [];
  const tail = out.intro.slice(-2);
  const lead = tail.length === 2 ? tenureName(state, tail) : undefined;
  if (lead) {
    group = lead;
    carry = [tail[1]!];
    out.intro.splice(-2, 2);
  }
  const kept: EntryBlock[] = [];
  for (const e of out.entries) {
    const name = e.group.length === 0 ? tenureName(state, e.head) : undefined;
    if (name) {
      group = name;
      carry = [...e.head.slice(1), ...e.body];
      continue;
    }
    if (group && e.group.length === 0 && e.head.some((h) => lineDates(state, h).length > 0)) {
      e.group = [group];
      e.body.unshift(...carry);
      carry = [];
    }
    kept.push(e);
  }
  // (a name with no dated entry after it stays what it was: its lines go back as text)
  if (carry.length && group) out.intro.push(group, ...carry);
  if (kept.length !== out.entries.length) out.entries.splice(0, out.entries.length, ...kept);
}
