// The data-only form of a prepared CV (what crosses from a CV thread to the main thread): no compiled theme, a hash of the text.
import { createHash } from 'node:crypto';
import type { PreparedCv } from './batch-types.js';
import type { PreparedResume } from './prepare-resume.js';

/**
 * Turns a `PreparedResume` into the `PreparedCv` the print and cache steps use: the theme by name, folder
 * and how to load it again (`spec`, resolved from `cwd`), the CV's text by its SHA-256, the rest as is.
 * @param cwd - the folder the theme was looked up from
 */
export function toPreparedCv(prep: PreparedResume, cwd: string): PreparedCv {
  return {
    file: prep.file,
    kind: prep.kind,
    textHash: createHash('sha256').update(prep.text).digest('hex'),
    text: prep.text,
    resume: prep.resume,
    options: prep.options,
    theme: { name: prep.theme.name, dir: prep.theme.dir, spec: { theme: prep.options.theme, themeDirs: prep.options.themeDirs, cwd } },
    lang: prep.lang,
    date: prep.date,
    warnings: prep.warnings,
    ...(prep.html ? { html: prep.html } : {}),
  };
}
