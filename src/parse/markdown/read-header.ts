// Pass: reads who the person is and how to reach them: name (best-scored candidate), label, email, phone, links, place, and the header's text as summary.
import { readIntroName } from './read-intro-name.js';
import { pushAll } from './push-all.js';
import { wordClasses } from './score-segment.js';
import { namesJobAtPlace } from './names-job-at-place.js';
import { dropLeadingIcons } from './drop-leading-icons.js';
import type { Basics } from '../../model/types.js';
import { bestName, cleanName, scoreName, titleParts, type NameCandidate } from './find-name.js';
import type { FieldLabel } from './lexicon-index.js';
import { noteField } from './note-field.js';
import type { Line, ParseState, Section } from './parse-types.js';
import { findDomains, findEmails, findPhones } from './read-contacts.js';
import { lineContacts } from './line-contacts.js';
import { trimChars } from './trim-chars.js';
import { fieldLabelOf } from './field-label-of.js';
import { cutParenTail } from './cut-paren-tail.js';
import { classifyHeadingIn } from './classify-heading-in.js';
import { recall } from './recall.js';
import { lineDates } from './line-dates.js';
import { splitOutsideBrackets } from './split-outside-brackets.js';

/**
 * A "Label: value" line's label kind and value (also "| Label | value |" rows and "Label" / ": value" definitions).
 * Read once per parse for each line (a term is read with the definition after it, when that is passed).
 */
export function labelled(state: ParseState, line: Line, next?: Line): { label: FieldLabel; value: string } | undefined {
  if (line.kind === 'term' && next?.kind === 'def') return readLabelled(state, line, next);
  return recall(state, 'labelled', line, (l) => readLabelled(state, l, undefined));
}

/** "名前 Kensuke Abe/安部健介": a field label in Han or kana, then a space and the value (no colon). */
function spacedCjkLabel(state: ParseState, plain: string): { label: FieldLabel; value: string } | undefined {
  const m = /^([\u3040-\u30ff\u3400-\u9fff]{2,6})[ \u3000]+(\S.*)$/u.exec(plain);
  const field = m ? fieldLabelOf(state, m[1]!) : undefined;
  return field && m ? { label: field, value: m[2]!.trim() } : undefined;
}

/** {@link labelled}, read afresh. */
function readLabelled(state: ParseState, line: Line, next: Line | undefined): { label: FieldLabel; value: string } | undefined {
  let label: string | undefined;
  let value: string | undefined;
  if (line.kind === 'row' && line.cells && line.cells.length >= 2) {
    label = line.cells[0]!;
    value = line.cells.slice(1).join(' ');
  } else if (line.kind === 'term' && next?.kind === 'def') {
    label = line.plain;
    value = next.plain;
  } else {
    // no colon, no label (the common case: skips the scan below), but for a label in Han or kana and a space
    if (!line.plain.includes(':') && !line.plain.includes('：')) return spacedCjkLabel(state, line.plain);
    const t = dropLeadingIcons(line.plain);
    const c = t.search(/[:：]/);
    if (c <= 0 || c > 40) return undefined;
    label = t.slice(0, c);
    value = t.slice(c + 1);
  }
  const field = fieldLabelOf(state, label);
  // (the value, often the longer part, is cleaned only for a label that names a field)
  if (!field) return undefined;
  // ("Localização: Rio de Janeiro, RJ | Telefone: +55 … | Email: …": the value ends where the next labelled group starts)
  if (line.kind !== 'row' && line.kind !== 'term') value = labelledGroups(state, value, line.boldParts)[0]?.value ?? value;
  const v = trimChars(value.replace(/[*_`]/g, ''), ' :：');
  return v ? { label: field, value: v } : undefined;
}

/** What parts labelled groups of one line: "A: x | B: y", "A: x · B: y". */
const GROUP_SEPARATORS = [' | ', ' · ', ' • ', ' ｜ '];

/**
 * The groups of a line's text after its first label: the value up to the first separator that a known field label and
 * its colon follow, then each such labelled group ("Rio de Janeiro, RJ | Telefone: +55 21 … | Email: x@y").
 */
function labelledGroups(state: ParseState, text: string, bold: readonly string[] = []): Array<{ label?: FieldLabel; value: string }> {
  const out: Array<{ label?: FieldLabel; value: string }> = [];
  let from = 0;
  let label: FieldLabel | undefined;
  for (let at = 0; at < text.length; at++) {
    // ("**email:** awzurn@gmail.com **phone:** 952-649-0887": a space before a bold label parts groups too)
    const sep = GROUP_SEPARATORS.find((x) => text.startsWith(x, at)) ?? (text[at] === ' ' && boldLabelAt(text, at + 1, bold) ? ' ' : undefined);
    if (!sep) continue;
    // (a label is short: only the next 31 characters are looked at, so a long line of separators stays linear)
    const rest = text.slice(at + sep.length, at + sep.length + 31);
    const colon = rest.search(/[:：]/);
    const next = colon > 0 && colon <= 30 ? fieldLabelOf(state, rest.slice(0, colon)) : undefined;
    if (!next) continue;
    out.push({ ...(label ? { label } : {}), value: text.slice(from, at) });
    label = next;
    from = at + sep.length + colon + 1;
    at = from - 1;
  }
  out.push({ ...(label ? { label } : {}), value: text.slice(from) });
  return out;
}

/** Whether one of the line's bold runs, a label ending with a colon ("phone:"), starts at `at`. */
function boldLabelAt(text: string, at: number, bold: readonly string[]): boolean {
  return bold.some((b) => b.length <= 31 && /[:：]$/.test(b) && text.startsWith(b, at));
}

/** The value of the group labelled `field` on a line of several labelled groups ("… | Telefone: +55 21 98727 2099 | …"). */
function groupValue(state: ParseState, l: Line, field: FieldLabel): string | undefined {
  if (!l.plain.includes(':') && !l.plain.includes('：')) return undefined;
  // (of several groups labelled as phones, the first with a digit: "Telegram: @handle | Телефон: +7 …", Telegram a phone's label in Russian)
  const v = labelledGroups(state, l.plain, l.boldParts).find((g) => g.label === field && (field !== 'phone' || /\d/.test(g.value)))?.value;
  return v ? trimChars(v.replace(/[*_`]/g, ''), ' :：') || undefined : undefined;
}

