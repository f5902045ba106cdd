// Rewrites reference-style links ("[Email][email]" with "[email]: mailto:…" below) as inline links, so that their targets reach the line readers.
import { findCodeSpans } from './find-code-spans.js';

/** A definition's label as CommonMark matches it: case-folded, runs of white space as one space. */
function labelKey(label: string): string {
  return label.trim().split(/\s+/).join(' ').toLowerCase();
}

/**
 * The link reference definition on a line ("[email]: mailto:mail@doolan.dev "My Email""), or undefined: up to three
 * spaces, a bracketed label, a colon, then the destination (angle brackets dropped); a title after it is not kept.
 */
function readDefinition(line: string): { key: string; href: string } | undefined {
  let a = 0;
  while (a < 3 && line[a] === ' ') a++;
  if (line[a] !== '[') return undefined;
  const close = line.indexOf(']', a + 1);
  const inner = line.indexOf('[', a + 1);
  if (close <= a + 1 || line[close + 1] !== ':' || (inner >= 0 && inner < close)) return undefined;
  const rest = line.slice(close + 2).trim();
  const space = rest.search(/\s/);
  const dest = space < 0 ? rest : rest.slice(0, space);
  const href = dest.startsWith('<') && dest.endsWith('>') ? dest.slice(1, -1) : dest;
  return href ? { key: labelKey(line.slice(a + 1, close)), href } : undefined;
}

/** Whether offset `i` of a line lies inside one of its code spans (`spans`: start, end pairs). */
function inSpan(spans: readonly number[], i: number): boolean {
  for (let k = 0; k < spans.length; k += 2) if (i >= spans[k]! && i < spans[k + 1]!) return true;
  return false;
}

/** One line with its full ("[text][label]"), collapsed ("[text][]") and shortcut ("[label]") references to `defs` made inline. */
function rewriteLine(line: string, defs: ReadonlyMap<string, string>): string {
  const spans = line.includes('`') ? findCodeSpans(line) : [];
  let out = '';
  let last = 0;
  for (let i = line.indexOf('['); i >= 0; i = line.indexOf('[', i + 1)) {
    const close = line.indexOf(']', i + 1);
    if (close < 0) break;
    const inner = line.indexOf('[', i + 1);
    if ((inner >= 0 && inner < close) || inSpan(spans, i) || line[close + 1] === '(' || line[close + 1] === ':') continue;
    const text = line.slice(i + 1, close);
    let end = close + 1;
    let key = labelKey(text);
    if (line[close + 1] === '[') {
      const second = line.indexOf(']', close + 2);
      const open = line.indexOf('[', close + 2);
      if (second < 0 || (open >= 0 && open < second)) continue;
      if (second > close + 2) key = labelKey(line.slice(close + 2, second));
      end = second + 1;
    }
    const href = defs.get(key);
    if (href === undefined || !text.trim()) continue;
    out += `${line.slice(last, i)}[${text}](${href})`;
    last = end;
    i = end - 1;
  }
  return last === 0 ? line : out + line.slice(last);
}

/**
 * Reference-style links and images of the body, made inline where their label is defined
 * ("[Email][email]" → "[Email](mailto:mail@doolan.dev)", "[Kaluza][kaluza]", "[Kaluza]"): the line readers read a
 * line alone, so a target defined elsewhere would be lost (the email of a contact line, the link naming an
 * organisation). The definitions stay as written (markdown-it drops them as it always does). Fenced code and code
 * spans are left alone; lines are rewritten in place, none added or removed.
 */
export function inlineReferenceLinks(lines: string[], fence: Uint8Array): void {
  const defs = new Map<string, string>();
  const definitionLines = new Set<number>();
  lines.forEach((l, i) => {
    if (fence[i] || !l.includes(']:')) return;
    const d = readDefinition(l);
    if (!d) return;
    definitionLines.add(i);
    if (!defs.has(d.key)) defs.set(d.key, d.href);
  });
  if (defs.size === 0) return;
  lines.forEach((l, i) => {
    if (!fence[i] && !definitionLines.has(i) && l.includes('[')) lines[i] = rewriteLine(l, defs);
  });
}
