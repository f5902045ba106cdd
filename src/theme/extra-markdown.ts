// A field the schema does not define, at the top level, as a Markdown list that nests as the field does.
import { escapeMarkdown } from './escape-markdown.js';
import { extraText } from './extra-text.js';
import { humanizeKey } from './humanize-key.js';

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
/** A list item longer than this is a sentence: the list is shown one bullet per item, not joined by commas. */
const LONG_ITEM = 60;
/** A value shown on its label's line: not an object, and not a list holding objects, lists or sentences. */
const isSimple = (v: unknown): boolean =>
  !isRec(v) && !(Array.isArray(v) && v.some((x) => isRec(x) || Array.isArray(x) || (typeof x === 'string' && x.length > LONG_ITEM)));

/** Text safe on one list line: white space collapsed, Markdown escaped, a leading `-`, `+` or `1.` not read as a list. */
function lineText(s: string): string {
  const t = escapeMarkdown(s.replace(/\s+/g, ' ').trim());
  if (t.startsWith('-') || t.startsWith('+')) return `\\${t}`;
  const digits = /^\d+/.exec(t)?.[0].length ?? 0;
  return digits && (t[digits] === '.' || t[digits] === ')') ? `${t.slice(0, digits)}\\${t.slice(digits)}` : t;
}

/** The list lines of a field: `- Label: text`, or `- Label:` with its parts nested below. */
function fieldLines(key: string, v: unknown, depth: number): string[] {
  const pad = '  '.repeat(depth);
  if (isSimple(v)) {
    const text = extraText(v);
    return text ? [`${pad}- ${lineText(humanizeKey(key))}: ${lineText(text)}`] : [];
  }
  const below = valueLines(v, depth + 1);
  return below.length ? [`${pad}- ${lineText(humanizeKey(key))}:`, ...below] : [];
}

/** The list lines of one item of a list: an object's simple fields on its line, its nested ones below. */
function itemLines(v: unknown, depth: number): string[] {
  const pad = '  '.repeat(depth);
  if (!isRec(v)) {
    const text = extraText(v);
    return text ? [`${pad}- ${lineText(text)}`] : [];
  }
  const entries = Object.entries(v);
  const head = entries.filter(([, x]) => isSimple(x)).map(([k, x]) => [k, extraText(x)] as const).filter(([, t]) => t).map(([k, t]) => `${lineText(humanizeKey(k))}: ${lineText(t)}`);
  const nested = entries.filter(([, x]) => !isSimple(x)).flatMap(([k, x]) => fieldLines(k, x, depth + 1));
  if (!head.length) return nested.map((l) => l.slice(2));
  return [`${pad}- ${head.join('; ')}`, ...nested];
}

/** The list lines of a value: a list's items, an object's fields, or a scalar's text. */
function valueLines(v: unknown, depth: number): string[] {
  if (Array.isArray(v)) return v.flatMap((x) => itemLines(x, depth));
  if (isRec(v)) return Object.entries(v).flatMap(([k, x]) => fieldLines(k, x, depth));
  return itemLines(v, depth);
}

/**
 * A top-level field the JSON Resume schema does not define (`"freelancing": [{ "company", "positions": [ … ] }]`,
 * `"extra-links": { "projects": { "text", "link" } }`) as a Markdown bullet list for a generic section: each list
 * item or object field a bullet (`Label: text`), what nests below it a nested list, so that every string and
 * number written is shown; booleans and nulls are not.
 * @param v - the field's value
 * @returns Markdown, or '' when the value holds no text
 */
export function extraMarkdown(v: unknown): string {
  return valueLines(v, 0).join('\n');
}