/** "罗斌\u2003\u2003性别：男\u2003\u2003年龄：21岁" → "罗斌": a value ends where a wide gap leads to another label. */
function firstValue(value: string): string {
  const gap = /\s{2,}|\u2003/u.exec(value);
  return gap && /[:：]/.test(value.slice(gap.index)) ? value.slice(0, gap.index).trim() : value;
}

/** Sections whose lines may hold the person's contact details and name. */
function contactLines(state: ParseState): Line[] {
  const out: Line[] = [];
  for (const s of state.sections) if (s.type === 'header' || s.type === 'contact') pushAll(out, s.lines);
  return out;
}

/** Name candidates from the front matter. */
function frontMatterNames(state: ParseState): NameCandidate[] {
  const d = state.source.frontMatter?.data;
  if (!d) return [];
  const out: Array<NameCandidate | undefined> = [];
  const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string' ? (v as { name: string }).name : undefined);
  const basics = d.basics && typeof d.basics === 'object' ? (d.basics as Record<string, unknown>) : {};
  for (const [key, base] of [['name', 5], ['author', 4.5], ['fullname', 5]] as const) {
    const v = str(d[key]) ?? str(basics[key]);
    if (v) out.push(scoreName(state, v, base, [`front matter "${key}"`]));
  }
  const first = str(d.first_name) ?? str(d.firstname) ?? str(d.given_name);
  const last = str(d.last_name) ?? str(d.lastname) ?? str(d.family_name) ?? str(d.surname);
  if (first && last) out.push(scoreName(state, `${first} ${last}`, 6, ['front matter first and last name']));
  // ("name: Matthias" beside "surname: Grenié", as R's vitae writes it)
  const given = str(d.name);
  if (!first && given && last && !given.includes(last)) out.push(scoreName(state, `${given} ${last}`, 6, ['front matter "name" and family name']));
  const title = str(d.title) ?? str(d.pagetitle);
  if (title) for (const part of titleParts(title)) out.push(scoreName(state, part, 2.5, ['front matter "title"']));
  // ("title: Work" / "display_title: Resume for Philip Boardman": the title a theme shows instead)
  const shown = str(d.display_title);
  if (shown) for (const part of titleParts(shown)) out.push(scoreName(state, part, 2.5, ['front matter "display_title"']));
  // ("description: Curiculum Vitæ of Andreas Weichslgartner": a page's description that is a document title and a name)
  const description = str(d.description);
  if (description) out.push(scoreName(state, description, 2, ['front matter "description"']));
  return out.filter((c): c is NameCandidate => c !== undefined);
}

