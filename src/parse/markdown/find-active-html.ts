// Finds the HTML in a CV's Markdown that could run, load or send something: it never reaches the page, and the user is told.
import { Parser } from 'htmlparser2';

/** Elements that embed, load, submit or hide content; none of them is kept. */
const ACTIVE = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input', 'button', 'textarea', 'select', 'link', 'meta', 'base', 'video', 'audio', 'track', 'noscript', 'template', 'xmp', 'portal', 'script']);

/** Page-level tags that are harmless unless they load something (judged by their attributes). */
const PAGE = new Set(['meta', 'link', 'base']);

/** Attributes that load a resource. */
const LOADS = new Set(['src', 'srcset', 'poster', 'data', 'background', 'action', 'formaction', 'href', 'xlink:href', 'lowsrc', 'dynsrc']);

/** One finding: the 1-based line and what was found there. */
export interface ActiveHtml {
  line: number;
  code: 'blocked-html' | 'remote-image';
  what: string;
}

/** What in one start tag could act or load (one finding per tag at most). */
function judgeTag(name: string, attribs: Record<string, string>): Omit<ActiveHtml, 'line'> | undefined {
  if (name === 'script') return { code: 'blocked-html', what: 'removed a <script>: scripts never run in a CV; remove it' };
  // page scaffolding of an exported HTML page (<meta charset>, a local stylesheet <link>) is quietly no content
  if (name === 'meta' && attribs['http-equiv'] !== undefined) return { code: 'blocked-html', what: `removed a <meta http-equiv="${attribs['http-equiv']}">: a CV cannot redirect or set policies` };
  if (name === 'base' && attribs.href !== undefined) return { code: 'blocked-html', what: 'removed a <base href>: links in a CV keep their own targets' };
  if (ACTIVE.has(name) && !PAGE.has(name)) return { code: 'blocked-html', what: `removed a <${name}> element: a CV cannot embed, load or submit anything; remove it` };
  for (const [key, value] of Object.entries(attribs)) {
    const k = key.toLowerCase();
    const v = value.trim().toLowerCase();
    if (k.startsWith('on')) return { code: 'blocked-html', what: `removed the ${k} attribute of a <${name}>: scripts never run in a CV` };
    if (k === 'style' && (v.includes('url(') || v.includes('expression('))) return { code: 'blocked-html', what: `removed a style attribute of a <${name}> that loads a resource` };
    if (v.startsWith('javascript:')) return { code: 'blocked-html', what: `removed a javascript: link of a <${name}>` };
    const remote = /(?:^|[\s,])(?:https?:)?\/\//.test(v);
    // a link's href is a link; an <img src> is judged (and reported) with the CV's images when it is rendered
    // a <picture>'s <source> stands for its <img>, which is reported
    if (LOADS.has(k) && remote && !(name === 'a' && k === 'href') && !(name === 'img' && k === 'src') && name !== 'source') {
      return { code: name === 'img' ? 'remote-image' : 'blocked-html', what: `a <${name}> ${k} points at the network and is not loaded (no request leaves the renderer); put the file next to the CV and use a relative path` };
    }
  }
  return undefined;
}

/** htmlparser2's white space, which ends a tag name (with `/` and `>`). */
const isHtmlSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0c || c === 0x0d;

/**
 * Whether the text may hold a finding: a start tag (`<` and an ASCII letter, as htmlparser2 reads one) that is
 * active or `<style>`, or that may have attributes (its name is followed by anything but `>` or `/>`). Text
 * whose tags are all plain (`<br>`, `<b>`, `</p>`, `<br/>`) gives none, and needs no parse. Linear: a name is
 * read up to the next `<` at most.
 */
function mayAct(text: string): boolean {
  for (let i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) {
    const c = text.charCodeAt(i + 1) | 0x20;
    if (c < 0x61 || c > 0x7a) continue;
    let j = i + 2;
    for (let d = text.charCodeAt(j); j < text.length && d !== 0x2f && d !== 0x3e && d !== 0x3c && !isHtmlSpace(d); d = text.charCodeAt(++j));
    const name = text.slice(i + 1, j).toLowerCase();
    if (ACTIVE.has(name) || name === 'style') return true;
    if (text[j] === '>' || (text[j] === '/' && text[j + 1] === '>')) continue;
    return true;
  }
  return false;
}

/**
 * The most open elements htmlparser2 keeps here. It adds and drops each at the front of its stack, so its time
 * grows with the nesting depth squared (a megabyte of unclosed `<div>`s took most of a minute); beyond this depth
 * the oldest open elements are forgotten. A closing tag of a forgotten one then closes nothing, which changes no
 * finding: findings are read from each tag's own name and attributes and from `<style>` text.
 */
const MAX_OPEN = 256;

/**
 * Scans a CV's Markdown body (code fences and spans already blank or skipped by the caller) for HTML that
 * could run script or load something: active elements, event-handler attributes, remote sources, style
 * attributes with url(). Linear: one htmlparser2 pass, its open elements bounded ({@link MAX_OPEN}). At most
 * `limit` findings.
 * @param text - Markdown body with `\n` line breaks
 * @param limit - the most findings to return
 */
export function findActiveHtml(text: string, limit = 10): ActiveHtml[] {
  if (text.indexOf('<') < 0 || !mayAct(text)) return [];
  const starts: number[] = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const out: ActiveHtml[] = [];
  let style = -1;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        // htmlparser2's open elements, newest first (not public: left alone if it changes shape)
        const open = (parser as unknown as { stack?: unknown }).stack;
        if (Array.isArray(open) && open.length > MAX_OPEN) open.length = MAX_OPEN;
        if (name === 'style') style = parser.startIndex;
        if (out.length >= limit) return;
        const found = judgeTag(name, attribs);
        if (found) out.push({ line: lineOf(parser.startIndex), ...found });
      },
      ontext(data) {
        if (style < 0 || out.length >= limit) return;
        const css = data.toLowerCase();
        if (css.includes('url(') || css.includes('@import')) {
          out.push({ line: lineOf(style), code: 'blocked-html', what: 'removed a <style> block that loads resources: a CV takes its look from its theme' });
          style = -1;
        }
      },
      onclosetag(name) {
        if (name === 'style') style = -1;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(text);
  return out;
}
