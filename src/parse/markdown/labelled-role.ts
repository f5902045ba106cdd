// Finds a role given by a label in an entry's text ("- **役割：**" over "- プログラマ - 実装, テスト", "Role: Developer").
import { foldWord } from './fold-word.js';
import { LEXICON_INDEX, preferHit } from './lexicon-index.js';
import type { Line, ParseState } from './parse-types.js';
import { trimChars } from './trim-chars.js';

/** How far into an entry's text a role label is looked for. */
const MAX_LINES = 12;

/**
 * The role a "position" label of the lexicons gives in the first lines of an entry's text: the value after
 * its colon, else the first line nested under it; up to a " - " that starts its details.
 */
export function labelledRole(state: ParseState, body: readonly Line[]): { text: string; line: Line } | undefined {
  for (let i = 0; i < body.length && i < MAX_LINES; i++) {
    const l = body[i]!;
    const colon = l.plain.search(/[:：]/);
    if (colon <= 0 || colon > 30) continue;
    if (preferHit(LEXICON_INDEX.fields.get(foldWord(l.plain.slice(0, colon))), state.langs)?.value !== 'position') continue;
    // ("**役割：**" over a nested item is one line "役割：: プログラマ" once label definitions are joined)
    let value = trimChars(l.plain.slice(colon + 1), ' :：');
    let from = l;
    const next = body[i + 1];
    if (!value && next && next.kind === 'item' && next.depth > l.depth) {
      value = next.plain;
      from = next;
    }
    const details = value.search(/\s[-–—|]\s/);
    const text = trimChars(details > 0 ? value.slice(0, details) : value, ' .,;');
    return text && text.split(' ').length <= 8 ? { text, line: from } : undefined;
  }
  return undefined;
}
