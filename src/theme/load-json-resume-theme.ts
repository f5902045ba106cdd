// Loads an installed JSON Resume theme package (`jsonresume-theme-*`) as a cvpress theme: its `render(resume)` makes the HTML.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ThemeError } from '../model/errors.js';
import { importModule } from './import-module.js';
import type { Theme } from './theme-types.js';

type Exports = string | null | { [condition: string]: Exports } | Exports[];

/** The file an ES `import` of the package loads: `exports` (import/node/default conditions), else `module`/`main`, else index.js. */
function entryOf(pkg: { exports?: Exports; main?: string }): string {
  const pick = (e: Exports | undefined): string | undefined => {
    if (typeof e === 'string') return e;
    if (Array.isArray(e)) return e.map(pick).find(Boolean);
    if (e && typeof e === 'object') {
      if ('.' in e) return pick(e['.']);
      for (const c of ['import', 'node', 'default', 'require']) if (c in e) return pick(e[c]);
    }
    return undefined;
  };
  return pick(pkg.exports) ?? pkg.main ?? 'index.js';
}

/** The `render` function a theme module exports (named, on the default export, or CommonJS). */
function renderOf(mod: unknown): ((resume: unknown) => string | Promise<string>) | undefined {
  const m = mod as { render?: unknown; default?: { render?: unknown } };
  const fn = typeof m?.render === 'function' ? m.render : typeof m?.default?.render === 'function' ? m.default.render : undefined;
  return fn as ((resume: unknown) => string | Promise<string>) | undefined;
}

/**
 * Loads the JSON Resume theme package in `dir` (found by `findJsonResumeTheme`): imports its entry (ES
 * module or CommonJS) and returns a {@link Theme} whose `jsonResume.render` makes the document. The
 * package folder is the theme folder: its own files are served to the page under `/theme/`.
 * @throws ThemeError `E_THEME_INVALID` when the package cannot be loaded or exports no `render`
 */
export async function loadJsonResumeTheme(location: { packageName: string; dir: string }): Promise<Theme> {
  const { packageName, dir } = location;
  const manifestFile = path.join(dir, 'package.json');
  const invalid = (what: string, cause?: unknown): ThemeError =>
    new ThemeError('E_THEME_INVALID', `JSON Resume theme ${packageName} ${what}`, {
      file: manifestFile,
      hint: `Reinstall it (npm install ${packageName}), or pick another theme (cvpress themes).`,
      ...(cause !== undefined ? { cause } : {}),
    });
  let pkg: { version?: string; description?: string; exports?: Exports; main?: string };
  try {
    pkg = JSON.parse(await readFile(manifestFile, 'utf8')) as typeof pkg;
  } catch (err) {
    throw invalid('has no readable package.json.', err);
  }
  const entry = path.resolve(dir, entryOf(pkg));
  let mod: unknown;
  try {
    mod = await importModule(pathToFileURL(entry).href);
  } catch (err) {
    try {
      mod = createRequire(manifestFile)(packageName);
    } catch {
      throw invalid(`cannot be loaded: ${(err as Error).message.split('\n')[0]}.`, err);
    }
  }
  const render = renderOf(mod);
  if (!render) throw invalid('exports no render(resume) function.');
  return {
    name: packageName,
    dir,
    manifest: { name: packageName, description: pkg.description ?? 'JSON Resume theme', ...(pkg.version ? { version: pkg.version } : {}), footer: false },
    template: () => {
      throw invalid('renders through its own render(resume), not a template.');
    },
    jsonResume: { packageName, ...(pkg.version ? { version: pkg.version } : {}), render: (resume) => render.call(mod, resume) },
  };
}
