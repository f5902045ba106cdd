// Loads a theme folder (built-in name, theme-dir name or path): manifest, layout, partials, helpers.
import { existsSync } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { CvpressError } from '../model/errors.js';
import { readRegularFile } from '../model/read-regular-file.js';
import path from 'node:path';
import Handlebars from 'handlebars';
import { ThemeError } from '../model/errors.js';
import { contentVersion } from '../model/content-version.js';
import type { FitBounds, Theme, ThemeManifest } from './theme-types.js';
import { findPackageRoot } from './find-package-root.js';
import { listThemes } from './list-themes.js';
import { findJsonResumeTheme, JSON_RESUME_THEME_PACKAGE } from './find-json-resume-theme.js';
import { listJsonResumeThemes } from './list-json-resume-themes.js';
import { loadJsonResumeTheme } from './load-json-resume-theme.js';
import { registerHelpers } from './register-helpers.js';
import { hasFontStylesheet } from './has-font-stylesheet.js';
import type { FontCoverage, ScriptFonts } from './font-source-types.js';

/** Options for {@link loadTheme}. */
export interface LoadThemeOptions {
  /** Folders searched for `<name>/theme.json` before the built-in themes. */
  themeDirs: string[];
  /** Base of relative paths (default `process.cwd()`). */
  cwd?: string;
}

const FONT_CSS = /^@fontsource(-variable)?\/[a-z0-9-]+\/[A-Za-z0-9_.-]+\.css$/;

/** 1-based line of `offset` in `text`. */
const lineAt = (text: string, offset: number): number => text.slice(0, Math.max(0, offset)).split('\n').length;

/** The line where `"key"` first appears in a JSON text (for error messages). */
function lineOfKey(text: string, key: string): number | undefined {
  const i = text.indexOf(`"${key}"`);
  return i < 0 ? undefined : lineAt(text, i);
}

function invalid(file: string, what: string, line?: number, cause?: unknown): ThemeError {
  return new ThemeError('E_THEME_INVALID', what, {
    file,
    ...(line !== undefined ? { line } : {}),
    hint: 'Fix the theme file (see docs/themes.md for the theme folder contract).',
    ...(cause !== undefined ? { cause } : {}),
  });
}

/** Largest theme file read (a template, a stylesheet, theme.json). */
const MAX_THEME_FILE_BYTES = 4 * 1024 * 1024;

/**
 * Reads a theme file as text the way every file read for a CV is read (`readRegularFile`): its real path
 * inside the theme folder `root`, a regular file (a FIFO would hang the run), at most 4 MB.
 * @throws ThemeError E_THEME_INVALID naming the file and why it is refused
 */
async function readThemeText(root: string, file: string, manifestFile: string, line?: number): Promise<string> {
  try {
    return (await readRegularFile(file, { root, maxBytes: MAX_THEME_FILE_BYTES })).bytes.toString('utf8');
  } catch (err) {
    const why = err instanceof CvpressError ? err.message.replace(`${file}: `, '') : String(err);
    throw invalid(manifestFile, `${path.relative(root, file) || file} cannot be used: it ${why}`, line, err);
  }
}

