// Worker-thread entry: reads, parses and renders the CVs a batch sends, off the main thread that serves the pages.
import { parentPort } from 'node:worker_threads';
import { CvpressError } from '../model/errors.js';
import { renderHtml } from '../theme/render-html.js';
import type { Theme } from '../theme/theme-types.js';
import { prepareResume, type PrepareOptions } from './prepare-resume.js';

/** One request from `createPrepareWorker`. */
interface PrepareRequest {
  id: number;
  file: string;
  opts: Omit<PrepareOptions, 'themeCache'>;
}

const themeCache = new Map<string, Promise<Theme>>();

parentPort?.on('message', (req: PrepareRequest) => {
  (async () => {
    const prep = await prepareResume(req.file, { ...req.opts, themeCache });
    const first = renderHtml(prep.resume, prep.theme, { lang: prep.lang, format: prep.options.format });
    const { theme, ...rest } = prep;
    return { prepared: { ...rest, themeName: theme.name, themeDir: theme.dir }, first };
  })().then(
    (result) => parentPort!.postMessage({ id: req.id, ...result }),
    (err: unknown) => {
      const error =
        err instanceof CvpressError
          ? { ...err, name: err.name, message: err.message, stack: err.stack }
          : { name: 'Error', message: err instanceof Error ? err.message : String(err) };
      parentPort!.postMessage({ id: req.id, error });
    },
  );
});
