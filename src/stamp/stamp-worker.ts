// Worker-thread entry: stamps the PDFs a batch sends (pdf-lib's work off the main thread, which keeps answering Chromium).
import { parentPort } from 'node:worker_threads';
import { CvpressError } from '../model/errors.js';
import type { Resume } from '../model/types.js';
import { stampMetadata, type StampMetadataOptions } from './stamp-metadata.js';

/** One request from `createStampWorker`. */
interface StampRequest {
  id: number;
  pdf: Uint8Array;
  resume: Resume;
  opts: StampMetadataOptions;
}

parentPort?.on('message', (req: StampRequest) => {
  stampMetadata(req.pdf, req.resume, req.opts).then(
    (pdf) => {
      // Hand the bytes over without a copy when they own their whole buffer.
      const own = pdf.byteOffset === 0 && pdf.byteLength === pdf.buffer.byteLength && pdf.buffer instanceof ArrayBuffer;
      parentPort!.postMessage({ id: req.id, pdf }, own ? [pdf.buffer as ArrayBuffer] : []);
    },
    (err: unknown) => {
      const e = err instanceof CvpressError ? { code: err.code, message: err.message, hint: err.hint } : { code: 'E_PDF', message: err instanceof Error ? err.message : String(err) };
      parentPort!.postMessage({ id: req.id, error: e });
    },
  );
});
