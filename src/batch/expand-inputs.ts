// Turns command-line inputs (files, folders, globs) into a sorted list of CV files; folder scans stay inside their folder.
import { existsSync, lstatSync, realpathSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { InputError } from '../model/errors.js';
import { isInside } from '../model/is-inside.js';
import { SOURCE_KINDS } from '../model/source-kinds.js';

/** Extensions searched for in folders (without their dot). */
export const CV_EXTENSIONS = Object.keys(SOURCE_KINDS).map((e) => e.slice(1));
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

/** File names a folder scan never takes for CVs (configs, caches, package manifests). */
function ignoredName(name: string): boolean {
  return name.startsWith('cvpress.config.') || (name.startsWith('.cvpress-cache') && name.endsWith('.json')) || name === 'package.json' || name === 'package-lock.json' || /^tsconfig.*\.json$/.test(name);
}

/**
 * Walks a folder for CV files without following links: regular files with a CV extension are returned;
 * links, pipes and other special files with one are listed in `skipped`, and so is each theme folder
 * (whose `theme.json` is no CV), whose files are not searched. Hidden entries, `node_modules` and
 * `.git` are left out, as are folders under `exclude`.
 */
async function walkFolder(root: string, exclude: (dir: string) => boolean, skipped: SkippedInput[]): Promise<string[]> {
  const out: string[] = [];
  const themes = new Map<string, boolean>();
  const queue = [root];
  while (queue.length > 0) {
    const dir = queue.shift()!;
    if (isThemeFolder(dir, themes)) {
      skipped.push({ file: path.join(dir, 'theme.json'), reason: `it lies in the theme folder ${dir}` });
      continue;
    }
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!exclude(full)) queue.push(full);
        continue;
      }
      if (!CV_EXTENSIONS.includes(path.extname(e.name).slice(1).toLowerCase()) || ignoredName(e.name)) continue;
      if (e.isFile()) out.push(full);
      else if (e.isSymbolicLink()) skipped.push({ file: full, reason: 'it is a link (a folder scan never follows links; name the file itself to render it)' });
      else skipped.push({ file: full, reason: 'it is not a regular file' });
    }
  }
  return out;
}

/**
 * Keeps the files a glob found that belong to it: not under a theme folder, not a link whose target lies
 * outside the folder the glob searches, and a regular file. The others go to `skipped`.
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
 * absolute, de-duplicated, sorted file paths. A folder search follows no link and leaves out theme
 * folders (a `theme.json` with a `layout.hbs` or `partials/`), hidden entries, `node_modules`, configs and
 * caches; a glob leaves out links out of the folder it searches and theme folders; both leave out
 * anything but regular files. What is left out is listed in `opts.skipped`; files under one of
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
      const keep = keepFor(abs);
      files = await walkFolder(abs, (d) => !keep(path.join(d, 'x')), skipped);
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
