// The one merge of render options: defaults → config default → first matching config rule → CV meta → CLI flags.
import path from 'node:path';
import picomatch from 'picomatch';
import { ConfigError } from './errors.js';
import { DEFAULT_OPTIONS, type CvpressConfig, type PaperFormat, type RenderOptions } from './options.js';
import { checkCvTheme } from './check-cv-theme.js';
import type { Meta } from './types.js';
import { createWarning, type CvWarning } from './warning.js';

/** The layers {@link resolveOptions} merges, lowest precedence first. */
export interface OptionLayers {
  /** The loaded config file (see `loadConfig`). */
  config?: CvpressConfig;
  /** The folder of the config file: rule globs, theme paths and `themes` folders are relative to it. */
  configDir?: string;
  /** The config file itself, for error messages. */
  configFile?: string;
  /** The CV file (matched against config rules; named in warnings about its meta). */
  file?: string;
  /** The CV's own front matter / JSON `meta`. */
  meta?: Meta;
  /** Command-line flags (or library options): highest precedence. */
  flags?: Partial<RenderOptions>;
  /** Receives the warnings about the CV's own values (a theme named by path is ignored with a warning). */
  warnings?: CvWarning[];
}

type Origin = { layer: string; file?: string };
const LANG_RE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

function looksLikePath(theme: string): boolean {
  // A scoped JSON Resume theme package (`@jsonresume/jsonresume-theme-class`) is a name, not a path.
  if (/^@[a-z0-9][a-z0-9._~-]*\/jsonresume-theme-[a-z0-9][a-z0-9._~-]*$/i.test(theme)) return false;
  return theme.startsWith('.') || theme.startsWith('/') || theme.includes('/') || theme.includes('\\');
}

function fail(what: string, origin: Origin, hint: string): never {
  throw new ConfigError('E_OPTION', `${what} (from ${origin.layer}).`, { ...(origin.file ? { file: origin.file } : {}), hint });
}

function checkFormat(value: unknown, origin: Origin): PaperFormat {
  if (typeof value === 'string') {
    const v = value.trim().toLowerCase();
    if (v === 'a4') return 'A4';
    if (v === 'letter') return 'Letter';
  }
  return fail(`Unknown paper format ${JSON.stringify(value)}`, origin, 'Use "A4" or "Letter".');
}

function checkLang(value: unknown, origin: Origin): string {
  if (typeof value === 'string' && LANG_RE.test(value.trim())) return value.trim();
  return fail(`Invalid language ${JSON.stringify(value)}`, origin, 'Use a BCP 47 tag such as "en", "de", "pt-BR".');
}

function checkDir(value: unknown, origin: Origin): 'ltr' | 'rtl' {
  const v = typeof value === 'string' ? value.trim().toLowerCase() : value;
  if (v === 'ltr' || v === 'rtl') return v;
  return fail(`Invalid text direction ${JSON.stringify(value)}`, origin, 'Use "ltr" (left to right) or "rtl" (right to left), or leave it out: the language decides.');
}

function checkPositiveInt(name: string, value: unknown, origin: Origin): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n === 'number' && Number.isInteger(n) && n > 0) return n;
  return fail(`${name} must be a whole number greater than 0, got ${JSON.stringify(value)}`, origin, `Set ${name} to 1 or more.`);
}

function checkBoolean(name: string, value: unknown, origin: Origin): boolean {
  if (typeof value === 'boolean') return value;
  return fail(`${name} must be true or false, got ${JSON.stringify(value)}`, origin, `Write ${name}: true or ${name}: false.`);
}

function checkTheme(value: unknown, origin: Origin, baseDir: string | undefined): string {
  if (typeof value !== 'string' || value.trim() === '') {
    return fail(`Invalid theme ${JSON.stringify(value)}`, origin, 'Give a theme name (see `cvpress themes`) or a path to a theme folder.');
  }
  const theme = value.trim();
  return baseDir && looksLikePath(theme) ? path.resolve(baseDir, theme) : theme;
}

/**
 * The CV's own layer (front matter / JSON `meta`): a theme by name only, and format, lang, dir and maxPages;
 * a value cvpress cannot use is ignored with a warning, never an error (the CV is untrusted and often written
 * for other tools: Quarto's `format: {pdf: …}`).
 */
function applyMeta(out: RenderOptions, meta: Meta, file: string | undefined, warnings: CvWarning[] | undefined): void {
  const origin: Origin = { layer: "the CV's front matter/meta", ...(file ? { file } : {}) };
  if (meta.theme !== undefined && meta.theme !== null) {
    // A CV is untrusted: it names a theme only by name, never by path (see checkCvTheme).
    const named = checkCvTheme(meta.theme, file);
    if (named.warning) warnings?.push(named.warning);
    if (named.theme !== undefined) out.theme = named.theme;
  }
  // a CV's own value that cvpress cannot use (Quarto's `format: {pdf: …}`, a misspelt language) is ignored with a
  // warning: the CV still renders with the other layers' value
  const own = <T>(key: string, value: unknown, check: (v: unknown, o: Origin) => T): T | undefined => {
    if (value === undefined || value === null) return undefined;
    try {
      return check(value, { layer: origin.layer });
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      warnings?.push(createWarning('meta-option-ignored', `Ignored "${key}" of the front matter/meta: ${err.message}`, undefined, file));
      return undefined;
    }
  };
  const format = own('format', meta.format, checkFormat);
  if (format !== undefined) out.format = format;
  const lang = own('lang', meta.lang, checkLang);
  if (lang !== undefined) out.lang = lang;
  const dir = own('dir', meta.dir, checkDir);
  if (dir !== undefined) out.dir = dir;
  const maxPages = own('maxPages', meta.maxPages, (v, o) => checkPositiveInt('maxPages', v, o));
  if (maxPages !== undefined) out.maxPages = maxPages;
}

