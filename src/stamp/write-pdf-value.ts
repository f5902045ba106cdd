// Writes a PDF value as pdf-lib's objects write themselves (`<<\n/Key value\n>>`, `[ a b ]`, streams with their /Length).
import type { PdfNode } from './read-pdf-value.js';

/** A dictionary's entries, one per line, as pdf-lib's `PDFDict` writes them. */
function writeEntries(entries: Map<string, PdfNode>): string {
  let out = '<<\n';
  for (const [key, v] of entries) out += `/${key} ${writePdfValue(v)}\n`;
  return `${out}>>`;
}

/**
 * The bytes of `value` (as a string of one character per byte) exactly as pdf-lib writes the same objects:
 * a dictionary `<<\n/Key value\n…>>`, an array `[ a b ]`, a reference `12 0 R`, a stream as its
 * dictionary (with `/Length` set to its contents, last when new), `\nstream\n`, the contents and
 * `\nendstream`; any other value as its text. Keys are written with their `/` (they never need escapes:
 * see `readPdfValue`, and the stamp's own keys are plain words).
 * @param value - the value to write
 * @returns its bytes, one character per byte (write them with `Buffer.from(text, 'latin1')`)
 */
export function writePdfValue(value: PdfNode): string {
  switch (value.kind) {
    case 'dict':
      return writeEntries(value.entries);
    case 'array':
      return `[ ${value.items.map((v) => `${writePdfValue(v)} `).join('')}]`;
    case 'ref':
      return `${value.num} ${value.gen} R`;
    case 'stream': {
      value.dict.set('Length', { kind: 'atom', text: String(value.contents.length) });
      const contents = Buffer.from(value.contents.buffer, value.contents.byteOffset, value.contents.byteLength).toString('latin1');
      return `${writeEntries(value.dict)}\nstream\n${contents}\nendstream`;
    }
    default:
      return value.text;
  }
}
