// Turns a line of inline Markdown (with converter HTML such as <u>, <br>, <span>) into plain text.
import { memoPerParse } from './parse-memo.js';

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', shy: '' };

/**
 * Strips inline Markdown and HTML: links keep their text, autolinks their URL,
 * emphasis and code marks go, escapes and entities are resolved, white space collapsed.
 * Each rewrite runs only when its marker character is present (this runs on every line).
 */
export function toPlainText(md: string): string {
  // most lines have neither markup nor white space to collapse: one scan tells, and they are only trimmed
  if (!MARKUP_OR_SPACE.test(md)) return md.trim();
  if (md.length > 5000 || !/[<>[\]*_`~\\&]/.test(md)) return collapseSpace(md);
  return plainMemo(md);
}

/** A markup character (as toPlainText tests for) or white space collapseSpace would rewrite. */
const MARKUP_OR_SPACE = /[<>[\]*_`~\\&]|\s\s|[^\S ]/;

/** The rewrites, memoised per parse (the same lines are read again by several steps). */
const plainMemo = memoPerParse(plainOf);

function plainOf(md: string): string {
  let s = md;
  if (s.includes('<')) {
    s = s
      .replace(/<br\s*\/?>/gi, ' ')
      .replace(/<((?:https?|ftp|mailto):[^>\s]+|[^>\s@]+@[^>\s]+)>/gi, '$1')
      .replace(/<\/?[A-Za-z][^<>]*>/g, '');
  }
  if (s.includes('[')) {
    s = s
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
      .replace(/\[([^\]]*)\]\{[^}]*\}/g, '$1')
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1');
  }
  // (emphasis needs its mark twice, before and after the strong marks go)
  if (twice(s, '*') || twice(s, '_')) {
    s = s.replace(/(\*\*|__)(?=\S)(.*?\S)\1/g, '$2');
    if (twice(s, '*') || twice(s, '_')) s = s.replace(/(^|[^\p{L}\p{N}\\*_])([*_])(?=\S)(.*?\S)\2(?![\p{L}\p{N}])/gu, '$1$3');
  }
  if (s.includes('~')) s = s.replace(/~~(.*?)~~/g, '$1');
  if (s.includes('`')) s = s.replace(/`+/g, '');
  if (s.includes('\\')) s = s.replace(/\\([\\`*_{}[\]()#+\-.!|~>:"'])/g, '$1');
  if (s.includes('&')) {
    s = s.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m;
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    });
  }
  if (s.includes('**') || s.includes('__')) s = s.replace(/\*\*|__/g, '');
  return collapseSpace(s);
}

/** True when `ch` occurs at least twice in `s`. */
function twice(s: string, ch: string): boolean {
  const i = s.indexOf(ch);
  return i >= 0 && s.indexOf(ch, i + 1) >= 0;
}

/** Collapses white space to single spaces and trims; the rewrite runs only when there is something other than single spaces. */
function collapseSpace(s: string): string {
  return (/\s\s|[^\S ]/.test(s) ? s.replace(/\s+/g, ' ') : s).trim();
}