/** Why a name taken from one end of a line won (the rest of that line is then the label). */
const OUTER_PART = 'one end of the line, before or after a separator';
/** Why a name cut off personal details by a slash won ("董吉进/男/1990": the line stays in its section, the details are no label). */
const SLASH_PART = 'before a slash in Han text';
/** Why a bold run inside a sentence was a candidate: its line stays the header's text. */
const BOLD_PART = 'bold words in a sentence near the top';
/** Why a name came from the text before a comma and a job title. */
const BEFORE_TITLE = 'before a comma and a job title';
/** Why a name was read off the start of a line that ends with a date ({@link beforeClosingDate}). */
const BEFORE_DATE = 'before the date that ends the line';
/** Why a name came from an image's text, or from one cell of a table row. */
const IMAGE_TEXT = 'image text near the top';
const TABLE_CELL = 'table cell at the top';

/** "Ryan Parman • [jobs@ryanparman.com](mailto:…)": a rest that is only email addresses and phone numbers says how to reach the person, not who they are. */
function contactsOnly(text: string): boolean {
  let rest = text;
  for (const found of [...findEmails(text), ...findPhones(text)]) rest = rest.replace(found, ' ');
  return rest !== text && !/[\p{L}\p{N}]/u.test(rest);
}

/** "Jane Doe — Fullstack Developer (resume)": what the name's line says besides the name is the label, less a document title in brackets. */
function keepLineRest(state: ParseState, basics: Basics, line: Line, best: NameCandidate): void {
  const name = best.text;
  const at = line.plain.indexOf(name);
  let rest = at < 0 ? '' : `${line.plain.slice(0, at)} ${line.plain.slice(at + name.length)}`;
  for (const part of Object.values(best.parts ?? {})) rest = rest.replace(`(${part})`, ' ').replace(part, ' ');
  rest = trimChars(rest, ' —–-|·•,/');
  const paren = cutParenTail(rest.trim(), 1, 40);
  const label = paren && classifyHeadingIn(state, paren[1].trim())?.kind === 'doctitle' ? paren[0] : rest.trim();
  // (a document title is no label: "简历 - 张浩（…）")
  if (!label || basics.label || classifyHeadingIn(state, label)?.kind === 'doctitle' || contactsOnly(label)) return;
  basics.label = label;
  noteField(state, '/basics/label', line, ['the rest of the name\'s line']);
}

/**
 * "**Tom Lennio Szenessy \t\t\t 26. August 2025**": the text before a date that ends a heading or a bold line (the day a
 * document exported from a word processor was written), or undefined.
 */
function beforeClosingDate(state: ParseState, l: Line): string | undefined {
  if (l.kind !== 'heading' && !l.bold) return undefined;
  const d = lineDates(state, l)[0];
  if (!d || d.index < 3 || d.index + d.length < l.plain.trimEnd().length) return undefined;
  return l.plain.slice(0, d.index).trim();
}

/** Keeps what the name's cleaning took off ("Dr.", "PhD", "(Janie)") as the basics' honorificPrefix, honorificSuffix and alternateName. */
function keepNameParts(state: ParseState, basics: Basics, best: NameCandidate): void {
  const where = best.line ?? { line: state.source.frontMatter?.line ?? 1, endLine: state.source.frontMatter?.endLine ?? 1 };
  for (const [key, value] of Object.entries(best.parts ?? {})) {
    if (basics[key] !== undefined || !value) continue;
    basics[key] = value;
    noteField(state, `/basics/${key}`, where, ['written with the name']);
  }
}

/** Markdown source without its tags and emphasis marks (one scan: a pattern for it backtracks on runs of "<"). */
function withoutMarkup(md: string): string {
  let out = '';
  for (let i = 0; i < md.length; i++) {
    const c = md[i]!;
    if (c === '<') {
      const close = md.indexOf('>', i);
      if (close < 0) {
        out += md.slice(i);
        break;
      }
      i = close;
    } else if (c !== '*' && c !== '_' && c !== '`' && c !== '#') out += c;
  }
  return out.trim();
}

