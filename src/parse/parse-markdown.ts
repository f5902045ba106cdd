// Free-form Markdown CV → JSON Resume model: front matter, name and contacts, classified sections, entries, generic sections, warnings and provenance.
import type { ExplainEntry, ParseResult } from '../model/parse-result.js';
import type { Basics, GenericSection, Meta, Resume } from '../model/types.js';
import { createWarning, type CvWarning } from '../model/warning.js';
import { buildUnits, type Unit } from './markdown/build-units.js';
import { classifySection } from './markdown/classify-section.js';
import { extractContacts, isContactLabel, type ContactFind } from './markdown/extract-contacts.js';
import { findDateRange } from './markdown/find-date-range.js';
import { checkModel } from './markdown/check-model.js';
import { looksLikeCertificate, parseEntry, type ParsedEntry } from './markdown/parse-entry.js';
import { parseInterests } from './markdown/parse-interests.js';
import { parseLanguages } from './markdown/parse-languages.js';
import { parseSkills } from './markdown/parse-skills.js';
import type { SectionKind } from './markdown/section-synonyms.js';
import { isDateLine, segmentEntries } from './markdown/segment-entries.js';
import { withParseMemo } from './markdown/parse-memo.js';
import { splitFrontMatter } from './markdown/split-front-matter.js';
import { toPlainText } from './markdown/to-plain-text.js';
import { scoreTitle } from './markdown/score-title.js';

/** Options for {@link parseMarkdown}. */
export interface ParseMarkdownOptions {
  /** The file name, for warnings and errors. */
  file?: string;
}

type Kind = SectionKind | 'header' | 'generic';

interface Section {
  kind: Kind;
  title: string;
  level: number;
  heading?: Unit;
  units: Unit[];
  lang?: string;
}

const ENTRY_KINDS = new Set<Kind>(['work', 'volunteer', 'education', 'projects', 'publications', 'awards', 'certificates', 'references']);
const BASICS_KEYS = ['name', 'label', 'image', 'email', 'phone', 'url', 'summary', 'location', 'profiles', 'timezone'];
const META_KEYS = ['theme', 'lang', 'format', 'maxPages'];
const DOCTITLE_PREFIX = /^(?:curriculum vitae|cv|résumé|resume|lebenslauf|currículum|currículo|życiorys|резюме)\s*(?:[-–—:|]|of)\s*/iu;

