// Lists the themes found in the given folders and the built-in themes folder.
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { findPackageRoot } from './find-package-root.js';

/** Options for {@link listThemes}. */
export interface ListThemesOptions {
  /** Extra theme folders (absolute or relative to the working directory), searched before the built-in ones. */
  themeDirs: string[];
}

/**
 * Lists every theme folder (a subfolder holding `theme.json`, not starting
 * with `_`) in `opts.themeDirs`, then in the built-in `themes/`. A name found
 * twice is listed once, from the first folder (the one `loadTheme` would use).
 * An unreadable manifest is listed with a description saying so.
 */
export async function listThemes(opts: ListThemesOptions): Promise<Array<{ name: string; description: string; dir: string }>> {
  const out: Array<{ name: string; description: string; dir: string }> = [];
  const seen = new Set<string>();
  for (const base of [...opts.themeDirs.map((d) => path.resolve(d)), path.join(findPackageRoot(), 'themes')]) {
    if (!existsSync(base)) continue;
    const entries = await readdir(base, { withFileTypes: true }).catch(() => []);
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (!e.isDirectory() || e.name.startsWith('_') || e.name.startsWith('.') || seen.has(e.name)) continue;
      const dir = path.join(base, e.name);
      const manifest = path.join(dir, 'theme.json');
      if (!existsSync(manifest)) continue;
      seen.add(e.name);
      let description = '(theme.json cannot be read)';
      try {
        const m = JSON.parse(await readFile(manifest, 'utf8')) as { description?: unknown };
        if (typeof m.description === 'string') description = m.description;
      } catch {
        /* listed with the note above */
      }
      out.push({ name: e.name, description, dir });
    }
  }
  return out;
}
