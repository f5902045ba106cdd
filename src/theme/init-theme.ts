// Scaffolds a custom theme by copying a built-in one into a folder.
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ThemeError } from '../model/errors.js';
import { findPackageRoot } from './find-package-root.js';
import { listThemes } from './list-themes.js';

/** Options for {@link initTheme}. */
export interface InitThemeOptions {
  /** Built-in theme to copy (default `classic`). */
  from?: string;
  /** Folder in which `<name>/` is created. */
  dir: string;
}

/**
 * Copies the built-in theme `opts.from` (default `classic`) to `<opts.dir>/<name>`
 * and renames it in its `theme.json`: a working custom theme to edit.
 * @returns the absolute path of the new theme folder
 * @throws ThemeError E_THEME_NAME (bad name), E_THEME_EXISTS (folder exists), E_THEME_UNKNOWN (bad `from`)
 */
export async function initTheme(name: string, opts: InitThemeOptions): Promise<string> {
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(name)) {
    throw new ThemeError('E_THEME_NAME', `"${name}" is not a valid theme name.`, { hint: 'Use letters, digits, - and _ (e.g. my-theme).' });
  }
  const from = opts.from ?? 'classic';
  const src = path.join(findPackageRoot(), 'themes', from);
  if (from.startsWith('_') || !existsSync(path.join(src, 'theme.json'))) {
    const available = (await listThemes({ themeDirs: [] })).map((t) => t.name);
    throw new ThemeError('E_THEME_UNKNOWN', `Unknown built-in theme "${from}". Available themes: ${available.join(', ')}.`);
  }
  const target = path.resolve(opts.dir, name);
  if (existsSync(target)) {
    throw new ThemeError('E_THEME_EXISTS', `${target} already exists.`, { hint: 'Choose another name or remove that folder.' });
  }
  await mkdir(path.dirname(target), { recursive: true });
  await cp(src, target, { recursive: true });
  const manifestFile = path.join(target, 'theme.json');
  const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as Record<string, unknown>;
  manifest.name = name;
  manifest.description = `Custom theme based on ${from}`;
  await writeFile(manifestFile, JSON.stringify(manifest, null, 2) + '\n');
  return target;
}