function looksLikeName(plain: string): boolean {
  if (!plain || plain.length > 60 || /[\d@:/]/.test(plain)) return false;
  if (/^[\u3400-\u9fff]{2,4}$/u.test(plain)) return true;
  const ws = plain.split(/\s+/);
  return ws.length >= 2 && ws.length <= 5 && ws.every((w) => /^[\p{Lu}][\p{L}'’.\-]*$/u.test(w) || /^(?:von|van|de|da|der|den|del|la|le|di|du|dos|das|y|zu)$/.test(w));
}

/**
 * Parses a Markdown CV (optional YAML front matter) into the résumé model.
 * Never throws on any Markdown; throws {@link MalformedError} only for broken front matter.
 */
export function parseMarkdown(text: string, options: ParseMarkdownOptions = {}): ParseResult {
  return withParseMemo(() => parse(text, options));
}

function parse(text: string, options: ParseMarkdownOptions): ParseResult {
  const file = options.file;
  const warnings: CvWarning[] = [];
  const explain: ExplainEntry[] = [];
  const warn = (code: string, message: string, line?: number): void => {
    warnings.push(createWarning(code, message, line, file));
  };
  const note = (line: number, endLine: number, field: string): void => {
    explain.push({ line, endLine: Math.max(line, endLine), field });
  };
  const unmarked = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const src = unmarked.includes('\r') ? unmarked.replace(/\r\n?/g, '\n') : unmarked;
  const fm = splitFrontMatter(src, file);
  if (fm.warnings) warnings.push(...fm.warnings);
  const srcLines = src.split('\n');
  const slice = (from: number, to: number): string =>
    srcLines
      .slice(from - 1, to)
      // fenced-div lines and setext underlines go (each test only when its marks occur)
      .filter((l) => !(l.includes(':::') && /^[ \t]*:::/.test(l)) && !((l.includes('=') || l.includes('-')) && /^\s{0,3}(?:=+|-+)\s*$/.test(l)))
      .map((l) => (l.includes('#') ? l.replace(/^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/, (_m, t: string) => `**${t.replace(/^\*\*(.*)\*\*$/, '$1')}**`) : l))
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();

  const units = promoteSectionLines(buildUnits(fm.body, fm.lineOffset));
  const resume: Resume = {};
  const basics: Basics = {};
  const meta: Meta = {};
  const docTitles: string[] = [];
  const sectionTitles: Record<string, string> = {};

  // --- name: the first heading (or a name-like first line), skipping "Curriculum Vitae" titles
  let i = 0;
  for (; i < units.length; i++) {
    const u = units[i]!;
    if ((u.t === 'heading' || u.t === 'line') && classifySection(u.plain)?.kind === 'doctitle') {
      docTitles.push(u.plain);
      note(u.line, u.endLine, '/meta/documentTitle');
      continue;
    }
    break;
  }
  const first = units[i];
  if (first && (first.t === 'heading' || first.t === 'line') && !classifySection(first.plain) && !isDateLine(first)) {
    let plain = first.plain;
    const pre = DOCTITLE_PREFIX.exec(plain);
    if (pre) {
      docTitles.push(pre[0].replace(/[\s\-–—:|]+$/, ''));
      plain = plain.slice(pre[0].length);
    }
    const parts = plain.split(/\s+[—–|]\s+|\s+-\s+/);
    if (first.t === 'heading' || looksLikeName(parts[0] ?? '')) {
      basics.name = (parts[0] ?? plain).trim();
      note(first.line, first.endLine, '/basics/name');
      if (parts.length > 1) {
        basics.label = parts.slice(1).join(' — ').trim();
        note(first.line, first.endLine, '/basics/label');
      }
      i++;
    }
  }
  while (i < units.length) {
    const u = units[i]!;
    if ((u.t === 'heading' || u.t === 'line') && classifySection(u.plain)?.kind === 'doctitle') {
      docTitles.push(u.plain);
      note(u.line, u.endLine, '/meta/documentTitle');
      i++;
    } else break;
  }

  // --- are heading levels noise? (a date-range heading as high as the section headings)
  let noisy = false;
  {
    let secLevel = 0;
    for (let k = i; k < units.length && !noisy; k++) {
      const u = units[k]!;
      if (u.t !== 'heading') continue;
      const c = classifySection(u.plain);
      if (c && c.kind !== 'doctitle') secLevel = u.level;
      else if (secLevel && u.level <= secLevel && isDateLine(u)) noisy = true;
    }
  }

  // --- sections
  const sections: Section[] = [];
  let cur: Section = { kind: 'header', title: '', level: 0, units: [] };
  sections.push(cur);
  const open = (kind: Kind, u: Extract<Unit, { t: 'heading' }>, lang?: string, level = u.level): void => {
    cur = { kind, title: u.plain.replace(/[:：]\s*$/, ''), level, heading: u, units: [], ...(lang ? { lang } : {}) };
    sections.push(cur);
  };
  for (; i < units.length; i++) {
    const u = units[i]!;
    if (u.t !== 'heading') {
      cur.units.push(u);
      continue;
    }
    const cls = classifySection(u.plain);
    const colon = /[:：]\s*$/.test(u.plain);
    const dated = isDateLine(u);
    if (cls?.kind === 'doctitle') {
      docTitles.push(u.plain);
      note(u.line, u.endLine, '/meta/documentTitle');
      continue;
    }
    if (cur.kind === 'header') {
      if (cls) open(cls.kind, u, cls.lang);
      else if (/@|https?:|www\.|\+?\d[\d\s().-]{6,}\d/.test(u.plain)) cur.units.push(u);
      else if (!dated && cur.units.length === 0 && basics.label === undefined && basics.name !== undefined && u.plain.split(/\s+/).length <= 10) {
        basics.label = u.plain;
        note(u.line, u.endLine, '/basics/label');
      } else if (dated) cur.units.push(u);
      else open('generic', u);
      continue;
    }
    const entryKind = ENTRY_KINDS.has(cur.kind);
    if (colon && entryKind) {
      cur.units.push(u);
      continue;
    }
    if (cls) {
      if (noisy || u.level <= cur.level) open(cls.kind, u, cls.lang);
      else if (entryKind) cur.units.push(u);
      else open(cls.kind, u, cls.lang, cur.level);
      continue;
    }
    if (dated) {
      cur.units.push(u);
      continue;
    }
    if (noisy) {
      if (entryKind || cur.kind === 'skills' || cur.kind === 'generic') cur.units.push(u);
      else open('generic', u);
      continue;
    }
    if (u.level <= cur.level) open('generic', u);
    else cur.units.push(u);
  }

  // --- read each section
  const summaries: Array<{ text: string; line: number; endLine: number }> = [];
  const generic: GenericSection[] = [];
  const entries: ParsedEntry[] = [];
  const langVotes = new Map<string, number>();
  let phoneLabelProblem: { text: string; line: number } | undefined;
  const contactFinds = (c: ContactFind, u: { line: number; endLine: number }): void => {
    if (c.email && !basics.email) {
      basics.email = c.email;
      note(u.line, u.endLine, '/basics/email');
    }
    if (c.phone && !basics.phone) {
      basics.phone = c.phone;
      note(u.line, u.endLine, '/basics/phone');
    }
    if (c.notPhone && !phoneLabelProblem) phoneLabelProblem = { text: c.notPhone, line: u.line };
    for (const url of c.urls) {
      if (!basics.url) {
        basics.url = url;
        note(u.line, u.endLine, '/basics/url');
      } else {
        basics.profiles ??= [];
        basics.profiles.push({ network: 'Website', url });
        note(u.line, u.endLine, `/basics/profiles/${basics.profiles.length - 1}`);
      }
    }
    for (const p of c.profiles) {
      basics.profiles ??= [];
      if (basics.profiles.some((q) => q.url && q.url === p.url)) continue;
      basics.profiles.push(p);
      note(u.line, u.endLine, `/basics/profiles/${basics.profiles.length - 1}`);
    }
    if (c.location && !basics.location) {
      const [city, ...more] = c.location.split(/,\s*/);
      basics.location = { city: city ?? c.location, ...(more.length ? { region: more.join(', ') } : {}) };
      if (/[\d]/.test(c.location) || more.length > 1) basics.location = { address: c.location, city: city ?? c.location };
      note(u.line, u.endLine, '/basics/location');
    }
    if (c.timezone && !basics.timezone) {
      basics.timezone = c.timezone;
      note(u.line, u.endLine, '/basics/timezone');
    }
  };
  /** Reads contact details out of a header or contact section; returns what was not contact as Markdown blocks. */
  const readContacts = (us: Unit[], allowLabel: boolean): Array<{ text: string; line: number; endLine: number }> => {
    const rest: Array<{ text: string; line: number; endLine: number; para?: number }> = [];
    let seenContent = false;
    for (const u of us) {
      if (u.t === 'line' || u.t === 'heading') {
        const c = extractContacts(u.text);
        const foundAny = c.email || c.phone || c.urls.length || c.profiles.length || c.timezone || (c.location && !c.rest);
        contactFinds(c, u);
        if (c.rest && u.t === 'line') {
          // "Software Engineer · San Francisco, CA · email": a label and a place between the contact details
          const segs = c.rest.split(/\s+[·|•]\s+/u);
          if (segs.length > 1 || foundAny) {
            const kept = segs.filter((seg, k) => {
              const p = toPlainText(seg).replace(/^[^\p{L}\p{N}]+/u, '');
              if (!p) return false;
              if (k === 0 && allowLabel && basics.label === undefined && scoreTitle(p) > 0 && p.split(/\s+/).length <= 6) {
                basics.label = p;
                note(u.line, u.endLine, '/basics/label');
                return false;
              }
              const loc = basics.location as { city?: string; address?: string } | undefined;
              if (loc && c.location && (p === c.location || (loc.city && p.startsWith(loc.city) && p.length <= c.location.length + 2))) return false;
              if (!basics.location && /^[\p{Lu}][\p{L}.'\- ]{1,30},\s*[\p{Lu}][\p{L}.'\- ]{1,30}$/u.test(p)) {
                const [city, region] = p.split(/,\s*/);
                basics.location = { city: city!, region: region! };
                note(u.line, u.endLine, '/basics/location');
                return false;
              }
              return true;
            });
            c.rest = kept.join(' · ');
          }
        }
        if (c.rest) {
          const short = c.rest.length < 80 && toPlainText(c.rest).split(/\s+/).length <= 8 && !/[.!?]$/.test(c.rest) && !/\d/.test(c.rest);
          if (allowLabel && !seenContent && !foundAny && basics.label === undefined && short && u.t === 'line') {
            basics.label = toPlainText(c.rest);
            note(u.line, u.endLine, '/basics/label');
          } else {
            const prev = rest[rest.length - 1];
            if (prev && u.t === 'line' && prev.para === u.para) {
              prev.text += `\n${c.rest}`;
              prev.endLine = u.endLine;
            } else rest.push({ text: u.t === 'heading' ? `**${c.rest}**` : c.rest, line: u.line, endLine: u.endLine, ...(u.t === 'line' ? { para: u.para } : {}) });
          }
        }
        seenContent = true;
      } else if (u.t === 'list') {
        const items: string[] = [];
        for (const it of u.items) {
          const c = extractContacts(it.text.replace(/\n/g, ' '));
          contactFinds(c, it);
          if (c.rest) items.push(`- ${c.rest}`);
          for (const ch of it.children) {
            const cc = extractContacts(ch);
            contactFinds(cc, it);
            if (cc.rest) items.push(`  - ${cc.rest}`);
          }
        }
        if (items.length) rest.push({ text: items.join('\n'), line: u.line, endLine: u.endLine });
        seenContent = true;
      } else if (u.t === 'table') {
        const cells: string[] = [];
        for (const [k, r] of u.rows.entries()) {
          if (k === 0 && r.every((cell) => !cell.trim() || isContactLabel(cell))) continue;
          const kept: string[] = [];
          for (const cell of r) {
            const c = extractContacts(cell);
            contactFinds(c, u);
            if (c.rest) kept.push(c.rest);
          }
          if (kept.length) cells.push(kept.join(' · '));
        }
        if (cells.length) rest.push({ text: cells.join('\n\n'), line: u.line, endLine: u.endLine });
        seenContent = true;
      } else {
        // an HTML block (e.g. <div><a href="mailto:…">…</a> | <a href="…">…</a></div>): read its links and text
        const plainLines = u.raw
          .replace(/<a\s[^>]*href\s*=\s*["']([^"']+)["'][^>]*>([\s\S]*?)<\/a>/gi, (_m, href: string, label: string) => {
            const l = label.replace(/<[^>]*>/g, '').trim();
            const bare = href.replace(/^mailto:|^tel:/i, '').replace(/^https?:\/\/(?:www\.)?/i, '').replace(/\/$/, '');
            const target = /^(?:mailto|tel):/i.test(href) ? href.replace(/^(?:mailto|tel):/i, '') : href;
            return l && l.toLowerCase() !== bare.toLowerCase() && !href.toLowerCase().includes(l.toLowerCase()) ? `${l} ${target}` : target;
          })
          .replace(/<[^>]*>/g, ' ')
          .split('\n');
        const kept: string[] = [];
        for (const pl of plainLines) {
          if (!pl.trim()) continue;
          const c = extractContacts(pl.trim().replace(/^tel:/i, ''));
          contactFinds(c, u);
          if (c.rest) kept.push(c.rest);
        }
        if (kept.length) rest.push({ text: kept.join('\n'), line: u.line, endLine: u.endLine });
        seenContent = true;
      }
    }
    return rest;
  };
  let sectionIndex = 0;
  const sectionOrder: string[] = [];
  const addGeneric = (title: string, markdown: string, line: number, endLine: number): void => {
    if (!markdown.trim() && !title.trim()) return;
    const g: GenericSection = { title, order: sectionIndex };
    if (markdown.trim()) g.markdown = markdown;
    generic.push(g);
    note(line, endLine, `/sections/${generic.length - 1}`);
  };
  const bodyRange = (s: Section): [number, number] | undefined => {
    if (!s.units.length) return undefined;
    return [s.units[0]!.line, s.units[s.units.length - 1]!.endLine];
  };

  sections.forEach((s, order) => {
    sectionIndex = order;
    if (s.kind !== 'header' && s.kind !== 'contact') {
      const key = s.kind === 'generic' ? `sections/${generic.length}` : s.kind === 'summary' ? 'basics/summary' : s.kind;
      if (!sectionOrder.includes(key)) sectionOrder.push(key);
    }
    if (s.lang) langVotes.set(s.lang, (langVotes.get(s.lang) ?? 0) + 1);
    if (s.kind !== 'header' && s.kind !== 'generic' && s.title) {
      sectionTitles[s.kind] = sectionTitles[s.kind] ? `${sectionTitles[s.kind]} / ${s.title}` : s.title;
    }
    const range = bodyRange(s);
    switch (s.kind) {
      case 'header': {
        const rest = readContacts(s.units, true);
        for (const r of rest) summaries.push(r);
        break;
      }
      case 'contact': {
        const rest = readContacts(s.units, false);
        if (rest.length) addGeneric(s.title, rest.map((r) => r.text).join('\n\n'), rest[0]!.line, rest[rest.length - 1]!.endLine);
        break;
      }
      case 'summary':
        if (range) summaries.push({ text: slice(range[0], range[1]), line: range[0], endLine: range[1] });
        break;
      case 'skills': {
        resume.skills ??= [];
        for (const f of parseSkills(s.units, s.title)) {
          resume.skills.push(f.skill);
          note(f.line, f.endLine, `/skills/${resume.skills.length - 1}`);
        }
        break;
      }
      case 'languages': {
        resume.languages ??= [];
        for (const f of parseLanguages(s.units)) {
          resume.languages.push(f.language);
          note(f.line, f.endLine, `/languages/${resume.languages.length - 1}`);
        }
        break;
      }
      case 'interests': {
        resume.interests ??= [];
        for (const f of parseInterests(s.units)) {
          resume.interests.push(f.interest);
          note(f.line, f.endLine, `/interests/${resume.interests.length - 1}`);
        }
        break;
      }
      case 'generic':
        addGeneric(s.title, range ? slice(range[0], range[1]) : '', s.heading?.line ?? range?.[0] ?? 1, range?.[1] ?? s.heading?.endLine ?? 1);
        break;
      case 'doctitle':
        break;
      default: {
        const seg = segmentEntries(s.units, noisy);
        if (seg.intro.length) {
          const a = seg.intro[0]!.line;
          const b = seg.intro[seg.intro.length - 1]!.endLine;
          addGeneric(s.title, slice(a, b), a, b);
        }
        for (const e of seg.entries) {
          const expanded = e.length === 1 && e[0]!.t === 'table' ? tableEntries(e[0]!) : [e];
          for (const ex of expanded) {
            const kind: SectionKind = s.kind === 'education' && looksLikeCertificate(ex) ? 'certificates' : (s.kind as SectionKind);
            const head = ex[0];
            const roles = ex.slice(1).filter(isDateLine);
            if (seg.mode === 'headings' && head?.t === 'heading' && !isDateLine(head) && roles.length >= 2 && (kind === 'work' || kind === 'volunteer')) {
              // one organisation heading, several dated roles under it
              const sub = segmentEntries(ex.slice(1), true);
              if (sub.intro.length) entries.push(parseEntry([head, ...sub.intro], kind, slice));
              for (const r of sub.entries) {
                const e = parseEntry(r, kind, slice);
                const orgKey = kind === 'work' ? 'name' : 'organization';
                if (e.fields[orgKey] === undefined) {
                  e.fields[orgKey] = head.plain;
                  e.lines[orgKey] = [head.line, head.endLine];
                } else if (e.fields.position === undefined) {
                  e.fields.position = e.fields[orgKey];
                  e.fields[orgKey] = head.plain;
                } else {
                  e.fields.location ??= head.plain;
                }
                entries.push(e);
              }
              continue;
            }
            entries.push(parseEntry(ex, kind, slice));
          }
        }
      }
    }
    void order;
  });

  // --- place entries into the model
  for (const e of entries) {
    const key = e.kind as 'work';
    const list = ((resume as Record<string, unknown>)[key] ??= []) as Array<Record<string, unknown>>;
    list.push(e.fields);
    const idx = list.length - 1;
    note(e.line, e.endLine, `/${key}/${idx}`);
    for (const f in e.lines) note(e.lines[f]![0], e.lines[f]![1], `/${key}/${idx}/${f}`);
    if (e.badDate) warn('bad-date', `could not read the dates in "${e.badDate.text}"; write them like "May 2019 – June 2021" or "2019-05 – 2021-06".`, e.badDate.line);
  }
  if (summaries.length) {
    basics.summary = summaries.map((x) => x.text).join('\n\n');
    note(summaries[0]!.line, summaries[summaries.length - 1]!.endLine, '/basics/summary');
  }

  // --- front matter: meta keys, then basics overrides
  if (fm.data) {
    const d = fm.data;
    for (const [k, v] of Object.entries(d)) {
      if (META_KEYS.includes(k)) meta[k] = k === 'maxPages' && typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v;
      else if (BASICS_KEYS.includes(k)) {
        if (basics[k] !== undefined && JSON.stringify(basics[k]) !== JSON.stringify(v)) ((meta.overridden ??= {}) as Record<string, unknown>)[k] = basics[k];
        basics[k] = k === 'location' && typeof v === 'string' ? { city: v } : v;
      }
      else if (k === 'basics' && v && typeof v === 'object' && !Array.isArray(v)) Object.assign(basics, v);
      else if (k === 'meta' && v && typeof v === 'object' && !Array.isArray(v)) Object.assign(meta, v);
      else meta[k] = v;
      note(1, fm.lineOffset, BASICS_KEYS.includes(k) ? `/basics/${k}` : k === 'basics' ? '/basics' : `/meta/${k}`);
    }
  }
  if (Object.keys(basics).length) resume.basics = basics;
  (['work', 'volunteer', 'education', 'awards', 'certificates', 'publications', 'skills', 'languages', 'interests', 'references', 'projects'] as const).forEach((k) => {
    const v = resume[k];
    if (Array.isArray(v) && v.length === 0) delete resume[k];
  });
  if (generic.length) resume.sections = generic;
  if (docTitles.length) meta.documentTitle = docTitles.join(' / ');
  if (Object.keys(sectionTitles).length) meta.sectionTitles = sectionTitles;
  if (sectionOrder.length) meta.sectionOrder = sectionOrder;
  let best: [string, number] | undefined;
  for (const [l, n] of langVotes) if (!best || n > best[1]) best = [l, n];
  if (best && best[1] >= 2 && [...langVotes.values()].filter((n) => n === best![1]).length === 1) meta.detectedLang = best[0];
  else if (/[\u3400-\u9fff]/u.test(fm.body.slice(0, 5000)) && (langVotes.get('zh') ?? 0) >= 1) meta.detectedLang = 'zh';
  if (Object.keys(meta).length) resume.meta = meta;

  // --- warnings
  if (phoneLabelProblem && !basics.phone) warn('not-a-phone', `'${phoneLabelProblem.text}' is not a phone number; write the number (e.g. +48 790 467 660) or remove the line.`, phoneLabelProblem.line);
  if (!basics.email && !basics.phone) warn('no-contact', 'no email address and no phone number found; add them near the top of the CV.', 1);
  warnings.push(...checkModel(resume, src, sections.map((s) => ({ kind: s.kind, title: s.title, line: s.heading?.line ?? s.units[0]?.line ?? 1, units: s.units })), file));
  void findDateRange;
  explain.sort((a, b) => a.line - b.line || a.endLine - b.endLine || (a.field < b.field ? -1 : a.field > b.field ? 1 : 0));
  return { resume, warnings, explain, kind: 'markdown' };
}

const ROLE_TITLE = /position|title|role|job|poste|fonction|puesto|cargo|stanowisko|funzione|ruolo|functie|должность|职位|degree|abschluss|diplôme|diploma|título|titulo|grau|stopień|titolo|studi|opleiding|степень|学位|专业|tätigkeit/i;
const ROLE_ORG = /company|employer|organi[sz]ation|firma|unternehmen|arbeitgeber|entreprise|société|employeur|empresa|pracodawca|azienda|bedrijf|werkgever|компания|организация|公司|单位|institution|school|university|hochschule|universität|école|établissement|universidad|universidade|escola|uczelnia|università|instelling|вуз|учебное|学校|institute|where/i;
const ROLE_LOC = /location|^ort$|standort|lieu|ville|ubicación|ciudad|local|cidade|miejsce|luogo|città|plaats|город|地点|城市/i;
const ROLE_DATE = /date|period|when|zeitraum|von|dates|période|periodo|período|fecha|okres|data|periode|период|даты|时间|year|jahr|année|año|ano|rok|anno|jaar|год/i;

/** Turns a table's rows into one synthetic entry each: "title | org | location | dates", then the other cells as text. */
function tableEntries(u: Extract<Unit, { t: 'table' }>): Unit[][] {
  const rows = u.rows;
  if (rows.length === 0) return [];
  const head = rows[0]!.map(toPlainText);
  const roles = head.map((h) => (ROLE_DATE.test(h) ? 'date' : ROLE_TITLE.test(h) ? 'title' : ROLE_ORG.test(h) ? 'org' : ROLE_LOC.test(h) ? 'loc' : undefined));
  const hasHeader = roles.filter(Boolean).length >= 1 && !head.some((h) => findDateRange(h));
  const data = hasHeader ? rows.slice(1) : rows;
  const out: Unit[][] = [];
  data.forEach((r, k) => {
    const cells = r.map((c) => c.trim());
    const pick = (role: string): string[] => cells.filter((_c, j) => roles[j] === role && hasHeader);
    let title = pick('title');
    let org = pick('org');
    const loc = pick('loc');
    let date = pick('date');
    const others = cells.filter((_c, j) => !hasHeader || !roles[j]);
    let free = others;
    if (!date.length) {
      const j = free.findIndex((c) => findDateRange(toPlainText(c)));
      if (j >= 0) {
        date = [free[j]!];
        free = free.filter((_c, x) => x !== j);
      }
    }
    if (!title.length && !org.length) {
      const short = free.filter((c) => toPlainText(c).split(/\s+/).length <= 8);
      title = short.slice(0, 1);
      org = short.slice(1, 2);
      free = free.filter((c) => !title.includes(c) && !org.includes(c));
    }
    const headText = [...title, ...org, ...loc].filter(Boolean).join(' | ');
    const line = u.line + k + (hasHeader ? 2 : 0);
    const us: Unit[] = [];
    const para = 1_000_000 + line;
    if (headText) us.push({ t: 'line', text: headText, plain: toPlainText(headText), line, endLine: line, para });
    if (date.length) us.push({ t: 'line', text: date.join(' – '), plain: toPlainText(date.join(' – ')), line, endLine: line, para });
    for (const f of free) if (toPlainText(f)) us.push({ t: 'line', text: f.replace(/<br\s*\/?>/gi, ' '), plain: toPlainText(f), line, endLine: line, para: para + 0.5 });
    if (us.length) out.push(us);
  });
  return out;
}

/**
 * A paragraph of one bold or ALL-CAPS line that names a section ("**EXPERIENCE**",
 * "BERUFSERFAHRUNG") is a section heading written without `#`.
 */
function promoteSectionLines(units: Unit[]): Unit[] {
  const levels = units.filter((u) => u.t === 'heading' && classifySection(u.plain)).map((u) => (u as { level: number }).level);
  const level = levels.length ? Math.min(...levels.slice(0, 50)) : 2;
  return units.map((u, k) => {
    if (u.t !== 'line' || u.plain.length > 60) return u;
    const prev = units[k - 1];
    const next = units[k + 1];
    if ((prev?.t === 'line' && prev.para === u.para) || (next?.t === 'line' && next.para === u.para)) return u;
    const bold = /^\s*(\*\*|__)[^*_]+\1\s*$/.test(u.text);
    // (a line with an ASCII lower-case letter is never its own upper case: skip toUpperCase for it)
    const caps = /\p{Lu}/u.test(u.plain) && !/[a-z]/.test(u.plain) && u.plain === u.plain.toUpperCase() && /\p{L}{3}/u.test(u.plain);
    if (!bold && !caps) return u;
    if (/[:：]\s*$/.test(u.plain)) return u;
    const c = classifySection(u.plain);
    if (!c || c.kind === 'doctitle') return u;
    return { t: 'heading', level, text: u.text, plain: u.plain, line: u.line, endLine: u.endLine };
  });
}