/**
 * The first and the last part of a line cut at a `<br>` or at spaced separators (" — ", " | ", " · "), or
 * (`slash`) of Han text cut at slashes, when there are two parts or more.
 */
function outerParts(plain: string, md: string): { parts: string[]; slash: boolean } {
  // "# Jérôme Delagnes<br/>Leader technique, …": a line break inside the line separates too
  const broken = md.split(/<br\s*\/?>/i);
  if (broken.length >= 2) return { parts: [broken[0]!, broken[broken.length - 1]!].map(withoutMarkup).filter(Boolean), slash: false };
  // (a separator inside brackets separates nothing: "简历 - 张浩（互联网 - 技术 / 研发）")
  // ("Matthieu DUFOURNEAUD / Principal Platform Engineer": a spaced slash separates too, outside Han text)
  let parts = splitOutsideBrackets(plain, /[\u3400-\u9fff]/u.test(plain) ? /\s[|–—·•-]\s/g : /\s[|–—·•/-]\s/g);
  // "董吉进/男/1990", "何雨泽 / 男 / 1994": in Han text a slash separates too
  const slash = parts.length < 2;
  if (slash) parts = plain.split(/(?<=[\u3400-\u9fff]) ?[/／] ?(?=[\u3400-\u9fff\d])/u);
  if (parts.length < 2 || parts.length > 4) return { parts: [], slash };
  return { parts: [parts[0]!, parts[parts.length - 1]!].map((p) => p.trim()).filter(Boolean), slash };
}


/**
 * A list item that is one link and nothing else ("- [はてなブログ](https://…)"): beside another, a list of the person's
 * profiles and sites, whose texts name networks, not the person.
 */
function linkItem(l: Line | undefined): boolean {
  return l?.kind === 'item' && l.links.length === 1 && l.plain.trim() === l.links[0]!.text.trim();
}

/** Sections whose lines are never the person's name. */
const NO_NAME_SECTIONS: ReadonlySet<string> = new Set(['work', 'education', 'volunteer', 'skills', 'languages', 'interests', 'projects', 'awards', 'certificates', 'publications', 'references']);

/** One token of Latin letters and digits, joined by "-", "_" or "." ("s-ohashi", "jdoe42"): a handle (a plain word, "level", is none). */
const HANDLE = /^[a-z][a-z0-9]*(?:[._-][a-z0-9]+)*$/i;
const HANDLE_MARK = /[._\-\d]/;

/** "名前 | s-ohashi": a handle given as the labelled name, which has no name's shape, is the name the CV gives (scored below a shaped one). */
function handleName(value: string, line: Line): NameCandidate | undefined {
  const text = value.trim();
  return text.length >= 3 && text.length <= 30 && HANDLE.test(text) && HANDLE_MARK.test(text) ? { text, score: 4, why: ['a handle written as the labelled name'], line } : undefined;
}

