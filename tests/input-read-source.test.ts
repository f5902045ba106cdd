// Reading CV files: kinds by extension, BOM/CRLF handling, and one typed error per kind of bad input.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../src/model/errors.js';
import { readSource } from '../src/parse/read-source.js';

const dir = mkdtempSync(path.join(tmpdir(), 'cvpress-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, data: string | Uint8Array): string => {
  const p = path.join(dir, name);
  writeFileSync(p, data);
  return p;
};
const opts = { maxBytes: 2 * 1024 * 1024 };

async function codeOf(p: Promise<unknown>): Promise<InputError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected an InputError');
}

describe('readSource', () => {
  it.each([
    ['cv.md', 'markdown'],
    ['cv.markdown', 'markdown'],
    ['CV.TXT', 'markdown'],
    ['cv.Rmd', 'markdown'],
    ['resume.qmd', 'markdown'],
    ['cv.json', 'json'],
    ['cv.yaml', 'yaml'],
    ['cv.yml', 'yaml'],
  ])('reads %s as %s', async (name, kind) => {
    const f = write(name, '# Ada\n');
    await expect(readSource(f, opts)).resolves.toEqual({ text: '# Ada\n', file: f, kind });
  });

  it('strips a UTF-8 BOM and turns CRLF and CR into LF', async () => {
    const f = write('bom.md', '\uFEFF# Zoë\r\nLine two\rLine three\r\n');
    expect((await readSource(f, opts)).text).toBe('# Zoë\nLine two\nLine three\n');
  });

  it('keeps non-Latin text intact', async () => {
    const f = write('zh.md', '# 张伟\n\n## 工作经历\n- Москва, São Paulo\n');
    expect((await readSource(f, opts)).text).toContain('张伟');
  });

  it('E_MISSING for a file that does not exist', async () => {
    const e = await codeOf(readSource(path.join(dir, 'nope.md'), opts));
    expect(e.code).toBe('E_MISSING');
    expect(e.message).toContain('nope.md');
  });

  it('E_UNSUPPORTED for a folder and for unknown extensions', async () => {
    mkdirSync(path.join(dir, 'folder.md'), { recursive: true });
    expect((await codeOf(readSource(path.join(dir, 'folder.md'), opts))).code).toBe('E_UNSUPPORTED');
    const e = await codeOf(readSource(write('cv.docx', 'x'), opts));
    expect(e.code).toBe('E_UNSUPPORTED');
    expect(e.message).toContain('.docx');
  });

  it('E_EMPTY for empty and whitespace-only files', async () => {
    expect((await codeOf(readSource(write('empty.md', ''), opts))).code).toBe('E_EMPTY');
    expect((await codeOf(readSource(write('blank.md', ' \n\t\r\n\uFEFF'), opts))).code).toBe('E_EMPTY');
    expect((await codeOf(readSource(write('bomonly.json', '\uFEFF'), opts))).code).toBe('E_EMPTY');
  });

  it('E_BINARY with the line for NUL bytes', async () => {
    const e = await codeOf(readSource(write('nul.md', Buffer.from('# Ada\nline\n\0\0rest')), opts));
    expect(e).toMatchObject({ code: 'E_BINARY', line: 3 });
  });

  it('E_ENCODING with line and column for invalid UTF-8 (Latin-1)', async () => {
    const e = await codeOf(readSource(write('latin1.md', Buffer.from([0x23, 0x20, 0x41, 0x0a, 0x5a, 0x6f, 0xeb, 0x0a])), opts));
    expect(e).toMatchObject({ code: 'E_ENCODING', line: 2, column: 3 });
    expect(e.message).toMatch(/UTF-8/);
  });

  it('E_ENCODING for overlong and surrogate sequences, and UTF-16', async () => {
    expect((await codeOf(readSource(write('overlong.md', Buffer.from([0x41, 0xc0, 0xaf])), opts))).code).toBe('E_ENCODING');
    expect((await codeOf(readSource(write('surrogate.md', Buffer.from([0x41, 0xed, 0xa0, 0x80])), opts))).code).toBe('E_ENCODING');
    expect((await codeOf(readSource(write('truncated.md', Buffer.from([0x41, 0xe2, 0x82])), opts))).code).toBe('E_ENCODING');
    expect((await codeOf(readSource(write('utf16.md', Buffer.from('\uFEFF# Ada', 'utf16le')), opts))).code).toBe('E_ENCODING');
  });

  it('reads files larger than the first read buffer completely', async () => {
    const body = `# Ada\n${'- line of text\n'.repeat(20_000)}`;
    const f = write('long.md', body);
    expect((await readSource(f, opts)).text).toBe(body);
  });

  it.skipIf(process.platform !== 'linux')('reads files whose size stat reports as 0 (procfs) in full', async () => {
    const { symlinkSync, readFileSync } = await import('node:fs');
    const link = path.join(dir, 'proc.md');
    symlinkSync('/proc/version', link);
    expect((await readSource(link, opts)).text).toBe(readFileSync('/proc/version', 'utf8'));
  });

  it('E_TOO_LARGE naming the size and the option to raise', async () => {
    const f = write('big.md', 'a'.repeat(5000));
    const e = await codeOf(readSource(f, { maxBytes: 4096 }));
    expect(e.code).toBe('E_TOO_LARGE');
    expect(e.message).toMatch(/4\.9 KB/);
    expect(e.message).toMatch(/maxInputBytes/);
    await expect(readSource(f, { maxBytes: 5000 })).resolves.toMatchObject({ kind: 'markdown' });
  });
});
