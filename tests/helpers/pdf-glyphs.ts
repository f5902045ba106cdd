// Test helpers that read what a PDF's text is drawn with: embedded fonts, .notdef glyphs, the text in reading order.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { inflateSync } from 'node:zlib';
import { readFontStylesheet } from '../../src/theme/read-font-stylesheet.js';
import type { ThemeManifest } from '../../src/theme/theme-types.js';

/** One row of `pdffonts`: the font name without its subset prefix, its type, and whether it is embedded. */
export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
}

const run = promisify(execFile);

/** The fonts `pdffonts` lists for `file` (run without blocking: the same process may be serving a page's fonts). */
export async function pdfFonts(file: string): Promise<PdfFont[]> {
  const rows = (await run('pdffonts', [file])).stdout.split('\n').slice(2).filter((l) => l.trim());
  return rows.map((row) => {
    const cols = row.trim().split(/\s+/);
    const type = /\b(CID TrueType|CID Type 0C?|TrueType|Type 1C?|Type 3)\b/.exec(row)?.[1] ?? '?';
    return { name: (cols[0] ?? '').replace(/^[A-Z]{6}\+/, ''), type, embedded: cols[cols.length - 5] === 'yes' };
  });
}

/**
 * How many glyphs the page content draws as `.notdef` (glyph 0: the empty box of a character the font lacks).
 * Chromium writes text in 2-byte glyph codes (`<0002> Tj`), so a `0000` code in a shown string is a missing glyph.
 */
export function countNotdefGlyphs(file: string): number {
  const bytes = readFileSync(file);
  let count = 0;
  const text = bytes.toString('latin1');
  for (const m of text.matchAll(/stream\r?\n/g)) {
    const start = m.index! + m[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) continue;
    let content: string;
    try {
      content = inflateSync(bytes.subarray(start, end)).toString('latin1');
    } catch {
      continue;
    }
    if (!/\bT[jJ]\b/.test(content)) continue;
    for (const s of content.matchAll(/<([0-9A-Fa-f]+)>\s*Tj|\[([^\]]*)\]\s*TJ/g)) {
      const hex = s[1] ?? [...(s[2] ?? '').matchAll(/<([0-9A-Fa-f]+)>/g)].map((h) => h[1]).join('');
      for (let i = 0; i + 4 <= hex.length; i += 4) if (hex.slice(i, i + 4) === '0000') count++;
    }
  }
  return count;
}

/** The PostScript-style names (family without spaces) of every font a theme declares: main and script fonts. */
export function themeFontNames(manifest: ThemeManifest): string[] {
  const hrefs = [...(manifest.fonts ?? []), ...Object.values(manifest.scriptFonts ?? {}).flat(), ...(manifest.fallbackFonts ?? [])];
  return [...new Set(hrefs.map((h) => readFontStylesheet(h)?.family.replace(/\s+/g, '') ?? h))];
}

/** The text of a PDF with only letters, marks and digits kept (bidi controls, spaces and punctuation dropped). */
export async function pdfLetters(file: string): Promise<string> {
  return lettersOf((await run('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 64 * 1024 * 1024 })).stdout);
}

/** Letters, marks and digits of `s`, in order. */
export function lettersOf(s: string): string {
  return (s.normalize('NFC').match(/[\p{L}\p{M}\p{N}]/gu) ?? []).join('');
}

/** Length of the longest common subsequence of `a` and `b`. */
function lcs(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    const cur = new Array<number>(y.length + 1).fill(0);
    for (let j = 1; j <= y.length; j++) cur[j] = x[i - 1] === y[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    prev = cur;
  }
  return prev[y.length]!;
}

/**
 * Where `phrase` (letters and digits, see {@link lettersOf}) starts in `text` at or after `from`: exactly, or —
 * when `tolerance` > 0 — in a window holding all but that share of its letters in order (poppler puts a few
 * glyphs that a cursive font lowers, like Naskh's final noon, on a line of their own). -1 when it is not there.
 */
export function findLetters(text: string, phrase: string, from: number, tolerance = 0): number {
  const want = lettersOf(phrase);
  const exact = text.indexOf(want, from);
  if (exact >= 0 || tolerance === 0) return exact;
  const head = want.slice(0, 3);
  for (let at = text.indexOf(head, from); at >= 0; at = text.indexOf(head, at + 1)) {
    if (lcs(want, text.slice(at, at + Math.ceil(want.length * (1 + tolerance)))) >= want.length * (1 - tolerance)) return at;
  }
  return -1;
}
