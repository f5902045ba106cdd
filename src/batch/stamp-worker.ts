// Worker-thread entry: stamps the PDFs a batch sends (pdf-lib's work off the main thread, which keeps answering Chromium).
import { replyFromThread } from './reply-from-thread.js';
import type { Resume } from '../model/types.js';
import { stampMetadata, type StampMetadataOptions } from '../stamp/stamp-metadata.js';

replyFromThread(
  async (req: { pdf: Uint8Array; resume: Resume; opts: StampMetadataOptions }) => ({ pdf: await stampMetadata(req.pdf, req.resume, req.opts) }),
  // Hand the bytes over without a copy when they own their whole buffer.
  ({ pdf }) => (pdf.byteOffset === 0 && pdf.byteLength === pdf.buffer.byteLength && pdf.buffer instanceof ArrayBuffer ? [pdf.buffer] : []),
);
