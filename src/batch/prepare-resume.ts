// The steps of rendering before the browser: read, parse, resolve options, load the theme.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { CvpressConfig, RenderOptions } from '../model/options.js';
import type { ParseResult, SourceKind } from '../model/parse-result.js';
import type { Resume } from '../model/types.js';
import type { CvWarning } from '../model/warning.js';
import { readSource } from '../parse/read-source.js';
import { parseResume } from '../parse/parse-resume.js';
import { toSchemaError } from '../parse/to-schema-error.js';
import { resolveOptions } from '../model/resolve-options.js';
import { resolveLang } from '../model/resolve-lang.js';
import { loadCachedTheme } from './load-cached-theme.js';
import { loadFallbackTheme } from './load-fallback-theme.js';
import { renderJsonResumeTheme } from '../theme/render-json-resume-theme.js';
import type { Theme } from '../theme/theme-types.js';

/** What {@link prepareResume} needs besides the file. */
export interface PrepareOptions {
  flags?: Partial<RenderOptions>;
  config?: CvpressConfig;
  configDir?: string;
  configFile?: string;
  /** Loaded themes shared between CVs of a batch, keyed by theme + theme folders. */
  themeCache?: Map<string, Promise<Theme>>;
  /** Folder relative theme paths on the command line resolve against (default: process.cwd()). */
  cwd?: string;
}

/** A CV read, parsed and matched with its options and theme, ready to print. */
export interface PreparedResume {
  file: string;
  text: string;
  kind: SourceKind;
  parsed: ParseResult;
  resume: Resume;
  options: RenderOptions;
  theme: Theme;
  /** The effective language: options.lang, else the one the CV's script or words show, else `en` (see `resolveLang`). */
  lang: string;
  /** The date stamped into the PDF: SOURCE_DATE_EPOCH, else the file's mtime. */
  date: Date;
  warnings: CvWarning[];
  /** The whole document, when the theme makes it itself (a JSON Resume theme package): printed as is, at every density. */
  html?: { html: string; warnings: CvWarning[] };
}

/** The stamp date: `SOURCE_DATE_EPOCH` (seconds) when set, else the file's modification time. */
async function stampDate(file: string): Promise<Date> {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch.trim())) return new Date(Number(epoch.trim()) * 1000);
  try {
    return (await stat(file)).mtime;
  } catch {
    return new Date();
  }
}

/**
 * Reads, parses and resolves one CV and loads its theme (no browser involved). With `strict` (flag or
 * config) a JSON Resume CV with schema warnings fails with their `E_SCHEMA`. A theme named by the CV
 * (`meta.theme`, front matter `theme:`) that is not installed gives way to the theme the other layers
 * choose, with a `theme-missing` warning. A JSON Resume theme package renders the document here (`html`).
 * @throws InputError, MalformedError, SchemaError, ConfigError, ThemeError
 */
export async function prepareResume(file: string, opts: PrepareOptions = {}): Promise<PreparedResume> {
  const maxBytes = resolveOptions({ ...(opts.flags ? { flags: opts.flags } : {}), ...(opts.config ? { config: opts.config } : {}), ...(opts.configDir ? { configDir: opts.configDir } : {}) }).maxInputBytes;
  const source = await readSource(file, { maxBytes });
  const parsed = parseResume(source);
  const resume = parsed.resume;
  const optionWarnings: CvWarning[] = [];
  const layers = {
    warnings: optionWarnings,
    ...(opts.config ? { config: opts.config } : {}),
    ...(opts.configDir ? { configDir: opts.configDir } : {}),
    ...(opts.configFile ? { configFile: opts.configFile } : {}),
    file,
    ...(resume.meta ? { meta: resume.meta } : {}),
    ...(opts.flags ? { flags: opts.flags } : {}),
  };
  let options = resolveOptions(layers);
  const warnings = [...parsed.warnings, ...optionWarnings].map((w) => (w.file ? w : { ...w, file }));
  if (options.strict) {
    const error = toSchemaError(file, warnings);
    if (error) throw error;
  }
  const cwd = opts.cwd ?? process.cwd();
  let theme: Theme;
  try {
    theme = await loadCachedTheme(options.theme, options.themeDirs, cwd, opts.themeCache);
  } catch (err) {
    // A theme named by the CV itself that is not installed: the default theme, with a warning.
    const fallback = await loadFallbackTheme(err, { layers: { ...layers, warnings: [] }, kind: source.kind, cwd, ...(opts.themeCache ? { themeCache: opts.themeCache } : {}) });
    ({ theme } = fallback);
    options = { ...options, theme: fallback.theme.name };
    warnings.push(fallback.warning);
  }
  const detected = typeof resume.meta?.detectedLang === 'string' ? resume.meta.detectedLang : undefined;
  const lang = resolveLang(options.lang, detected, source.text);
  const html = theme.jsonResume ? await renderJsonResumeTheme(resume, theme, { lang, timeoutMs: options.timeoutMs }) : undefined;
  return {
    file: path.resolve(file),
    text: source.text,
    kind: source.kind,
    parsed,
    resume,
    options,
    theme,
    lang,
    date: await stampDate(file),
    warnings,
    ...(html ? { html } : {}),
  };
}
