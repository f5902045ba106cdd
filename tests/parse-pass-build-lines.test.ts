// Pass build-lines: the body becomes Lines (headings, text, items, rows, terms, definitions, rules, raw HTML) with their source lines, blocks and inline features.
import type { ParseState } from '../src/parse/markdown/parse-types.js';
import { describePass } from './fixtures/parse-passes/pass-harness.js';

const MARKS = ['bold', 'italic', 'code', 'ordered', 'html', 'header'] as const;

/** Each line's kind, place, block (numbered 1, 2… in order), plain text and the features later passes score. */
function project(s: ParseState): unknown {
  const blocks = new Map<number, number>();
  return s.lines.map((l) => {
    if (!blocks.has(l.block)) blocks.set(l.block, blocks.size + 1);
    const marks = MARKS.filter((m) => l[m] === true);
    return {
      line: l.line,
      ...(l.endLine !== l.line ? { endLine: l.endLine } : {}),
      kind: l.kind,
      ...(l.kind === 'heading' ? { level: l.level } : {}),
      ...(l.depth ? { depth: l.depth } : {}),
      block: blocks.get(l.block),
      text: l.plain,
      ...(marks.length ? { marks } : {}),
      ...(l.links.length ? { links: l.links.map((k) => k.href) } : {}),
      ...(l.images.length ? { images: l.images.map((k) => k.alt) } : {}),
      ...(l.cells ? { cells: l.cells } : {}),
    };
  });
}

describePass({ pass: 'build-lines', until: 'build-lines', project, minCases: 6 });
