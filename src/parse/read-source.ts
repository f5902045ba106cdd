// Reads one CV file from disk with bounds and clear errors: size, binary content, encoding, emptiness.
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { InputError } from '../model/errors.js';
import { readRegularFile } from '../model/read-regular-file.js';
import type { SourceKind } from '../model/parse-result.js';
import { SOURCE_KINDS } from '../model/source-kinds.js';

/** The Markdown extensions, for messages: ".md, .markdown, …". */
const markdownExtensions = (): string => Object.keys(SOURCE_KINDS).filter((e) => SOURCE_KINDS[e] === 'markdown').join(', ');

/** Options for {@link readSource}. */
export interface ReadSourceOptions {
  /** Largest file accepted, in bytes (`maxInputBytes`). */
  maxBytes: number;
}

/** Formats a byte count for messages, with `decimals` digits (KB and MB). */
function formatBytes(n: number, decimals = 1): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(decimals)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(decimals)} KB`;
  return `${n} bytes`;
}

/** A size and a limit written with just enough precision to tell them apart ("2.0001 MB" vs "2.0000 MB", else exact bytes). */
function formatPair(size: number, limit: number): [string, string] {
  for (let d = 1; d <= 4; d++) {
    const pair: [string, string] = [formatBytes(size, d), formatBytes(limit, d)];
    if (pair[0] !== pair[1]) return pair;
  }
  return [`${size.toLocaleString('en-US')} bytes`, `${limit.toLocaleString('en-US')} bytes`];
}

/** Returns the byte offset of the first invalid UTF-8 sequence, or -1 when the buffer is valid UTF-8. */
function findInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  const n = buf.length;
  while (i < n) {
    const b = buf[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    if (i + need >= n) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** 1-based line and column of a byte offset. */
function positionOf(buf: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < buf.length; i++) {
    if (buf[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Reads a CV file as text: decides its kind from the extension (`.md`/`.markdown`/`.Rmd`/`.qmd`/`.txt`… → markdown,
 * `.json` → json, `.yaml`/`.yml` → yaml), strips a UTF-8 BOM and turns CRLF (and lone CR) into LF.
 * @param file - path of the CV
 * @param opts - `maxBytes`: the largest file accepted
 * @returns the text, the file as given and its kind
 * @throws InputError with code `E_MISSING` (no such file), `E_UNSUPPORTED` (directory, special file or
 *   unknown extension), `E_TOO_LARGE`, `E_BINARY` (NUL bytes, UTF-16), `E_ENCODING` (invalid UTF-8, with
 *   the line) or `E_EMPTY` (empty or only whitespace)
 */
export async function readSource(file: string, opts: ReadSourceOptions): Promise<{ text: string; file: string; kind: SourceKind }> {
  let st;
  try {
    st = await stat(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new InputError('E_MISSING', 'no such file.', { file, hint: 'Check the path (it is resolved from the current folder).', cause: err });
    }
    throw new InputError('E_MISSING', `cannot be read (${code ?? String(err)}).`, { file, hint: 'Check that the file exists and is readable.', cause: err });
  }
  if (st.isDirectory()) {
    throw new InputError('E_UNSUPPORTED', 'is a folder, not a CV file.', { file, hint: 'Pass the folder to `cvpress render` to render every CV in it.' });
  }
  if (!st.isFile()) {
    throw new InputError('E_UNSUPPORTED', 'is not a regular file (a pipe, socket or device is never read).', { file, hint: `Pass a ${Object.keys(SOURCE_KINDS).join(', ')} file.` });
  }
  const ext = extname(file).toLowerCase();
  const kind = SOURCE_KINDS[ext];
  if (kind === undefined) {
    throw new InputError('E_UNSUPPORTED', `has an unsupported extension${ext ? ` "${ext}"` : ''}.`, {
      file,
      hint: `cvpress reads Markdown (${markdownExtensions()}) and JSON Resume (.json, .yaml, .yml); rename the file if it is one of these.`,
    });
  }
  const tooLarge = (size: number | undefined): InputError => {
    const [shown, limit] = formatPair(size ?? opts.maxBytes + 1, opts.maxBytes);
    return new InputError('E_TOO_LARGE', size === undefined ? `is larger than the limit of ${limit}.` : `is ${shown}, more than the limit of ${limit}.`, {
      file,
      hint: 'A CV is rarely this big; if it really is, raise the limit with `maxInputBytes` in cvpress.config.json.',
    });
  };
  if (st.size > opts.maxBytes) throw tooLarge(st.size);

  // Read at most maxBytes + 1 bytes, whatever stat said (it may be stale, or 0 for special file systems),
  // from the file stat saw (a regular file opened non-blocking: a FIFO swapped in meanwhile cannot hang).
  let buf: Buffer;
  try {
    buf = (await readRegularFile(file, { maxBytes: opts.maxBytes })).bytes;
  } catch (err) {
    const code = err instanceof InputError ? err.code : '';
    if (code === 'E_TOO_LARGE') throw tooLarge(undefined);
    if (code === 'E_UNSUPPORTED') throw new InputError('E_UNSUPPORTED', 'is not a regular file (a pipe, socket or device is never read).', { file, cause: err });
    throw new InputError('E_MISSING', `cannot be read (${err instanceof Error ? err.message.replace(`${file}: `, '') : String(err)})`, { file, cause: err });
  }

  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) {
    throw new InputError('E_ENCODING', 'is encoded as UTF-16.', { file, line: 1, hint: 'Save it as UTF-8 (most editors: "Save with encoding" → UTF-8).' });
  }
  const nul = buf.indexOf(0);
  if (nul !== -1) {
    const { line, column } = positionOf(buf, nul);
    throw new InputError('E_BINARY', 'contains NUL bytes: it looks like a binary file, not a text CV.', {
      file,
      line,
      column,
      hint: 'Export the CV as Markdown or JSON Resume text (a .docx or .pdf cannot be read).',
    });
  }
  const bad = findInvalidUtf8(buf);
  if (bad !== -1) {
    const { line, column } = positionOf(buf, bad);
    throw new InputError('E_ENCODING', `is not valid UTF-8 (byte offset ${bad}).`, {
      file,
      line,
      column,
      hint: 'Save the file as UTF-8 (it may be Latin-1 or Windows-1252).',
    });
  }
  let text = buf.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') {
    throw new InputError('E_EMPTY', st.size === 0 ? 'is empty.' : 'contains only whitespace.', { file, hint: 'Write the CV into the file, or remove it from the inputs.' });
  }
  return { text, file, kind };
}
