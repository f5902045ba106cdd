// Lists the JSON Resume theme packages installed where cvpress would find them (the project's node_modules, the config's theme folders).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { JSON_RESUME_THEME_PACKAGE } from './find-json-resume-theme.js';

/** One installed JSON Resume theme package. */
export interface JsonResumeThemeEntry {
  /** The package name (`jsonresume-theme-even`). */
  name: string;
  /** The short name that also selects it (`even`), unless a cvpress theme has that name. */
  short: string;
  description: string;
  version?: string;
  dir: string;
}

/** The packages `jsonresume-theme-*` and `@scope/jsonresume-theme-*` directly inside `modules`. */
function packagesIn(modules: string): string[] {
  if (!existsSync(modules)) return [];
  const out: string[] = [];
  for (const e of readdirSync(modules, { withFileTypes: true })) {
    if (e.name.startsWith('@') && e.isDirectory()) {
      for (const s of readdirSync(path.join(modules, e.name))) if (JSON_RESUME_THEME_PACKAGE.test(`${e.name}/${s}`)) out.push(path.join(modules, e.name, s));
    } else if (JSON_RESUME_THEME_PACKAGE.test(e.name)) out.push(path.join(modules, e.name));
  }
  return out;
}

/**
 * Lists the JSON Resume theme packages `findJsonResumeTheme` can load: in each of `themeDirs` (and its
 * `node_modules`), then in `node_modules` of `cwd` and each folder above it. A name found twice is
 * listed once, from the first place (the one that is used).
 */
export function listJsonResumeThemes(opts: { themeDirs: string[]; cwd: string }): JsonResumeThemeEntry[] {
  const dirs: string[] = [];
  for (const d of opts.themeDirs.map((x) => path.resolve(opts.cwd, x))) dirs.push(...packagesIn(d), ...packagesIn(path.join(d, 'node_modules')));
  for (let d = path.resolve(opts.cwd); ; d = path.dirname(d)) {
    dirs.push(...packagesIn(path.join(d, 'node_modules')));
    if (path.dirname(d) === d) break;
  }
  const seen = new Set<string>();
  const out: JsonResumeThemeEntry[] = [];
  for (const dir of dirs) {
    let pkg: { name?: unknown; description?: unknown; version?: unknown };
    try {
      pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as typeof pkg;
    } catch {
      continue;
    }
    if (typeof pkg.name !== 'string' || !JSON_RESUME_THEME_PACKAGE.test(pkg.name) || seen.has(pkg.name)) continue;
    seen.add(pkg.name);
    out.push({
      name: pkg.name,
      short: pkg.name.replace(/^(@[^/]+\/)?jsonresume-theme-/, ''),
      description: typeof pkg.description === 'string' ? pkg.description : 'JSON Resume theme',
      ...(typeof pkg.version === 'string' ? { version: pkg.version } : {}),
      dir,
    });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}