/** True when `file` matches one of the rule's globs, relative to the config folder. */
function matchesRule(match: string | string[], file: string, configDir: string): boolean {
  const rel = path.relative(configDir, path.resolve(file)).split(path.sep).join('/');
  const globs = Array.isArray(match) ? match : [match];
  return globs.some((g) => picomatch(g.replace(/^\.\//, ''), { dot: true })(rel));
}

/**
 * Merges every layer into the effective options for one CV. Precedence, highest first:
 * flags > CV meta (front matter / JSON `meta`) > the first config rule whose `match` glob matches the file
 * (relative to the config folder) > the config's own defaults > {@link DEFAULT_OPTIONS}. `strict` comes from the
 * config and the flags only: a CV cannot relax the checks a pipeline asked for.
 * @throws ConfigError (`E_OPTION`) naming the layer and file of an invalid value, with a fix hint
 */
export function resolveOptions(layers: OptionLayers): RenderOptions {
  const out: RenderOptions = { ...DEFAULT_OPTIONS, themeDirs: [...DEFAULT_OPTIONS.themeDirs] };
  const { config, meta, flags, file } = layers;
  const configDir = layers.configDir ?? process.cwd();
  const cfgOrigin: Origin = { layer: 'the config file', ...(layers.configFile ? { file: layers.configFile } : {}) };

  if (config) {
    if (config.theme !== undefined) out.theme = checkTheme(config.theme, cfgOrigin, configDir);
    if (config.format !== undefined) out.format = checkFormat(config.format, cfgOrigin);
    if (config.lang !== undefined) out.lang = checkLang(config.lang, cfgOrigin);
    if (config.dir !== undefined) out.dir = checkDir(config.dir, cfgOrigin);
    if (config.maxPages !== undefined) out.maxPages = checkPositiveInt('maxPages', config.maxPages, cfgOrigin);
    if (config.pageLimit !== undefined) out.pageLimit = checkPositiveInt('pageLimit', config.pageLimit, cfgOrigin);
    if (config.maxInputBytes !== undefined) out.maxInputBytes = checkPositiveInt('maxInputBytes', config.maxInputBytes, cfgOrigin);
    if (config.timeout !== undefined) out.timeoutMs = checkPositiveInt('timeout', config.timeout, cfgOrigin);
    if (config.memoryLimitMb !== undefined) out.memoryLimitMb = checkPositiveInt('memoryLimitMb', config.memoryLimitMb, cfgOrigin);
    if (config.strict !== undefined) out.strict = checkBoolean('strict', config.strict, cfgOrigin);
    if (config.themes !== undefined) {
      if (!Array.isArray(config.themes) || config.themes.some((t) => typeof t !== 'string')) {
        fail('"themes" must be a list of folders', cfgOrigin, 'Write e.g. "themes": ["./my-themes"].');
      }
      out.themeDirs = config.themes.map((d) => path.resolve(configDir, d));
    }
    if (file && config.rules !== undefined) {
      if (!Array.isArray(config.rules)) fail('"rules" must be a list', cfgOrigin, 'Write "rules": [{ "match": "senior/**", "theme": "classic" }].');
      const rule = config.rules.find((r) => r && r.match !== undefined && matchesRule(r.match, file, configDir));
      if (rule) {
        const origin: Origin = { ...cfgOrigin, layer: `the config rule matching ${JSON.stringify(rule.match)}` };
        if (rule.theme !== undefined) out.theme = checkTheme(rule.theme, origin, configDir);
        if (rule.format !== undefined) out.format = checkFormat(rule.format, origin);
        if (rule.lang !== undefined) out.lang = checkLang(rule.lang, origin);
        if (rule.dir !== undefined) out.dir = checkDir(rule.dir, origin);
        if (rule.maxPages !== undefined) out.maxPages = checkPositiveInt('maxPages', rule.maxPages, origin);
      }
    }
  }

  if (meta) applyMeta(out, meta, file, layers.warnings);

  if (flags) {
    const origin: Origin = { layer: 'the command line' };
    if (flags.theme !== undefined) out.theme = checkTheme(flags.theme, origin, undefined);
    if (flags.format !== undefined) out.format = checkFormat(flags.format, origin);
    if (flags.lang !== undefined) out.lang = checkLang(flags.lang, origin);
    if (flags.dir !== undefined) out.dir = checkDir(flags.dir, origin);
    if (flags.maxPages !== undefined) out.maxPages = checkPositiveInt('--max-pages', flags.maxPages, origin);
    if (flags.pageLimit !== undefined) out.pageLimit = checkPositiveInt('pageLimit', flags.pageLimit, origin);
    if (flags.maxInputBytes !== undefined) out.maxInputBytes = checkPositiveInt('maxInputBytes', flags.maxInputBytes, origin);
    if (flags.timeoutMs !== undefined) out.timeoutMs = checkPositiveInt('--timeout', flags.timeoutMs, origin);
    if (flags.memoryLimitMb !== undefined) out.memoryLimitMb = checkPositiveInt('memoryLimitMb', flags.memoryLimitMb, origin);
    if (flags.strict !== undefined) out.strict = checkBoolean('--strict', flags.strict, origin);
    if (flags.themeDirs !== undefined) out.themeDirs = [...flags.themeDirs.map((d) => path.resolve(d)), ...out.themeDirs];
  }
  return out;
}
