// The one-line text of an extra field's value, however it nests: nothing a person wrote is dropped.
import { humanizeKey } from './humanize-key.js';

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

/** A value inside an object of a list: scalars and lists of scalars as they are, anything deeper in parentheses. */
function inner(v: unknown): string {
  const text = extraText(v);
  return text && (isRec(v) || (Array.isArray(v) && v.some((x) => isRec(x) || Array.isArray(x)))) ? `(${text})` : text;
}

/**
 * The text of a field the schema does not define, on one line: a string or number as written, a list of
 * strings joined by commas, an object in a list by its values (`highlightGroups: [{ section, items }]` →
 * `Infra: Kubernetes, Helm`), an object as `Label: value` pairs, and anything nested deeper in parentheses,
 * so every string and number of it is shown. Booleans (flags for a theme, `pinned: true`) and nulls are not.
 * @param v - the field's value
 * @returns the text, or '' when the value holds no text
 */
export function extraText(v: unknown): string {
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return String(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  if (Array.isArray(v)) {
    const parts = v.map((x) => (isRec(x) ? Object.values(x).map(inner).filter(Boolean).join(': ') : inner(x))).filter(Boolean);
    return parts.join(v.some(isRec) ? '; ' : ', ');
  }
  if (isRec(v)) {
    return Object.entries(v)
      .map(([k, x]) => [k, inner(x)] as const)
      .filter(([, text]) => text)
      .map(([k, text]) => `${humanizeKey(k)}: ${text}`)
      .join('; ');
  }
  return '';
}
