// Finds an installed JSON Resume theme package by name: the project's node_modules (from the working folder up) or the config's theme folders.
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';

/** A JSON Resume theme package's name: `jsonresume-theme-x` or `@scope/jsonresume-theme-x`. */
export const JSON_RESUME_THEME_PACKAGE = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?jsonresume-theme-[a-z0-9][a-z0-9._~-]*$/;

/** The package names a theme name may mean: a full package name is itself; `even` is `jsonresume-theme-even` (or the official scope's). */
function candidateNames(name: string): string[] {
  const n = name.trim().toLowerCase();
  if (JSON_RESUME_THEME_PACKAGE.test(n)) return [n];
  if (!/^[a-z0-9][a-z0-9._-]*$/.test(n)) return [];
  return [`jsonresume-theme-${n}`, `@jsonresume/jsonresume-theme-${n}`];
}

/** The package folder when `dir` holds an installed package called `name`. */
function packageAt(dir: string, name: string): string | undefined {
  const manifest = path.join(dir, 'package.json');
  if (!existsSync(manifest)) return undefined;
  try {
    const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown };
    return pkg.name === name ? realpathSync(dir) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Finds the JSON Resume theme package that `name` (`even`, `jsonresume-theme-even`,
 * `@jsonresume/jsonresume-theme-class`) means, searching in order: each of `themeDirs` (the package
 * folder itself, `<dir>/<package>`, or `<dir>/node_modules/<package>`), then `node_modules` in `cwd`
 * and each folder above it. The CV's own folder is never searched (a theme package is code, a CV is
 * untrusted): callers pass the working folder and the config's folders only.
 * @returns the package name and its real folder, or undefined when it is not installed there
 */
export function findJsonResumeTheme(name: string, opts: { themeDirs: string[]; cwd: string }): { packageName: string; dir: string } | undefined {
  for (const packageName of candidateNames(name)) {
    const parts = packageName.split('/');
    for (const d of opts.themeDirs.map((x) => path.resolve(opts.cwd, x))) {
      const dir = packageAt(path.join(d, ...parts), packageName) ?? packageAt(path.join(d, 'node_modules', ...parts), packageName);
      if (dir) return { packageName, dir };
    }
    for (let d = path.resolve(opts.cwd); ; d = path.dirname(d)) {
      const dir = packageAt(path.join(d, 'node_modules', ...parts), packageName);
      if (dir) return { packageName, dir };
      if (path.dirname(d) === d) break;
    }
  }
  return undefined;
}
