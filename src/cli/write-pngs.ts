// Writes each page of a PDF as a PNG next to it with poppler's pdftoppm (`--png`).
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { OutputError } from '../model/errors.js';

const run = promisify(execFile);

/**
 * Runs `pdftoppm -png -r <dpi>` on `pdf`, writing `<name>-1.png`, `<name>-2.png`… beside it.
 * @throws OutputError (`E_NO_PDFTOPPM`) when pdftoppm is not installed, (`E_PNG`) when it fails
 */
export async function writePngs(pdf: string, opts: { dpi?: number } = {}): Promise<void> {
  const prefix = path.join(path.dirname(pdf), path.basename(pdf, '.pdf'));
  try {
    await run('pdftoppm', ['-png', '-r', String(opts.dpi ?? 110), pdf, prefix]);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new OutputError('E_NO_PDFTOPPM', '--png needs pdftoppm, which is not installed.', { hint: 'Install poppler-utils (apt-get install -y poppler-utils; brew install poppler).' });
    }
    throw new OutputError('E_PNG', `pdftoppm failed: ${(err as Error).message}.`, { file: pdf });
  }
}
