// Turns command-line inputs (files, folders, globs) into a sorted list of CV files; folder scans stay inside their folder.
import { existsSync, lstatSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { InputError } from '../model/errors.js';
import { isInside } from '../model/is-inside.js';

/** Extensions searched for in folders. */
export const CV_EXTENSIONS = ['md', 'markdown', 'txt', 'json', 'yaml', 'yml'];
const IGNORE = ['**/node_modules/**', '**/.git/**', '**/cvpress.config.*', '**/.cvpress-cache*.json', '**/package.json', '**/package-lock.json', '**/tsconfig*.json'];

/** A file a search found but left out, and why. */
export interface SkippedInput {
  file: string;
  reason: string;
}

/** True when `dir` is a theme folder (a `theme.json` beside a `layout.hbs`, or naming its own layout). */
function isThemeFolder(dir: string, seen: Map<string, boolean>): boolean {
  let known = seen.get(dir);
  if (known === undefined) {
    known = existsSync(path.join(dir, 'theme.json')) && (existsSync(path.join(dir, 'layout.hbs')) || existsSync(path.join(dir, 'partials')));
    seen.set(dir, known);
  }
  return known;
}

/** The folder a glob searches from: its pattern up to the first segment with a wildcard. */
function globBase(pattern: string, cwd: string): string {
  const segs = pattern.split(/[\\/]/);
  const fixed: string[] = [];
  for (const s of segs) {
    if (isDynamicPattern(s)) break;
    fixed.push(s);
  }
  return path.resolve(cwd, fixed.join('/') || '.');
}

/**
 * Keeps the files of a search that belong to it: not under a theme folder (its `theme.json` is no CV),
 * not a link whose target lies outside the folder searched (a link is never followed out), and a
 * regular file. The others go to `skipped`.
 */
function keepInside(files: string[], root: string, skipped: SkippedInput[]): string[] {
  const realRoot = (() => {
    try {
      return realpathSync(root);
    } catch {
      return root;
    }
  })();
  const themes = new Map<string, boolean>();
  return files.filter((f) => {
    for (let d = path.dirname(f); isInside(root, d); d = path.dirname(d)) {
      if (isThemeFolder(d, themes)) {
        skipped.push({ file: f, reason: `it lies in the theme folder ${d}` });
        return false;
      }
      if (d === path.dirname(d)) break;
    }
    let real: string;
    try {
      real = realpathSync(f);
    } catch {
      skipped.push({ file: f, reason: 'it is a broken link' });
      return false;
    }
    if (!isInside(realRoot, real)) {
      skipped.push({ file: f, reason: `it is a link to ${real}, outside the folder searched (links are not followed out of it)` });
      return false;
    }
    if (!lstatSync(real).isFile()) {
      skipped.push({ file: f, reason: 'it is not a regular file' });
      return false;
    }
    return true;
  });
}

/**
 * Expands files, folders (searched recursively for .md/.markdown/.txt/.json/.yaml/.yml) and globs into
 * absolute, de-duplicated, sorted file paths. A search (folder or glob) does not follow links to folders,
 * leaves out files linking out of the folder searched, theme folders (a `theme.json` with a `layout.hbs`
 * or `partials/`) and anything but regular files, listing them in `opts.skipped`; files under one of
 * `opts.exclude` (the output folder) are skipped too. Files named explicitly are always kept.
 * @throws InputError (`E_NO_INPUT`) naming every input that matched nothing
 */
export async function expandInputs(inputs: string[], opts: { cwd?: string; exclude?: string[]; skipped?: SkippedInput[] } = {}): Promise<string[]> {
  const cwd = opts.cwd ?? process.cwd();
  const skipped = opts.skipped ?? [];
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
      const hits = await glob(`**/*.{${CV_EXTENSIONS.join(',')}}`, { cwd: abs, absolute: true, ignore: IGNORE, dot: false, followSymbolicLinks: false });
      files = keepInside(hits.map((f) => path.resolve(f)).filter(keepFor(abs)), abs, skipped);
    } else if (isDynamicPattern(input)) {
      const hits = await glob(input, { cwd, absolute: true, ignore: IGNORE, onlyFiles: true, followSymbolicLinks: false });
      files = keepInside(hits.map((f) => path.resolve(f)).filter(keepFor(cwd)), globBase(input, cwd), skipped);
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