/** Parses and validates `theme.json`; every problem names the file and line. */
function parseManifest(text: string, file: string): ThemeManifest {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const msg = (err as Error).message;
    const lc = /line (\d+)/.exec(msg);
    const pos = /position (\d+)/.exec(msg);
    const line = lc ? Number(lc[1]) : pos ? lineAt(text, Number(pos[1])) : undefined;
    throw invalid(file, `theme.json is not valid JSON (${msg}).`, line, err);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw invalid(file, 'theme.json must hold a JSON object.', 1);
  const m = data as Record<string, unknown>;
  const need = (key: string, ok: boolean, expected: string): void => {
    if (!ok) throw invalid(file, `"${key}" must be ${expected}.`, lineOfKey(text, key) ?? 1);
  };
  need('name', typeof m.name === 'string' && m.name.trim() !== '', 'a non-empty string');
  need('description', typeof m.description === 'string', 'a string');
  for (const key of ['layout', 'partials', 'version'] as const) if (m[key] !== undefined) need(key, typeof m[key] === 'string', 'a string');
  for (const key of ['styles', 'fonts', 'fallbackFonts', 'order', 'sidebar'] as const) {
    if (m[key] !== undefined) need(key, Array.isArray(m[key]) && (m[key] as unknown[]).every((s) => typeof s === 'string'), 'a list of strings');
  }
  if (m.sidebarMaxChars !== undefined) need('sidebarMaxChars', typeof m.sidebarMaxChars === 'number' && m.sidebarMaxChars >= 0, 'a number of characters');
  for (const key of ['footer', 'standardHeadings'] as const) if (m[key] !== undefined) need(key, typeof m[key] === 'boolean', 'true or false');
  if (m.scriptFonts !== undefined) {
    need('scriptFonts', typeof m.scriptFonts === 'object' && m.scriptFonts !== null && !Array.isArray(m.scriptFonts), 'an object from ISO 15924 script codes ("Arab", "Jpan", "Zsye"…) to lists of font stylesheets');
    for (const [key, list] of Object.entries(m.scriptFonts as Record<string, unknown>)) {
      if (!/^[A-Z][a-z]{3}$/.test(key)) throw invalid(file, `scriptFonts key "${key}" must be an ISO 15924 script code such as "Arab", "Hebr", "Jpan", "Kore", "Hans", "Hant", "Zsym" or "Zsye".`, lineOfKey(text, key) ?? lineOfKey(text, 'scriptFonts'));
      if (!Array.isArray(list) || list.length === 0 || !list.every((x) => typeof x === 'string')) throw invalid(file, `scriptFonts "${key}" must be a non-empty list of font stylesheets.`, lineOfKey(text, key));
    }
  }
  const scriptHrefs = Object.values((m.scriptFonts as Record<string, string[]> | undefined) ?? {}).flat();
  for (const f of [...((m.fonts as string[] | undefined) ?? []), ...scriptHrefs, ...((m.fallbackFonts as string[] | undefined) ?? [])]) {
    if (!FONT_CSS.test(f)) throw invalid(file, `font "${f}" must be a stylesheet of an installed @fontsource package, like "@fontsource-variable/inter/wght.css".`, lineOfKey(text, f) ?? lineOfKey(text, 'fonts'));
  }
  if (m.fit !== undefined) {
    const fit = m.fit as Record<string, unknown>;
    const pair = (v: unknown): boolean => Array.isArray(v) && v.length === 2 && v.every((n) => typeof n === 'number' && Number.isFinite(n) && n > 0);
    need('fit', typeof fit === 'object' && fit !== null && pair(fit.fontSize) && pair(fit.lineHeight) && pair(fit.spacing),
      'an object {"fontSize": [normal, floor], "lineHeight": [normal, floor], "spacing": [normal, floor]} of positive numbers');
    const f = fit as unknown as FitBounds;
    need('fit', f.fontSize[1] <= f.fontSize[0] && f.lineHeight[1] <= f.lineHeight[0] && f.spacing[1] <= f.spacing[0], 'pairs [normal, floor] with floor ≤ normal');
  }
  return m as unknown as ThemeManifest;
}

