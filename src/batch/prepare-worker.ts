// Worker-thread entry: reads, parses and renders the CVs a batch sends, off the main thread that serves the pages.
import { renderHtml } from '../theme/render-html.js';
import type { Theme } from '../theme/theme-types.js';
import { prepareResume, type PrepareOptions } from './prepare-resume.js';
import { replyFromThread } from './reply-from-thread.js';

const themeCache = new Map<string, Promise<Theme>>();

replyFromThread(async (req: { file: string; opts: Omit<PrepareOptions, 'themeCache'> }) => {
  const { theme, ...prepared } = await prepareResume(req.file, { ...req.opts, themeCache });
  const first = renderHtml(prepared.resume, theme, { lang: prepared.lang, format: prepared.options.format });
  return { prepared, first };
});
