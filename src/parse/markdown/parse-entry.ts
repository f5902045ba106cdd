// Reads one entry (its units) into JSON Resume fields for a section kind: dates, title/organisation/location, summary and highlights.
import type { ListItem, Unit } from './build-units.js';
import { findDateRange, type DateMatch } from './find-date-range.js';
import type { SectionKind } from './section-synonyms.js';
import { splitTitleLine } from './split-title-line.js';
import { toPlainText } from './to-plain-text.js';
import { scoreTitle } from './score-title.js';

/** A line of an entry's header. */
interface HeadLine {
  text: string;
  plain: string;
  line: number;
  endLine: number;
}

/** An entry read out of the document, ready to be placed into the model. */
export interface ParsedEntry {
  kind: SectionKind;
  fields: Record<string, unknown>;
  /** field name → source lines, for --explain */
  lines: Record<string, [number, number]>;
  line: number;
  endLine: number;
  /** A header line with date-like text that could not be read. */
  badDate?: { line: number; text: string };
}

/** Returns the original Markdown of source lines `from`..`to` (1-based, inclusive). */
export type SliceSource = (from: number, to: number) => string;

const INSTITUTION =
  /(?<![\p{L}])(?:universit\p{L}*|college|school|schule|hochschule|fachhochschule|gymnasium|lyc[eé]e|liceo|liceum|institut\p{L}*|academy|akademie|académie|academia|akademia|politechnika|polytechnique|politecnico|polytechnic|école|escuela|escola|uczelnia|szkoła|conservato\p{L}*|seminar|campus|faculty|fakultät|faculté|facultad|faculdade|wydział|tu |eth |epfl|stanford|harvard|oxford|cambridge|coursera|udemy|edx|университет|институт|академия|училище|колледж|лицей)|大学|学院|中学|學院|大學/iu;
const DEGREE =
  /(?<![\p{L}])(?:bachelor\p{L}*|master\p{L}*|b\.?sc|m\.?sc|b\.?s\.?|m\.?s\.?|b\.?a\.?|m\.?a\.?|b\.?eng|m\.?eng|ph\.?d|doctor\p{L}*|dr\.|mba|diplom\p{L}*|diploma|degree|licence|licenciatura|licenciado|licenciada|grado|graduação|bacharelado|mestrado|doutorado|magister|magisterium|magistra|inżynier|licencjat|laurea|abitur|matura|baccalauréat|bac|bts|dut|certificate|certification|course|kurs|cours|curso|corso|training|bootcamp|a-levels?|gcse|high school|secondary|associate|бакалавр\p{L}*|магистр\p{L}*|специалист|кандидат|аспирантура|диплом)(?![\p{L}])|学士|硕士|博士|本科|研究生|學士|碩士/iu;
const CERT = /(?<![\p{L}])(?:certified|certificate|certification|certificat|zertifikat|zertifiziert|certificado|certificação|certyfikat|certificazione|certificaat|сертификат|认证|证书)/iu;
const STRONG_DEGREE = /(?<![\p{L}])(?:bachelor\p{L}*|b\.?sc|m\.?sc|ph\.?d|mba|master of|master's|masters in|degree|diplom\p{L}*|licenciatura|magister\p{L}*|laurea|abitur|бакалавр\p{L}*|магистр\p{L}*|学士|硕士|博士)(?![\p{L}])/iu;
const SCORE = /^(?:overall\s+)?(?:score|grade|gpa|final grade|note|abschlussnote|mention|nota|calificación|média|ocena|voto|cijfer|оценка|средний балл|成绩|绩点)\s*[:：]\s*(.+)$/iu;
const HONOURS = /(?<![\p{L}])(?:summa cum laude|magna cum laude|cum laude|with distinction|with honou?rs|first class honou?rs|mit auszeichnung|avec mention|con lode|с отличием)(?![\p{L}])/iu;
/** A word every HONOURS match holds (same flags): HONOURS, slow behind its lookbehind, runs only on a text that has one. */
const HONOURS_HINT = /laude|distinction|honou?rs|auszeichnung|mention|lode|отличием/iu;

/** `HONOURS.exec(text)`. */
function honoursIn(text: string): RegExpExecArray | null {
  return HONOURS_HINT.test(text) ? HONOURS.exec(text) : null;
}
const REMOTE = /^(?:remote|fully remote|remote-first|hybrid|on-?site|home ?office|vor ort|télétravail|à distance|remoto|en remoto|zdalnie|praca zdalna|удал[её]нно|удал[её]нная работа|远程)(?![\p{L}])/iu;

/**
 * How many white-space separated words hold a letter or digit (the runs WORD matches). ASCII units are read
 * here; other units are asked of the Unicode patterns, and a text with surrogates is counted by WORD itself.
 */
function words(s: string): number {
  let n = 0;
  let inRun = false;
  let counted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let space: boolean;
    let alnum: boolean;
    if (c < 0x80) {
      space = c === 0x20 || (c >= 0x09 && c <= 0x0d);
      alnum = (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
    } else if (c >= 0xd800 && c <= 0xdfff) {
      return wordsByPattern(s);
    } else {
      SPACE_AT.lastIndex = i;
      space = SPACE_AT.test(s);
      ALNUM_AT.lastIndex = i;
      alnum = !space && ALNUM_AT.test(s);
    }
    if (space) {
      inRun = false;
      continue;
    }
    if (!inRun) {
      inRun = true;
      counted = false;
    }
    if (alnum && !counted) {
      n++;
      counted = true;
    }
  }
  return n;
}

const SPACE_AT = /\s/y;
const ALNUM_AT = /[\p{L}\p{N}]/uy;

function wordsByPattern(s: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.test(s)) n++;
  return n;
}