/** Resolves `nameOrPath` to a theme folder or a JSON Resume theme package, or throws E_THEME_UNKNOWN listing the available themes. */
async function resolveThemeDir(nameOrPath: string, opts: LoadThemeOptions): Promise<string | { packageName: string; dir: string }> {
  const cwd = opts.cwd ?? process.cwd();
  const builtin = path.join(findPackageRoot(), 'themes');
  const isPackage = JSON_RESUME_THEME_PACKAGE.test(nameOrPath.toLowerCase());
  const looksLikePath = !isPackage && (/[\\/]/.test(nameOrPath) || nameOrPath.startsWith('.') || path.isAbsolute(nameOrPath));
  if (looksLikePath) {
    const dir = path.resolve(cwd, nameOrPath);
    if (existsSync(path.join(dir, 'theme.json'))) return dir;
    const isDir = await stat(dir).then((s) => s.isDirectory(), () => false);
    throw new ThemeError('E_THEME_UNKNOWN', isDir ? `${dir} has no theme.json, so it is not a theme folder.` : `Theme folder ${dir} does not exist.`, {
      hint: 'Pass a folder holding theme.json, or create one with `cvpress theme init <name>`.',
    });
  }
  if (!isPackage && !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(nameOrPath)) {
    throw new ThemeError('E_THEME_UNKNOWN', `"${nameOrPath}" is not a valid theme name.`, { hint: 'Theme names are letters, digits, ., - and _ (or a JSON Resume theme package name).' });
  }
  // cvpress's own themes (config folders, then built-in) win over a JSON Resume package of the same short name.
  for (const name of isPackage ? [] : new Set([nameOrPath, nameOrPath.toLowerCase()])) {
    for (const d of [...opts.themeDirs.map((x) => path.resolve(cwd, x)), builtin]) {
      const dir = path.join(d, name);
      if (!name.startsWith('_') && existsSync(path.join(dir, 'theme.json'))) return dir;
    }
  }
  const pkg = findJsonResumeTheme(nameOrPath, { themeDirs: opts.themeDirs, cwd });
  if (pkg) return pkg;
  const available = [
    ...(await listThemes({ themeDirs: opts.themeDirs.map((x) => path.resolve(cwd, x)) })).map((t) => t.name),
    ...listJsonResumeThemes({ themeDirs: opts.themeDirs, cwd }).map((t) => `${t.name} (JSON Resume)`),
  ];
  const packageName = isPackage ? nameOrPath.toLowerCase() : `jsonresume-theme-${nameOrPath.toLowerCase()}`;
  throw new ThemeError('E_THEME_UNKNOWN', `Unknown theme "${nameOrPath}". Available themes: ${available.join(', ') || '(none)'}.`, {
    hint: `Use one of these names, a path to a theme folder (\`--theme ./my-theme\`), or install the JSON Resume theme: npm install ${packageName}`,
  });
}