/** Name candidates from lines: labelled name fields, headings and first lines near the top (whole, and each end cut at a separator), image text. */
function lineNames(state: ParseState): NameCandidate[] {
  const out: Array<NameCandidate | undefined> = [];
  const lines = state.lines;
  let first: string | undefined;
  let last: string | undefined;
  lines.forEach((l, i) => {
    const lab = labelled(state, l, lines[i + 1]);
    if (lab?.label === 'name') out.push(scoreName(state, firstValue(lab.value), 6, [`labelled "${l.plain.split(/[:：|]/)[0]}"`], l) ?? handleName(firstValue(lab.value), l));
    if (lab?.label === 'firstName') first ??= lab.value;
    if (lab?.label === 'lastName') last ??= lab.value;
  });
  if (first && last) out.push(scoreName(state, `${first} ${last}`, 6, ['labelled first and last name']));
  // only the first 40 lines are asked about: the header's lines among them (not a set of a whole long header)
  const top = new Set(lines.slice(0, 40));
  const header = new Set((state.sections[0]?.lines ?? []).filter((l) => top.has(l)));
  // a line of a work or education section is an entry's head or text ("## Codexist" over its dates, the
  // role "**Yazılım Geliştirici**", "  - der **GraphQL** Schnittstelle,"), never the name; nor is a skill,
  // a language or another section's entry ("<span class=skill-name>Project Management</span>")
  const entryItems = new Set(state.sections.filter((s) => NO_NAME_SECTIONS.has(s.type)).flatMap((s) => s.lines.filter((l) => top.has(l))));
  // ("## Scientific Scores", "Technical Proficiency\n======" after "## Education"): a heading that opens a section after a
  // section of a known kind has begun is a section's title, not the name
  // (one that holds no lines opens nothing yet: "# אודותיי" / "## אוליביה טרגר", an "About" heading right over the name)
  const known = state.sections.findIndex((s) => s.type !== 'header' && s.type !== 'generic' && s.lines.length > 0);
  const titles = new Set(known < 0 ? [] : state.sections.slice(known + 1).map((s) => s.heading).filter((h) => h !== undefined));
  // (so is a line of such a section, but for a name it introduces: "* Various Tutorings (mostly in math …)" under "Teachings" after "# Education")
  // (not of a contact section: "## 个人信息" / "- 周丽娜 / 女 / 1995")
  // (nor is a heading below such a section's own: "## Technik" / "### Web Basics")
  const below = (s: Section, l: Line): boolean => l.kind !== 'heading' || (s.heading?.kind === 'heading' && l.level > s.heading.level);
  const later = new Set(known < 0 ? [] : state.sections.slice(known + 1).filter((s) => s.type !== 'contact').flatMap((s) => s.lines.filter((l) => below(s, l) && top.has(l))));
  lines.slice(0, 40).forEach((l, i) => {
    if (entryItems.has(l) || titles.has(l) || (linkItem(lines[i]) && (linkItem(lines[i - 1]) || linkItem(lines[i + 1])))) return;
    const inHeader = header.has(l) ? 1 : 0;
    for (const img of l.images) if (img.alt && !/badge|shields\.io/i.test(img.src)) out.push(scoreName(state, img.alt, 0.8, [IMAGE_TEXT], l));
    const base = l.kind === 'heading' ? (l.level === 1 ? 3 : 2) + inHeader : (l.bold ? 2 : 1.2) + inHeader;
    const why = l.kind === 'heading' ? `heading level ${l.level}` : l.bold ? 'bold line near the top' : 'line near the top';
    // "<table><tr><td>Brandyn Thornton</td><td>linkedin…</td></tr>": a cell of a table row at the very top
    // (not a cell that is a field's label: "<th>名前</th><td>s-ohashi</td>")
    if (l.kind === 'row' && i < 6) for (const cell of l.cells ?? []) if (!fieldLabelOf(state, cell)) out.push(scoreName(state, cell, base - 0.5, [TABLE_CELL], l));
    if (l.kind !== 'heading' && ((l.kind !== 'text' && l.kind !== 'item') || i >= 25)) return;
    // (but for a name it introduces: "Hallo, mein Name ist Viktoras Bezaras.")
    if (later.has(l)) {
      out.push(readIntroName(state, l, base));
      return;
    }
    out.push(scoreName(state, l.plain, base, [why], l));
    // "Hi there 👋, I'm Jane Doe", "Hallo, ich bin Jonas Keller.": the name the line introduces
    if (i < 25) out.push(readIntroName(state, l, base));
    // "Hoi, ik ben **Roy van Neden**. Petrolhead, …": a bold run inside the top text may be the name
    if (l.kind === 'text' && !l.bold) for (const b of l.boldParts) if (boldInSentence(l.plain, b)) out.push(scoreName(state, b, base + 0.5, [BOLD_PART], l));
    // "# Дмитрий Чащин — Fullstack-разработчик", "Senior Engineer | Jane Doe": each end of a line cut by a separator
    // (not of a labelled list: "**Software:** nmap | Wireshark | Burpsuite | Active Directory")
    const outer = /^[^:：|]{1,30}[:：]\s/u.test(l.plain) ? { parts: [], slash: false } : outerParts(l.plain, l.md);
    // (not the end after "Role at Org": "### Web Designer at Berman Advertising / Overdrive Interactive" names two agencies)
    const roleAt = outer.parts.length === 2 && namesJobAtPlace(state, outer.parts[0]!);
    for (const part of roleAt ? outer.parts.slice(0, 1) : outer.parts) out.push(scoreName(state, part, base - 0.5, [why, outer.slash ? SLASH_PART : OUTER_PART], l));
    const dated = beforeClosingDate(state, l);
    if (dated) out.push(scoreName(state, dated, base - 0.5, [why, BEFORE_DATE], l));
    // "**Tuấn Hà Anh, Lập trình viên Backend**", "# Jane Doe, Software Engineer": a heading or bold line's text before its one comma and a job title
    if (outer.parts.length === 0 && (l.kind === 'heading' || l.bold)) {
      const before = beforeCommaAndTitle(state, l.plain);
      if (before) out.push(scoreName(state, before, base - 0.5, [why, BEFORE_TITLE], l));
    }
  });
  return out.filter((c): c is NameCandidate => c !== undefined);
}

