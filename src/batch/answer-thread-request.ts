// Answers one request of the main thread in a CV thread: prepare a CV, render its document or stamp its PDF.
import { stampMetadata } from '../stamp/stamp-metadata.js';
import { renderHtml } from '../theme/render-html.js';
import type { Theme } from '../theme/theme-types.js';
import { loadCachedTheme } from './load-cached-theme.js';
import { prepareResume } from './prepare-resume.js';
import { toPreparedCv } from './to-prepared-cv.js';
import type { ThreadReply, ThreadRequest } from './cv-thread-types.js';

/**
 * Answers one request: its reply (without the id) and what to transfer with it.
 * @param themes - the thread's loaded themes (filled as CVs name them)
 */
export async function answerThreadRequest(req: ThreadRequest, themes: Map<string, Promise<Theme>>): Promise<{ reply: Omit<ThreadReply, 'id'>; transfer?: ArrayBuffer[] }> {
  if (req.op === 'prepare') {
    const prep = await prepareResume(req.file, { ...req.layers, themeCache: themes });
    const first = prep.html ?? renderHtml(prep.resume, prep.theme, { lang: prep.lang, format: prep.options.format, maxImageBytes: (prep.options.memoryLimitMb * 1048576) / 4, source: prep.text, ...(prep.options.dir ? { dir: prep.options.dir } : {}) });
    const prepared = toPreparedCv(prep, req.layers.cwd);
    return { reply: { prepared, html: first.html, warnings: first.warnings } };
  }
  if (req.op === 'themes') {
    for (const s of req.specs) await loadCachedTheme(s.theme, s.themeDirs, s.cwd, themes);
    return { reply: {} };
  }
  if (req.op === 'render') {
    const theme = await loadCachedTheme(req.spec.theme, req.spec.themeDirs, req.spec.cwd, themes);
    const out = renderHtml(req.resume, theme, req.opts);
    return { reply: { html: out.html, warnings: out.warnings } };
  }
  const pdf = await stampMetadata(req.pdf, req.resume, req.opts);
  const copy = pdf.byteOffset === 0 && pdf.byteLength === pdf.buffer.byteLength ? pdf : pdf.slice();
  return { reply: { pdf: copy }, transfer: [copy.buffer as ArrayBuffer] };
}

