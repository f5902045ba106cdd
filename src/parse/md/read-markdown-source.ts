// Interim: splits YAML front matter and blanks comments (replaced by the full source reader).
import { splitFrontMatter } from '../markdown/split-front-matter.js';
import type { SourceText } from './parse-types.js';

/** Reads the CV's text into a SourceText (interim version). */
export function readMarkdownSource(text: string, file?: string): SourceText {
  const unmarked = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const src = unmarked.includes('\r') ? unmarked.replace(/\r\n?/g, '\n') : unmarked;
  let fm: ReturnType<typeof splitFrontMatter> | undefined;
  try {
    fm = splitFrontMatter(src, file);
  } catch {
    fm = undefined;
  }
  const lines = src.split('\n');
  const out: SourceText = { text: src, body: src, warnings: [] };
  if (fm && fm.lineOffset > 0) {
    for (let i = 0; i < fm.lineOffset; i++) lines[i] = '';
    out.frontMatter = { format: 'yaml', line: 1, endLine: fm.lineOffset, raw: '' };
    if (fm.data) out.frontMatter.data = fm.data;
  }
  out.body = lines.join('\n').replace(/<!--[\s\S]*?-->/g, (m) => m.replace(/[^\n]/g, ' '));
  return out;
}
