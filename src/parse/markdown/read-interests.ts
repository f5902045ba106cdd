// Reader for interests sections: one interest per item or line, "Group: a, b" with keywords, comma lists split.
import { pushAll } from './push-all.js';
import type { Interest } from '../../model/types.js';
import type { Line, ParseState, Section } from './parse-types.js';
import { splitGroup } from './read-skills.js';
import { splitKeywords } from './split-keywords.js';

/** The interests of one line. */
function readLine(l: Line): Interest[] {
  const g = splitGroup(l.plain);
  if (g && !/^(?:todo|tbd|fixme)$/i.test(g.name)) return [{ name: g.name, keywords: splitKeywords(g.rest) }];
  const parts = splitKeywords(l.plain);
  if (/[,;·•、，]/.test(l.plain) && parts.length >= 3 && parts.every((p) => p.split(/\s+/).length <= 4)) return parts.map((name) => ({ name }));
  return l.plain ? [{ name: l.plain }] : [];
}

/** Reads an interests section into the model's interests (nested items become keywords of their parent). */
export function readInterests(state: ParseState, section: Section): Interest[] {
  void state;
  const out: Interest[] = [];
  for (const l of section.lines) {
    if (l.kind === 'rule' || !l.plain) continue;
    if (l.kind === 'item' && l.depth > 0 && out.length) {
      const last = out[out.length - 1]!;
      (last.keywords ??= []).push(l.plain);
      continue;
    }
    if (l.kind === 'row') {
      const cells = (l.cells ?? []).map((c) => c.trim()).filter(Boolean);
      if (cells[0] && !l.header) out.push({ name: cells[0], ...(cells.length > 1 ? { keywords: cells.slice(1) } : {}) });
      continue;
    }
    pushAll(out, readLine(l));
  }
  return out;
}
