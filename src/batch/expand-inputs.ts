// Turns command-line inputs (files, folders, globs) into a sorted list of CV files.
import { statSync } from 'node:fs';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { InputError } from '../model/errors.js';

/** Extensions searched for in folders. */
export const CV_EXTENSIONS = ['md', 'markdown', 'txt', 'json', 'yaml', 'yml'];
const IGNORE = ['**/node_modules/**', '**/.git/**', '**/cvpress.config.*', '**/.cvpress-cache*.json', '**/package.json', '**/package-lock.json', '**/tsconfig*.json'];

/**
 * Expands files, folders (searched recursively for .md/.markdown/.txt/.json/.yaml/.yml) and globs into
 * absolute, de-duplicated, sorted file paths. Files found by searching a folder or a glob are skipped when
 * they lie under one of `opts.exclude` (the output folder); files named explicitly are always kept.
 * @throws InputError (`E_NO_INPUT`) naming every input that matched nothing
 */
export async function expandInputs(inputs: string[], opts: { cwd?: string; exclude?: string[] } = {}): Promise<string[]> {
  const cwd = opts.cwd ?? process.cwd();
  // Folders searched for CVs never yield files under an excluded folder (the output folder, say).
  const excluded = (opts.exclude ?? []).map((d) => path.resolve(cwd, d) + path.sep);
  // …unless the search itself starts inside that folder (`render out/ --out out/`).
  const keepFor = (base: string) => (f: string) => !excluded.some((d) => !(path.resolve(base) + path.sep).startsWith(d) && path.resolve(f).startsWith(d));
  const found = new Set<string>();
  const empty: string[] = [];
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    let stats: ReturnType<typeof statSync> | undefined;
    try {
      stats = statSync(abs);
    } catch {
      stats = undefined;
    }
    let files: string[];
    if (stats?.isFile()) files = [abs];
    else if (stats?.isDirectory()) {
      files = (await glob(`**/*.{${CV_EXTENSIONS.join(',')}}`, { cwd: abs, absolute: true, ignore: IGNORE, dot: false })).filter(keepFor(abs));
    } else if (isDynamicPattern(input)) {
      files = (await glob(input, { cwd, absolute: true, ignore: IGNORE, onlyFiles: true })).filter(keepFor(cwd));
    } else files = [];
    if (files.length === 0) empty.push(input);
    for (const f of files) found.add(path.resolve(f));
  }
  if (empty.length > 0 || found.size === 0) {
    throw new InputError('E_NO_INPUT', `no CV found for ${empty.length ? empty.map((e) => JSON.stringify(e)).join(', ') : 'the given inputs'}.`, {
      hint: `Give existing files, folders holding .${CV_EXTENSIONS.join('/.')} files, or globs that match some.`,
    });
  }
  return [...found].sort();
}
