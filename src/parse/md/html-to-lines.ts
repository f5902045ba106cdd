// Interim: splits a raw HTML block into lines at block tags (replaced by the htmlparser2-based reader).
import type { HtmlLine } from './html-line.js';

/** Turns a raw HTML block into lines (interim version: block tags end lines, headings keep their level). */
export function htmlToLines(html: string, firstLine: number, firstBlockKey: number): HtmlLine[] {
  const out: HtmlLine[] = [];
  const cleaned = html.replace(/<(style|script)[\s\S]*?<\/\1>/gi, ' ').replace(/<!--[\s\S]*?-->/g, ' ');
  cleaned.split('\n').forEach((raw, k) => {
    const parts = raw.split(/<\/?(?:p|div|br|li|tr|h[1-6]|section|article|header|aside|summary|details|dt|dd|table|tbody|thead|ul|ol)\b[^>]*>/i);
    const h = /<h([1-6])\b/i.exec(raw);
    for (const p of parts) {
      const text = p.replace(/\s+/g, ' ').trim();
      if (!text) continue;
      out.push({ kind: h ? 'heading' : 'text', level: h ? Number(h[1]) : 0, depth: 0, ordered: false, md: text, line: firstLine + k, endLine: firstLine + k, blockKey: firstBlockKey + k });
    }
  });
  return out;
}