/** Reads every `*.hbs` under `dir` (inside the theme folder `root`) as partials named by their path without extension. */
async function readPartials(dir: string, root: string, manifestFile: string): Promise<Array<{ name: string; file: string; source: string }>> {
  if (!existsSync(dir)) return [];
  const out: Array<{ name: string; file: string; source: string }> = [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const e of entries) {
    if (!(e.isFile() || e.isSymbolicLink()) || !e.name.endsWith('.hbs')) continue;
    const file = path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name);
    const name = path.relative(dir, file).replace(/\\/g, '/').slice(0, -'.hbs'.length);
    out.push({ name, file, source: await readThemeText(root, file, manifestFile) });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

/** The package of a package-relative href: `@fontsource/noto-serif-jp/400.css` → `@fontsource/noto-serif-jp`. */
const packageOf = (href: string): string => href.split('/').slice(0, 2).join('/');

/** Stylesheets grouped by package (one family each), in order of first appearance. */
function byPackage(hrefs: string[]): string[][] {
  const groups = new Map<string, string[]>();
  for (const h of hrefs) {
    const key = packageOf(h);
    groups.set(key, [...(groups.get(key) ?? []), h]);
  }
  return [...groups.values()];
}

/**
 * What the theme's fonts cover: the main stylesheets (one per family: every weight covers the same characters)
 * and the script fonts, in the manifest's order, then the legacy `fallbackFonts`. The stylesheets and font files
 * are read on first need (`selectFonts`), so loading a theme stays cheap.
 */
function fontCoverageOf(manifest: ThemeManifest): FontCoverage {
  const scripts: ScriptFonts[] = [];
  for (const [script, hrefs] of Object.entries(manifest.scriptFonts ?? {})) for (const group of byPackage(hrefs)) scripts.push({ script, hrefs: group });
  for (const group of byPackage(manifest.fallbackFonts ?? [])) scripts.push({ script: 'fallback', hrefs: group });
  return { main: byPackage(manifest.fonts ?? []).map((g) => g[0]!), scripts };
}

/** Throws E_THEME_INVALID naming the first font stylesheet of the manifest that is not installed. */
function checkFontsInstalled(manifest: ThemeManifest, file: string, text: string): void {
  const all = [...(manifest.fonts ?? []), ...Object.values(manifest.scriptFonts ?? {}).flat(), ...(manifest.fallbackFonts ?? [])];
  for (const href of new Set(all)) {
    if (!hasFontStylesheet(href)) {
      const line = lineOfKey(text, href);
      throw new ThemeError('E_THEME_INVALID', `font stylesheet "${href}" is not installed (or declares no @font-face).`, {
        file,
        ...(line !== undefined ? { line } : {}),
        hint: `Install its package (\`npm install ${packageOf(href)}\`) or remove it from theme.json.`,
      });
    }
  }
}

/** Parses a template now so syntax errors name the file and line. */
function checkTemplate(source: string, file: string): void {
  try {
    Handlebars.parse(source);
  } catch (err) {
    const e = err as Error & { lineNumber?: unknown };
    const m = /line (\d+)/.exec(e.message);
    const line = typeof e.lineNumber === 'number' ? e.lineNumber : m ? Number(m[1]) : undefined;
    throw invalid(file, `template syntax error: ${e.message.split('\n')[0]}`, line, err);
  }
}

/**
 * Loads a theme: a built-in name (`classic`), a name found in `opts.themeDirs`
 * (searched first, in order), a path to a theme folder, or, when no cvpress theme has the name, an
 * installed JSON Resume theme package (`even` or `jsonresume-theme-even`, see `findJsonResumeTheme`:
 * the config's folders and the project's node_modules from `opts.cwd` up, never the CV's folder). Registers the shared
 * base partials (`themes/_base/partials`), then the theme's own (which override
 * them), the helpers, and compiles the layout.
 * @throws ThemeError E_THEME_UNKNOWN (lists the available themes) or E_THEME_INVALID (file and line)
 */
export async function loadTheme(nameOrPath: string, opts: LoadThemeOptions): Promise<Theme> {
  const found = await resolveThemeDir(nameOrPath, opts);
  if (typeof found !== 'string') return loadJsonResumeTheme(found);
  const dir = found;
  const manifestFile = path.join(dir, 'theme.json');
  const manifestText = await readThemeText(dir, manifestFile, manifestFile);
  const manifest = parseManifest(manifestText, manifestFile);
  checkFontsInstalled(manifest, manifestFile, manifestText);
  const inside = (p: string): boolean => p === dir || p.startsWith(dir + path.sep);
  const root = findPackageRoot();
  const hb = Handlebars.create();
  registerHelpers(hb);
  const partialsDir = path.resolve(dir, manifest.partials ?? 'partials');
  if (!inside(partialsDir)) throw invalid(manifestFile, '"partials" must stay inside the theme folder.', lineOfKey(manifestText, 'partials'));
  const basePartials = path.join(root, 'themes', '_base', 'partials');
  for (const p of [...(await readPartials(basePartials, basePartials, manifestFile)), ...(await readPartials(partialsDir, dir, manifestFile))]) {
    checkTemplate(p.source, p.file);
    hb.registerPartial(p.name, p.source);
  }
  const layoutFile = path.resolve(dir, manifest.layout ?? 'layout.hbs');
  if (!inside(layoutFile) || layoutFile === dir) throw invalid(manifestFile, '"layout" must stay inside the theme folder.', lineOfKey(manifestText, 'layout'));
  const layoutSource = await readThemeText(dir, layoutFile, manifestFile, lineOfKey(manifestText, 'layout'));
  checkTemplate(layoutSource, layoutFile);
  const styles: string[] = [];
  for (const s of manifest.styles ?? []) {
    const f = path.resolve(dir, s);
    if (!inside(f) || f === dir || !existsSync(f)) throw invalid(manifestFile, `style "${s}" is not a file inside the theme folder.`, lineOfKey(manifestText, s));
    styles.push(await readThemeText(dir, f, manifestFile, lineOfKey(manifestText, s)));
  }
  const compiled = hb.compile(layoutSource, { strict: false, preventIndent: true });
  // What the page can show besides the CV: the theme's stylesheets (footer text in `content:`).
  const styleText = styles.join('\n');
  const styleVersions = Object.fromEntries((manifest.styles ?? []).map((s, i) => [s, contentVersion(styles[i] ?? '')]));
  const baseCssFile = path.join(root, 'themes', '_base', 'base.css');
  const baseCss = existsSync(baseCssFile) ? await readFile(baseCssFile, 'utf8') : '';
  return {
    name: manifest.name,
    dir,
    manifest,
    template: (data: unknown) => compiled(data, { allowProtoPropertiesByDefault: false }),
    baseCss,
    fontCoverage: fontCoverageOf(manifest),
    styleText,
    styleVersions,
  };
}
