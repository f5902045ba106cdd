// Reads an interests section: one interest per item or line, "Group: a, b" with keywords, comma lists split.
import type { Interest } from '../../model/types.js';
import type { Unit } from './build-units.js';
import { splitKeywords } from './split-keywords.js';
import { toPlainText } from './to-plain-text.js';

/** An interest and the source lines it came from. */
export interface InterestFind {
  interest: Interest;
  line: number;
  endLine: number;
}

function read(text: string): Interest[] {
  const plain = toPlainText(text);
  const m = /^([^:：]{1,40})[:：]\s+(.+)$/u.exec(plain);
  if (m && !/^(?:todo|tbd|fixme)$/i.test(m[1]!.trim())) return [{ name: m[1]!.trim(), keywords: splitKeywords(m[2]!) }];
  const parts = plain.split(/\s*[,;·•]\s*(?![^()]*\))/u).filter(Boolean);
  if (parts.length >= 3 && parts.every((p) => p.split(/\s+/).length <= 4)) return parts.map((name) => ({ name }));
  return plain ? [{ name: plain }] : [];
}

/** Reads the interests of a section's units. */
export function parseInterests(units: Unit[]): InterestFind[] {
  const out: InterestFind[] = [];
  for (const u of units) {
    if (u.t === 'line') for (const interest of read(u.text)) out.push({ interest, line: u.line, endLine: u.endLine });
    else if (u.t === 'heading') out.push({ interest: { name: u.plain }, line: u.line, endLine: u.endLine });
    else if (u.t === 'list') {
      for (const it of u.items) {
        const i = read(it.text.replace(/\n/g, ' '));
        if (it.children.length && i[0]) i[0].keywords = [...(i[0].keywords ?? []), ...it.children.map(toPlainText)];
        for (const interest of i) out.push({ interest, line: it.line, endLine: it.endLine });
      }
    } else if (u.t === 'table') {
      for (const r of u.rows) {
        const cells = r.map(toPlainText).filter(Boolean);
        if (cells[0]) out.push({ interest: { name: cells[0], ...(cells.length > 1 ? { keywords: cells.slice(1) } : {}) }, line: u.line, endLine: u.endLine });
      }
    } else out.push({ interest: { name: u.raw.trim() }, line: u.line, endLine: u.endLine });
  }
  return out;
}
