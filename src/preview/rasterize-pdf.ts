// Draws each page of a PDF as a JPEG image with poppler's pdftoppm, for the preview page.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { OutputError } from '../model/errors.js';

const run = promisify(execFile);

/**
 * Renders every page of `pdf` to JPEG (quality 90) at `dpi` with `pdftoppm` (poppler), the same renderer as
 * `--png`. JPEG because pdftoppm writes it in a tenth of the time of PNG (its zlib step dominates), which
 * is most of a preview reload; at 144 dpi text stays sharp.
 * @returns one image per page, in order
 * @throws OutputError `E_NO_PDFTOPPM` when pdftoppm is not installed, `E_PNG` when it fails
 */
export async function rasterizePdf(pdf: Uint8Array, dpi: number): Promise<Buffer[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cvpress-preview-'));
  try {
    const input = path.join(dir, 'cv.pdf');
    await writeFile(input, pdf);
    try {
      await run('pdftoppm', ['-jpeg', '-jpegopt', 'quality=90', '-r', String(dpi), input, path.join(dir, 'page')]);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new OutputError('E_NO_PDFTOPPM', 'the preview draws pages with pdftoppm, which is not installed.', { hint: 'Install poppler-utils (apt-get install -y poppler-utils; brew install poppler).' });
      }
      throw new OutputError('E_PNG', `pdftoppm failed: ${(err as Error).message.split('\n')[0]}.`);
    }
    const names = (await readdir(dir)).filter((n) => /^page-\d+\.jpg$/.test(n)).sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
    return await Promise.all(names.map((n) => readFile(path.join(dir, n))));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