/** The text before the one ", " of `plain` when what follows it is a job title (undefined otherwise). */
function beforeCommaAndTitle(state: ParseState, plain: string): string | undefined {
  const c = plain.indexOf(', ');
  if (c <= 0 || plain.indexOf(', ', c + 2) >= 0 || plain.length - c > 60) return undefined;
  return wordClasses(plain.slice(c + 2), state).has('jobTitle') ? plain.slice(0, c) : undefined;
}

/** A bold run of two words or more, starting with a capital, inside a sentence (not its start, not a "Label:"). */
function boldInSentence(plain: string, bold: string): boolean {
  const at = plain.indexOf(bold);
  if (at <= 0 || bold.length < 5 || !/^\p{Lu}\S* \S/u.test(bold)) return false;
  const after = plain.slice(at + bold.length).trimStart();
  return !after.startsWith(':') && !after.startsWith('：');
}

/** Reads emails, phones and links: from the header and contact sections first, then labelled lines and the rest of the CV. */
function readReach(state: ParseState, basics: Basics): void {
  const nearList = contactLines(state);
  const near = new Set(nearList);
  // the near lines first, then the others in their order
  for (const l of nearList) readLineReach(state, basics, l, true);
  for (const l of state.lines) if (!near.has(l)) readLineReach(state, basics, l, false);
}