/** A run of non-space characters holding a letter or digit (what `words` counts, one match per run). */
const WORD = /[^\s\p{L}\p{N}]*[\p{L}\p{N}]\S*/gu;

/** Removes a date match and the separators/brackets it leaves behind. */
function removeDate(text: string, d: DateMatch, plain: string): string {
  const matched = plain.slice(d.index, d.index + d.length);
  const src = text.includes(matched) ? text.replace(matched, ' ') : plain.slice(0, d.index) + ' ' + plain.slice(d.index + d.length);
  return tidy(src);
}

/** Characters the first three rewrites of {@link tidy} need (each needs one of them in the text). */
const TIDY_MARKS = /[()[\]*_,;]/;
/** A character the edge rewrite of {@link tidy} removes at the start, and at the end. */
const TIDY_LEAD = /^[\s,;:|–—\-·•]/;
const TIDY_TAIL = /^[\s,;:|–—\-·•(]$/;

function tidy(s: string): string {
  // (the rewrites only remove text or put a space in its place, so a mark absent at first stays absent)
  if (TIDY_MARKS.test(s)) {
    s = s
      .replace(/\(\s*[,;–—-]?\s*\)|\[\s*\]|\*\*\s*\*\*|(?<!\*)\*\s*\*(?!\*)|_\s*_/g, ' ')
      .replace(/\s+([,;)])/g, '$1')
      .replace(/([,;])(?:\s*[,;])+/g, '$1');
  }
  // the edges are stripped only when the first or the last unit is one the pattern strips there
  if (TIDY_LEAD.test(s) || TIDY_TAIL.test(s.slice(-1))) s = s.replace(/^[\s,;:|–—\-·•]+|[\s,;:|–—\-·•(]+$/gu, '');
  return s.replace(/\s{2,}/g, ' ').trim();
}

function headerOf(units: Unit[]): { head: HeadLine[]; rest: Unit[] } {
  const head: HeadLine[] = [];
  let i = 0;
  for (; i < units.length && head.length < 4; i++) {
    const u = units[i]!;
    if (u.t !== 'heading' && u.t !== 'line') break;
    if (u.plain.length > 300) break;
    const n = words(u.plain);
    const dated = (() => {
      const d = findDateRange(u.plain);
      return d !== undefined && !d.single;
    })();
    if (!dated && /[:：]\s*$/.test(u.plain) && head.length > 0) break;
    if (!dated && n > 16) break;
    if (!dated && head.length > 0 && n >= 3 && /[.!?]\s*$/.test(u.plain) && !/\b(?:inc|ltd|co|corp|s\.a|gmbh|jr|sr)\.$/i.test(u.plain)) break;
    head.push({ text: u.text, plain: u.plain, line: u.line, endLine: u.endLine });
  }
  return { head, rest: units.slice(i) };
}

function bodyOf(units: Unit[], slice: SliceSource): { summary?: string; highlights?: string[]; line?: number; endLine?: number } {
  if (units.length === 0) return {};
  const first = units[0]!.line;
  const last = units[units.length - 1]!.endLine;
  let seenList = false;
  let mixed = false;
  for (const u of units) {
    if (u.t === 'list') seenList = true;
    else if (seenList || u.t === 'heading' || u.t === 'table' || u.t === 'raw') mixed = true;
  }
  if (mixed) return { summary: slice(first, last), line: first, endLine: last };
  const paras: string[] = [];
  let para = -1;
  const highlights: string[] = [];
  for (const u of units) {
    if (u.t === 'line') {
      if (u.para === para && paras.length) paras[paras.length - 1] += `\n${u.text}`;
      else paras.push(u.text);
      para = u.para;
    } else if (u.t === 'list') {
      for (const it of u.items) pushItem(highlights, it);
    }
  }
  const out: { summary?: string; highlights?: string[]; line: number; endLine: number } = { line: first, endLine: last };
  if (paras.length) out.summary = paras.join('\n\n');
  if (highlights.length) out.highlights = highlights;
  return out;
}

function pushItem(out: string[], it: ListItem): void {
  if (it.text) out.push(it.text);
  for (const c of it.children) out.push(c);
}

/**
 * Reads one entry. `units` are the entry's units (one list item or table row in
 * list mode); `kind` says which JSON Resume fields to fill.
 */
export function parseEntry(units: Unit[], kind: SectionKind, slice: SliceSource): ParsedEntry {
  const line = units[0]?.line ?? 0;
  const endLine = units[units.length - 1]?.endLine ?? line;
  let head: HeadLine[];
  let rest: Unit[];
  let itemHighlights: string[] = [];
  const only = units[0];
  if (units.length === 1 && only && only.t === 'list' && only.items.length === 1) {
    const it = only.items[0]!;
    const ls = it.text.split('\n');
    head = [{ text: ls[0] ?? '', plain: toPlainText(ls[0] ?? ''), line: it.line, endLine: it.line }];
    const more = ls.slice(1).join('\n').trim();
    itemHighlights = [...(more ? [more] : []), ...it.children];
    rest = [];
  } else {
    ({ head, rest } = headerOf(units));
  }
  const lines: Record<string, [number, number]> = {};
  const fields: Record<string, unknown> = {};
  // dates: the first range in the header, else the first single date
  let date: DateMatch | undefined;
  let dateAt = -1;
  for (let k = 0; k < head.length; k++) {
    const d = findDateRange(head[k]!.plain);
    if (d && !d.single) {
      date = d;
      dateAt = k;
      break;
    }
    if (d && !date) {
      date = d;
      dateAt = k;
    }
  }
  const texts: HeadLine[] = head.map((h, k) => {
    if (k !== dateAt || !date) return h;
    const text = removeDate(h.text, date, h.plain);
    return { ...h, text, plain: toPlainText(text) };
  }).filter((h) => /[\p{L}\p{N}]/u.test(h.plain));
  let badDate: ParsedEntry['badDate'];
  if (date) {
    const at = head[dateAt]!;
    fields.dateText = at.plain.slice(date.index, date.index + date.length).replace(/^\(|\)$/g, '').trim();
    lines.dateText = [at.line, at.endLine];
    if (kind === 'publications') {
      fields.releaseDate = date.start;
      lines.releaseDate = [at.line, at.endLine];
    } else if (kind === 'awards' || kind === 'certificates') {
      fields.date = date.start;
      lines.date = [at.line, at.endLine];
    } else {
      if (date.start) {
        fields.startDate = date.start;
        lines.startDate = [at.line, at.endLine];
      }
      if (date.end) {
        fields.endDate = date.end;
        lines.endDate = [at.line, at.endLine];
      }
    }
  } else if (kind === 'work' || kind === 'education' || kind === 'volunteer') {
    const h = head.find((x) => /(?:19|20)\d\d|\d{1,2}[./]\d{2,4}/.test(x.plain));
    if (h) badDate = { line: h.line, text: h.plain };
  }
  const extra: HeadLine[] = [];
  const set = (key: string, value: string | undefined, h: HeadLine): void => {
    if (value === undefined || value === '') return;
    if (fields[key] === undefined) {
      fields[key] = value;
      lines[key] = [h.line, h.endLine];
    } else {
      fields[key] = `${String(fields[key])}, ${value}`;
    }
  };
  const urlOf = (h: HeadLine): void => {
    const m = /\]\(\s*(https?:\/\/[^)\s]+)\s*\)|<(https?:\/\/[^>\s]+)>/.exec(h.text);
    if (m && fields.url === undefined) {
      fields.url = m[1] ?? m[2];
      lines.url = [h.line, h.endLine];
    }
  };
  head.forEach(urlOf);
  const [t0, ...tn] = texts;
  if (kind === 'work' || kind === 'volunteer') {
    const orgKey = kind === 'work' ? 'name' : 'organization';
    if (t0) {
      const p = splitTitleLine(t0.text);
      let used = 0;
      set('position', p.title, t0);
      if (p.org) set(orgKey, p.org, t0);
      if (p.location) set('location', p.location, t0);
      for (const h of tn) {
        const w = words(h.plain);
        if (fields[orgKey] === undefined && used === 0 && !REMOTE.test(h.plain) && w <= 8) {
          // "Acme Corp" under "Senior Engineer" (or the other way round)
          if (scoreTitle(h.plain) > scoreTitle(String(fields.position ?? ''))) {
            const pos = String(fields.position ?? '');
            fields.position = h.plain;
            lines.position = [h.line, h.endLine];
            set(orgKey, pos, t0);
          } else set(orgKey, h.plain, h);
          used++;
        } else if (fields.location === undefined && w <= 8 && (REMOTE.test(h.plain) || (/^[\p{Lu}\d]/u.test(h.plain) && !/[.!?]$/.test(h.plain)))) set('location', h.plain, h);
        else extra.push(h);
      }
    }
  } else if (kind === 'education') {
    // "__University__" then "- BSc Physics, first class honours": the degree written as the first bullet
    const firstList = rest[0];
    if (!texts.some((h) => DEGREE.test(h.plain)) && firstList?.t === 'list' && firstList.items.length <= 2 && DEGREE.test(firstList.items[0]?.plain ?? '')) {
      const it = firstList.items[0]!;
      texts.push({ text: it.text, plain: it.plain, line: it.line, endLine: it.endLine });
      rest = firstList.items.length === 1 ? rest.slice(1) : [{ ...firstList, items: firstList.items.slice(1) }, ...rest.slice(1)];
    }
    const cands: Array<HeadLine & { from: number }> = [];
    texts.forEach((h, hi) => {
      const sm = SCORE.exec(h.plain);
      if (sm || (honoursIn(h.plain) && h.plain.replace(HONOURS, '').replace(/[^\p{L}]/gu, '') === '')) {
        set('score', h.plain, h);
        return;
      }
      const paren = /^(.*?\S)\s*\(([^()]+)\)\s*[,.]?$/.exec(h.plain);
      if (paren && DEGREE.test(paren[1] ?? '') && !INSTITUTION.test(paren[1] ?? '')) {
        cands.push({ ...h, plain: paren[1]!, text: paren[1]!, from: hi }, { ...h, plain: paren[2]!, text: paren[2]!, from: hi });
        return;
      }
      const at = /^(.+?)\s+(?:at|@|bei|chez|presso|bij|в)\s+(.+)$/iu.exec(h.plain);
      const strong = /\s[|｜–—]\s|\s-\s|｜/u.test(h.plain);
      const cjkSpaced = !strong && !/[,，、]/.test(h.plain) && /[\u3400-\u9fff]\s+[\u3400-\u9fff]/u.test(h.plain);
      const pieces = strong ? h.plain.split(/\s*[|｜]\s*|\s+[–—-]\s+/u) : cjkSpaced ? h.plain.split(/\s+/) : h.plain.split(/\s*[,，、]\s*/u);
      const parts = (at && INSTITUTION.test(at[2] ?? '') ? [at[1]!, at[2]!] : pieces).map((x) => x.trim()).filter(Boolean);
      if (parts.length > 1 && parts.some((x) => INSTITUTION.test(x) || DEGREE.test(x))) {
        for (const x of parts) cands.push({ ...h, plain: x, text: x, from: hi });
      } else cands.push({ ...h, from: hi });
    });
    const inst = cands.find((c) => INSTITUTION.test(c.plain) && !DEGREE.test(c.plain)) ?? cands.find((c) => INSTITUTION.test(c.plain));
    const deg = cands.find((c) => c !== inst && DEGREE.test(c.plain));
    let rest2 = cands.filter((c) => c !== inst && c !== deg);
    let instH = inst;
    let degH = deg;
    if (!instH && !degH) {
      degH = rest2.shift();
      instH = rest2.shift();
    } else if (!instH) instH = rest2.shift();
    else if (!degH) degH = rest2.shift();
    if (instH) set('institution', instH.plain, instH);
    if (degH) {
      const hon = honoursIn(degH.plain);
      let study = degH.plain;
      if (hon) {
        set('score', hon[0], degH);
        study = tidy(study.replace(hon[0], ' '));
      }
      const comma = /^([^,]+?),\s+(.+)$/.exec(study);
      if (comma && DEGREE.test(comma[1]!) && words(comma[2]!) <= 6) {
        set('studyType', comma[1], degH);
        set('area', comma[2], degH);
      } else set('studyType', study, degH);
      // the rest of the degree's own line is its field of study ("BS in X, Electrical Engineering – Cum Laude")
      const same = rest2.filter((c) => c.from === degH!.from && c.line === degH!.line && words(c.plain) <= 6);
      for (const c of same) {
        const h2 = honoursIn(c.plain);
        if (h2 && c.plain.replace(HONOURS, '').replace(/[^\p{L}]/gu, '') === '') set('score', c.plain, c);
        else set('area', c.plain, c);
      }
      rest2 = rest2.filter((c) => !same.includes(c));
    }
    extra.push(...rest2);
  } else if (kind === 'projects') {
    if (t0) {
      // "**Name** — what it is", "Name: what it is", "Name | role"
      const em = /^(\*\*|__|\*|_)(.+?)\1\s*(?:[:：|–—-]\s*|,\s*)?(.*)$/su.exec(t0.text);
      const sep = /^(.{1,60}?)(?:\s+[–—|-]\s+|[:：]\s+)(.+)$/su.exec(t0.text);
      const m: [string, string] | undefined = em && em[3] !== undefined ? [em[2] ?? '', em[3]] : sep ? [sep[1] ?? '', sep[2] ?? ''] : undefined;
      if (m && toPlainText(m[0]).split(/\s+/).length <= 8) {
        set('name', toPlainText(m[0]), t0);
        if (toPlainText(m[1])) extra.unshift({ ...t0, text: m[1].trim(), plain: toPlainText(m[1]) });
      } else set('name', t0.plain, t0);
    }
    extra.push(...tn);
  } else if (kind === 'publications') {
    const q = t0 ? /^[“"«„](.+?)[”"»“][.,]?\s*(.*)$/u.exec(t0.plain) : null;
    const c = t0 && !tn[0] && !q ? /^(.+?),\s+(.+)$/u.exec(t0.plain) : null;
    if (q && t0) {
      set('name', q[1], t0);
      if (q[2]) set('publisher', tidy(q[2]), t0);
    } else if (c && t0) {
      set('name', c[1], t0);
      set('publisher', c[2], t0);
    } else if (t0) set('name', t0.plain, t0);
    if (tn[0]) set('publisher', tn[0].plain, tn[0]);
    extra.push(...tn.slice(1));
  } else if (kind === 'awards' || kind === 'certificates') {
    const [nameKey, byKey] = kind === 'awards' ? ['title', 'awarder'] : ['name', 'issuer'];
    if (t0) {
      const m = /^(.+?)(?:,\s+|\s+[–—-]\s+|\s+\|\s+|\s+(?:by|from|von|de|par|przez|da|door|от)\s+)(.+)$/u.exec(t0.plain);
      if (m) {
        set(nameKey, m[1], t0);
        set(byKey, m[2], t0);
      } else set(nameKey, t0.plain, t0);
    }
    for (const h of tn) {
      if (fields[byKey] === undefined && words(h.plain) <= 6) set(byKey, h.plain, h);
      else extra.push(h);
    }
  } else if (kind === 'references') {
    if (t0) set('name', t0.plain, t0);
    extra.push(...tn);
  } else {
    extra.push(...texts);
  }
  const body = bodyOf(rest, slice);
  const summaryKey = kind === 'projects' ? 'description' : kind === 'references' ? 'reference' : 'summary';
  const summaryParts = [...extra.map((h) => h.text), ...(body.summary ? [body.summary] : [])];
  if (summaryParts.length) {
    fields[summaryKey] = summaryParts.join('\n\n');
    lines[summaryKey] = [extra[0]?.line ?? body.line ?? line, body.endLine ?? extra[extra.length - 1]?.endLine ?? line];
  }
  const highlights = [...itemHighlights, ...(body.highlights ?? [])];
  if (highlights.length) {
    if (kind === 'awards' || kind === 'certificates' || kind === 'publications' || kind === 'references') {
      const key = kind === 'certificates' ? 'summary' : summaryKey;
      fields[key] = [fields[key], ...highlights.map((h) => `- ${h}`)].filter(Boolean).join('\n');
    } else if (kind === 'education') {
      fields.courses = highlights;
      lines.courses = [body.line ?? line, body.endLine ?? endLine];
    } else {
      fields.highlights = highlights;
      lines.highlights = [body.line ?? line, body.endLine ?? endLine];
    }
  }
  return { kind, fields, lines, line, endLine, ...(badDate ? { badDate } : {}) };
}

/** True when an education entry's text is really a certificate ("Certified Scrum Master, May 2010"). */
export function looksLikeCertificate(units: Unit[]): boolean {
  const u = units[0];
  if (!u) return false;
  const text = u.t === 'list' ? (u.items[0]?.plain ?? '') : u.t === 'heading' || u.t === 'line' ? u.plain : '';
  if (!CERT.test(text) || STRONG_DEGREE.test(text)) return false;
  const d = findDateRange(text);
  return !d || d.single;
}
