// Page counting without pdf-lib: the dictionary tokenizer, and countPages on hand-made PDFs whose text and strings mimic the keys.
import { describe, expect, it } from 'vitest';
import { countPages } from '../src/print/count-pages.js';
import { readPdfDict } from '../src/print/read-pdf-dict.js';

const bytes = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'latin1'));

/** A one-revision PDF with a classic cross-reference table, objects given by their bodies (1-based). */
function makePdf(bodies: string[], trailer: string): Uint8Array {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  bodies.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xrefAt = out.length;
  out += `xref\n0 ${bodies.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n${trailer}\nstartxref\n${xrefAt}\n%%EOF\n`;
  return bytes(out);
}

describe('readPdfDict', () => {
  it('reads names, numbers and references, and skips strings, arrays and nested dictionaries', () => {
    const d = readPdfDict(
      bytes('  % a comment\n<</Type/Pages/Count 3/Kids[4 0 R 5 0 R]/Title(a (nested) \\) /Count 99 >>)/Hex<3E3E>/Sub<</Count 7>>/Real -1.5/Flag true/Na#6De /X>>'),
      0,
    );
    expect(d?.get('Type')).toEqual({ kind: 'name', name: 'Pages' });
    expect(d?.get('Count')).toEqual({ kind: 'number', value: 3 });
    expect(d?.get('Kids')).toEqual({ kind: 'other' });
    expect(d?.get('Title')).toEqual({ kind: 'other' });
    expect(d?.get('Sub')).toEqual({ kind: 'other' });
    expect(d?.get('Real')).toEqual({ kind: 'number', value: -1.5 });
    expect(d?.get('Name')).toEqual({ kind: 'name', name: 'X' });
    expect(readPdfDict(bytes('<< /Root 12 0 R >>'), 0)?.get('Root')).toEqual({ kind: 'ref', num: 12, gen: 0 });
    expect(readPdfDict(bytes('<< /A 12 /B 3 >>'), 0)?.get('A')).toEqual({ kind: 'number', value: 12 });
  });

  it('refuses what is not a well-formed dictionary', () => {
    for (const s of ['', '<< /A 1', '<< /A (unclosed >>', '[1 2]', '<< 1 2 >>', '<< /A <</B 1>> ', `${'<< /A '.repeat(40)}1${' >>'.repeat(40)}`]) {
      expect(readPdfDict(bytes(s), 0)).toBeUndefined();
    }
  });
});

describe('countPages', () => {
  it('reads /Count of the page tree root that the catalog names, never text that looks like it', async () => {
    const pdf = makePdf(
      [
        '<< /Type /Catalog /Pages 3 0 R /Lang (en) /Outlines << /Count 150 >> >>',
        '<< /Length 38 >>\nstream\n/Type /Pages /Count 150 trailer << >>\nendstream',
        '<< /Type /Pages /Kids [4 0 R 5 0 R] /Count 2 >>',
        '<< /Type /Page /Parent 3 0 R >>',
        '<< /Type /Page /Parent 3 0 R >>',
      ],
      '<< /Size 6 /Root 1 0 R /ID [<0A0B> <0C0D>] >>',
    );
    expect(await countPages(pdf)).toBe(2);
  });

  it('loads the whole file with pdf-lib when the structure is of another shape (an earlier revision)', async () => {
    const pdf = makePdf(
      ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >>'],
      '<< /Size 4 /Root 1 0 R /Prev 9 >>',
    );
    expect(await countPages(pdf)).toBe(1);
  });
});
