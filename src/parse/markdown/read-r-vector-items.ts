// Reads the text an R chunk keeps in vectors of strings (`UDP$Details <- c("Coordinador", "Agosto 2022 - Presente", …)`, `list("Details" = c(…), "Bullets" = c(…))`) as list items.
import type { RToken } from './read-r-tokens.js';

/** A vector of strings: its group (one list, or the fields of one object: "UDP$Details", "UDP$Bullets") and its strings. */
interface Vector {
  group: string;
  strings: RToken[];
}

/** The vectors of strings of the code: the strings that are direct arguments of `c(…)` or `list(…)` calls nested only in such calls. */
function findVectors(tokens: readonly RToken[]): Vector[] {
  const out = new Map<number, Vector>();
  const stack: Array<{ at: number; vector: boolean }> = [];
  let lastObject = '';
  let lastGroup = '';
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'mark' && t.text === '(') {
      const callee = tokens[k - 1]?.kind === 'word' ? tokens[k - 1]!.text.replace(/^base::/, '') : '';
      stack.push({ at: k, vector: (callee === 'c' || callee === 'list') && (stack.length === 0 || stack[stack.length - 1]!.vector) });
    } else if (t.kind === 'mark' && t.text === ')') stack.pop();
    const top = stack[stack.length - 1];
    if (t.kind !== 'string' || !top?.vector || stack.some((s) => !s.vector) || tokens[k + 1]?.text === '=') continue;
    // (the group: the outermost list, else the object a field of which the vector is assigned to, else the vector)
    const outer = stack[0]!;
    const assigned = tokens[outer.at - 2]?.text === '<-' || tokens[outer.at - 2]?.text === '=' ? tokens[outer.at - 3] : undefined;
    const object = assigned?.kind === 'word' && assigned.text.includes('$') ? assigned.text.slice(0, assigned.text.indexOf('$')) : '';
    const isList = tokens[outer.at - 1]!.text.replace(/^base::/, '') === 'list';
    let group = `@${outer.at}`;
    if (!isList && object) {
      group = object === lastObject ? lastGroup : `${object}@${outer.at}`;
      [lastObject, lastGroup] = [object, group];
    }
    const vector = out.get(top.at) ?? { group, strings: [] };
    vector.strings.push(t);
    out.set(top.at, vector);
  }
  return [...out.values()];
}

/** Adds `text` to line `line` of `out` (after a " · " when the line holds text already). */
const add = (out: Map<number, string>, line: number, text: string): void => {
  out.set(line, out.has(line) ? `${out.get(line)!} · ${text}` : text);
};

/**
 * The list items an R chunk's vectors of strings show, by line of the chunk, or undefined when it holds no vector of
 * two strings or more, one of them words (not `c("vitae", "tibble")`): in each group (one `list(…)`, or the fields of
 * one object assigned in turn), the first vector that holds text is the item ("- s1 | s2 | s3", on its first string's
 * line), each string of the others a nested detail ("  - s", on its line). Strings given to other calls (`cat`,
 * `source`, `library`) and commented-out code are no text.
 * @param tokens - the chunk's tokens
 * @returns the text of each line written, by line of the chunk
 */
export function readRVectorItems(tokens: readonly RToken[]): Map<number, string> | undefined {
  const vectors = findVectors(tokens);
  const filled = (v: Vector): RToken[] => v.strings.filter((s) => s.text.trim() !== '');
  if (!vectors.some((v) => filled(v).length >= 2 && filled(v).some((s) => /\S\s+\S/.test(s.text)))) return undefined;
  const out = new Map<number, string>();
  const headed = new Set<string>();
  for (const v of vectors) {
    const strings = filled(v);
    if (strings.length === 0) continue;
    const texts = strings.map((s) => s.text.replace(/\s+/g, ' ').trim());
    if (!headed.has(v.group)) {
      headed.add(v.group);
      add(out, strings[0]!.line, `- ${texts.join(' | ')}`);
      continue;
    }
    strings.forEach((s, k) => add(out, s.line, out.has(s.line) ? texts[k]! : `  - ${texts[k]!}`));
  }
  return out;
}
