// Splits an entry's title line into job title, organisation and location ("Title at Org", "*Title*, Org", "**Org** — Title", "Org | Title").
import { scoreTitle } from './score-title.js';
import { toPlainText } from './to-plain-text.js';

/** The parts of a title line, in plain text. */
export interface TitleParts {
  title?: string;
  org?: string;
  location?: string;
}

const AT = /^(.+?)\s+(?:at|@|bei|chez|presso|bij|в)\s+(.+)$/iu;
/** "Engenheiro na Nubank", "Desarrolladora en Acme", "Programista w Allegro": only before a capitalised name. */
const AT_CAPITAL = /^(.+?)\s+(?:na|no|en|w|во)\s+(?=[\p{Lu}\d])(.+)$/u;
const SEPARATORS = [/\s+\|\s+|\s*｜\s*/u, /\s+[—–]\s+|\s+-\s+|\s*[—]\s*/u, /\s+·\s+|\s+•\s+/u];

function order(a: string, b: string, firstIsTitle: boolean): [string, string] {
  const sa = scoreTitle(a);
  const sb = scoreTitle(b);
  if (sa > sb) return [a, b];
  if (sb > sa) return [b, a];
  return firstIsTitle ? [a, b] : [b, a];
}

function fromParts(parts: string[], firstIsTitle = true): TitleParts {
  const p = parts.map((x) => x.trim()).filter(Boolean);
  if (p.length === 0) return {};
  if (p.length === 1) return { title: p[0]! };
  const [title, org] = order(p[0]!, p[1]!, firstIsTitle);
  const out: TitleParts = { title, org };
  if (p.length > 2) out.location = p.slice(2).join(', ');
  return out;
}

/**
 * Splits a title line (inline Markdown, dates already removed). Emphasis is a
 * hint (`*Title*`), "at"/"@" and separators split, job-title words decide the order.
 * A line that does not split is returned as the title.
 */
export function splitTitleLine(md: string): TitleParts {
  const src = md.trim();
  if (!src) return {};
  // *Title*, Org  /  _Title_ — Org
  const it = /^(\*|_)(?!\1)(.+?)\1(?!\1)\s*(?:[,，–—|@:]|\s-\s|\s+at\s+)?\s*(.*)$/u.exec(src);
  if (it && it[3] !== undefined) {
    const title = toPlainText(it[2] ?? '');
    const rest = splitRest(toPlainText(it[3]));
    return { title, ...(rest[0] ? { org: rest[0] } : {}), ...(rest.length > 1 ? { location: rest.slice(1).join(', ') } : {}) };
  }
  // **Bold**, rest  /  **Bold** — rest
  const bo = /^(\*\*|__)(.+?)\1\s*(?:[,，–—|:]|\s-\s|\s+at\s+)?\s*(.*)$/u.exec(src);
  if (bo && bo[3] !== undefined && toPlainText(bo[3])) {
    const bold = toPlainText(bo[2] ?? '');
    const restMd = bo[3];
    const atm = /^(?:at|@)\s+/i.test(restMd);
    const rest = splitRest(toPlainText(restMd.replace(/^(?:at|@)\s+/i, '')));
    if (atm) return { title: bold, org: rest[0]!, ...(rest.length > 1 ? { location: rest.slice(1).join(', ') } : {}) };
    // "**Volta Fintech**, Accra": an organisation and its place, no title
    const restPlain = toPlainText(restMd);
    if (/^\s*,/.test(src.slice(bo[1]!.length * 2 + (bo[2] ?? '').length)) && scoreTitle(bold) <= 0 && scoreTitle(restPlain) <= 0 && /^[\p{Lu}][\p{L}.'\- ]{0,30}(?:,\s*[\p{Lu}][\p{L}.'\- ]{0,30})?$/u.test(restPlain) && restPlain.split(/\s+/).length <= 4) {
      return { org: bold, location: restPlain };
    }
    const [title, org] = order(bold, rest[0] ?? '', false);
    return { title, org, ...(rest.length > 1 ? { location: rest.slice(1).join(', ') } : {}) };
  }
  const plain = toPlainText(src).replace(/^[\s,;:|–—-]+|[\s,;:|–—(-]+$/g, '');
  const at = AT.exec(plain) ?? AT_CAPITAL.exec(plain);
  if (at) {
    const rest = splitRest(at[2] ?? '');
    return { title: (at[1] ?? '').trim(), org: rest[0]!, ...(rest.length > 1 ? { location: rest.slice(1).join(', ') } : {}) };
  }
  for (const sep of SEPARATORS) {
    const parts = plain.split(sep);
    if (parts.length >= 2 && parts.length <= 4) return fromParts(parts);
  }
  const commas = plain.split(/,\s+|，\s*|、\s*/);
  if (commas.length === 2 || (commas.length === 3 && commas.some((c) => scoreTitle(c) > 0))) {
    if (commas.some((c) => scoreTitle(c) !== 0)) return fromParts(commas);
  }
  return { title: plain };
}

/** Splits "Org, City" / "Org – City" / "Org (City)" into org and location parts. */
function splitRest(text: string): string[] {
  const t = text.replace(/^[\s,;:|–—-]+|[\s,;:|–—(-]+$/g, '').trim();
  if (!t) return [];
  for (const sep of SEPARATORS) {
    const parts = t.split(sep);
    if (parts.length >= 2) return parts.map((p) => p.trim()).filter(Boolean);
  }
  // "Spree Analytics GmbH, Berlin": a legal form, then a place
  const legal = /^(.+?(?:GmbH|AG|Inc\.?|Ltd\.?|LLC|S\.A\.?|SA|S\.L\.?|B\.V\.?|plc|sp\. z o\.o\.|S\.r\.l\.?|Oy|AB|AS|KG|SE)),\s*([\p{Lu}][\p{L}\- ]{1,30})$/u.exec(t);
  if (legal) return [legal[1]!, legal[2]!];
  return [t];
}