/** Reads one line's email, phone, links and place for {@link readReach} (`isNear`: a header or contact line). */
function readLineReach(state: ParseState, basics: Basics, l: Line, isNear: boolean): void {
  // far from the top, a line is read only for what is still missing: the first email, a labelled phone
  const lab = isNear || !basics.phone ? labelled(state, l) : undefined;
  // an email is only ever in a link, an image (badge) or at an "@" of the text
  const emailHere = !basics.email && (l.links.length > 0 || l.images.length > 0 || l.plain.includes('@'));
  if (!isNear && !emailHere && !(!basics.phone && (lab ? lab.label === 'phone' : l.images.length > 0))) return;
  const c = lineContacts(state, l);
  // (far from the top, the line that gives the CV's email gives its phone too: "> <me@vorozco.com> • +502 58783901" closing the CV)
  const ownEmail = !basics.email && c.emails[0] !== undefined;
  if (!basics.email && c.emails[0]) {
    basics.email = c.emails[0];
    noteField(state, '/basics/email', l, [isNear ? 'email address near the top or under a contact heading' : 'first email address in the CV']);
  }
  // "Teléfono: 652 096 865 / 985 253 740": the first number is the phone, the line keeps the others
  // a line labelled as something else ("住所(郵便番号): 〒254-0065", "Born: 12.03.1990") holds no phone
  // (or a later group of the line labelled as the phone: "Localização: … | Telefone: +55 21 98727 2099")
  const grouped = lab && lab.label !== 'phone' && !basics.phone ? groupValue(state, l, 'phone') : undefined;
  const phone = lab?.label === 'phone' ? c.phones[0] ?? lab.value : grouped ?? (lab ? undefined : isNear || l.images.length || ownEmail ? c.phones[0] : undefined);
  if (!basics.phone && phone && /\d/.test(phone)) {
    basics.phone = phone;
    noteField(state, '/basics/phone', l, [lab ? 'labelled phone number' : isNear ? 'phone number near the top' : 'phone number beside the email address']);
  }
  if (!isNear) return;
  const urls = c.urls.length || l.links.length ? c.urls : findDomains(l.plain);
  for (const u of urls) {
    if (basics.url) break;
    // "[a PDF version of my CV](…/cv.pdf)": a link to a document is no web site of the person's
    if (isDocumentLink(u)) continue;
    basics.url = u;
    noteField(state, '/basics/url', l, ['first web address near the top']);
  }
  for (const p of c.profiles) if (!(basics.profiles ??= []).some((q) => (p.url ? q.url === p.url : q.network === p.network))) basics.profiles.push(p);
  // ("- [はてなブログ](https://….hatenablog.com/)": a list item that is one link to a site of no known network is a profile it names)
  const site = linkItem(l) ? l.links[0]! : undefined;
  if (site && /^https?:\/\//i.test(site.href) && basics.url !== site.href && !(basics.profiles ??= []).some((q) => q.url === site.href)) basics.profiles.push({ network: site.text.trim(), url: site.href });
  if (!basics.location) readPlace(state, l, basics, lab);
}

/** Whether a web address names a document file (.pdf, .docx…), its query and fragment aside. */
function isDocumentLink(u: string): boolean {
  const path = u.split(/[?#]/, 1)[0]!.toLowerCase();
  return ['.pdf', '.doc', '.docx', '.odt', '.rtf', '.tex'].some((ext) => path.endsWith(ext));
}

/** Whether a text has two spaces (U+0020) or more. */
function twoSpaces(t: string): boolean {
  const first = t.indexOf(' ');
  return first >= 0 && t.indexOf(' ', first + 1) >= 0;
}

/** A place: a labelled location ("Address: …"), or the place after "living in" / "based in" in a sentence. */
function readPlace(state: ParseState, l: Line, basics: Basics, lab: ReturnType<typeof labelled>): void {
  let place: string | undefined;
  if (lab?.label === 'location') place = lab.value;
  // a phrase of the lexicons' locations has a space, and a space follows it: a line with fewer than two has none
  else if (twoSpaces(l.plain)) {
    const folded = l.plain.toLowerCase();
    for (const lex of state.lexicons.slice(0, 2)) {
      for (const phrase of lex.fields.location) {
        if (!phrase.includes(' ')) continue;
        const i = folded.indexOf(`${phrase} `);
        if (i < 0) continue;
        const m = /^(\p{Lu}[\p{L}'’.\-]*(?:[ ,]+\p{Lu}[\p{L}'’.\-]*){0,3})/u.exec(l.plain.slice(i + phrase.length + 1));
        if (m) place = trimChars(m[1]!, ' ,.');
        break;
      }
      if (place) break;
    }
  }
  if (!place) return;
  const parts = place.split(/,\s*/);
  // ("Struthweg 16, 57578 Elkenroth", "Rua X 10, 01310-100 São Paulo": a street and number first, the town after its postal code)
  const postal = parts.length > 1 && /\d/.test(parts[0]!) ? parts.slice(1).map((p) => /^\d{4,5}(?:-\d{3})?\s+(\p{L}.*)$/u.exec(p)?.[1]).find(Boolean) : undefined;
  const city = postal ?? parts[0]!;
  basics.location = parts.length > 1 ? { address: place, city } : { city: place };
  noteField(state, '/basics/location', l, [lab ? 'labelled place' : 'place after "living in"']);
}

/**
 * Pass: fills `resume.basics` — the name (the best of all candidates), email, phone, links — and leaves
 * the header's other lines for the summary.
 */
export function readHeader(state: ParseState): void {
  const basics: Basics = (state.resume.basics ??= {});
  readReach(state, basics);
  const best = bestName([...frontMatterNames(state), ...lineNames(state)]);
  if (best) {
    basics.name = best.text;
    keepNameParts(state, basics, best);
    if (best.docTitle && !best.why.includes(SLASH_PART) && !state.docTitles.includes(best.docTitle)) state.docTitles.push(best.docTitle);
    noteField(state, '/basics/name', best.line ?? { line: state.source.frontMatter?.line ?? 1, endLine: state.source.frontMatter?.endLine ?? 1 }, best.why);
    // a name read from an image's text is not all of its line ("![Portrait of …](…) | 8004 Zürich"): the line stays text
    const part = best.why.includes(SLASH_PART) || best.why.includes(BOLD_PART) || best.why.includes(BEFORE_DATE) || best.why.some((w) => w.startsWith('introduced by')) || (best.why.includes(IMAGE_TEXT) && best.line?.plain.trim() !== best.text);
    if (best.line && !part) state.consumed.add(best.line);
    if (best.line && (best.why.includes(OUTER_PART) || best.why.includes(BEFORE_TITLE))) keepLineRest(state, basics, best.line, best);
  }
  void (undefined as Section | undefined);
}
