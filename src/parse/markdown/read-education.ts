// Reader for education sections: each entry's degree, school, place, dates, grade and text.
import { trimChars } from './trim-chars.js';
import { connectorOrganisation } from './connector-organisation.js';
import { cutAfterSchool } from './cut-after-school.js';
import { joinCampusTown } from './join-campus-town.js';
import { pairEventEntries } from './pair-event-entries.js';
import { foldDetailEntries } from './fold-detail-entries.js';
import type { Certificate, Education, Work } from '../../model/types.js';
import { assignHead } from './assign-head.js';
import { toWork } from './read-work.js';
import { foldWord } from './fold-word.js';
import { LEXICON_INDEX } from './lexicon-index.js';
import { bodyMarkdown } from './body-markdown.js';
import { cutParenTail } from './cut-paren-tail.js';
import { dateText, headExtras, isoDates, placeText } from './entry-parts.js';
import { noteField } from './note-field.js';
import { opensWithDegreeWord } from './opens-with-degree-word.js';
import type { Line, ParseState, Section } from './parse-types.js';
import { readEntryHeads, type ReadEntry } from './read-entry-heads.js';
import { scorePlaceIn } from './score-place-in.js';
import { wordClasses } from './score-segment.js';
import { namesNothing } from './names-nothing.js';
import type { Segment } from './split-head.js';

/** A line of at most 100 characters, with no label, that opens with a degree word ("Бакалавр специальности …", "Cử nhân Công nghệ Thông tin"). */
function opensWithDegree(state: ParseState, l: Line): boolean {
  return l.plain.length <= 100 && (!/[:：]/.test(l.plain) || degreeLabel(state, l.plain)) && opensWithDegreeWord(state, l.plain, 2);
}

/** "Master of Science: Cybersecurity.": a degree of a few words before the line's one colon, its field after it (no label of a field's). */
function degreeLabel(state: ParseState, text: string): boolean {
  const parts = text.split(/[:：]/u);
  return parts.length === 2 && parts[0]!.trim().split(/\s+/u).length <= 4 && wordClasses(parts[0]!, state).has('degree');
}

/** Two or more comma parts, one of them a degree word of three words at most ("…, магистратура, …", "Informatics, BSc"). */
function commaPartDegree(state: ParseState, text: string): boolean {
  const parts = text.replace(/[.。]$/u, '').split(/,\s*/);
  return parts.length >= 2 && parts.some((p) => p.trim().split(/\s+/).length <= 3 && wordClasses(p.trim(), state).has('degree'));
}

/** A line closed by a Japanese or Chinese full stop and longer than this is a sentence. */
const CJK_SENTENCE = 16;

/**
 * A degree written on the first body line under a school ("M.S. in Computer Science"), when the head has none;
 * or on the second or third line, when that line opens with a degree word ("Dự kiến tốt nghiệp vào 05/2025" /
 * "Cử nhân Công nghệ Thông tin").
 */
function degreeFromBody(state: ParseState, body: readonly Line[]): Line | undefined {
  const l = body[0];
  if (!l) return undefined;
  const later = (): Line | undefined => body.slice(1, 3).find((x) => x.kind === l.kind && x.depth === l.depth && opensWithDegree(state, x));
  if (l.plain.length > 100) return later();
  // ("Bachelor of Technology: Computer Science" over the school's line, in one paragraph: a degree and its field, never prose)
  if (/[:：]/.test(l.plain) && opensWithDegree(state, l)) return l;
  // ("undergraduate focus on machine learning …" going on over three lines / "- BA computer science": a paragraph of prose
  // is no degree; the first line after it that opens with a degree word is)
  const paragraph = body.filter((x) => x.block === l.block && x.kind === 'text');
  if (l.kind === 'text' && paragraph.length > 1 && paragraph.reduce((n, x) => n + x.plain.length, 0) > 100) return body.slice(paragraph.length, paragraph.length + 2).find((x) => opensWithDegree(state, x));
  // "Бакалавр специальности Информационные системы.": a line that opens with a degree word is the degree, sentence or not
  // (not a sentence in a script without spaces, whose first word only begins like a degree's: "卒業研究では画像処理を研究しました。")
  if (opensWithDegree(state, l) && !(l.plain.endsWith('。') && l.plain.length > CJK_SENTENCE)) return l;
  if (l.kind === 'item' && /[:：\d]/.test(l.plain)) return later();
  // ("Вычислительные системы и сети, магистратура, магистр техники и технологии (красный диплом).": comma parts, one of
  // them a degree's word of three words at most, are the degree with its field, full stop or not)
  if (l.plain.length <= 100 && commaPartDegree(state, l.plain)) return l;
  if (l.plain.length > 80 || /[.!?。]$/.test(l.plain)) return undefined;
  // a first list item is the degree only when it reads like one: short, no label, no figures
  if (l.kind === 'item' && (/[:：\d]/.test(l.plain) || l.plain.split(/\s+/).length > 6)) return undefined;
  return l;
}

/**
 * "*Master of Science (MSc), Computer Science*" / "Area de investigación: …" / "Universidade Federal de Santa Maria (RS, Brazil)":
 * where the head's second part names no school or organisation (it is the degree's field) and one of the text's first
 * three lines is short, no sentence, no label, and names a school, that line is the school.
 */
function schoolInBody(state: ParseState, body: readonly Line[], second: Segment | undefined): Line | undefined {
  const named = second ? wordClasses(second.text, state) : undefined;
  if (named?.has('institution') || named?.has('organisation')) return undefined;
  // (or its first item: "Bachelor of Business (Information Systems) (Applied) [2012–15]" / "- Royal Melbourne Institute of Technology (RMIT, Melbourne)")
  return body.slice(0, 3).find((l, k) => (l.kind === 'text' || l.kind === 'def' || (k === 0 && l.kind === 'item')) && l.depth <= 1 && l.plain.length <= 80 && ((!/[.!?。:：]/.test(l.plain.slice(-1)) && !/[:：]/.test(l.plain) && wordClasses(l.plain, state).has('institution')) || schoolThenPlace(state, l.plain) !== undefined));
}

/** "National College of Ireland. Dublin, Ireland.": a school's name, a full stop, then its place, as two sentences. */
function schoolThenPlace(state: ParseState, text: string): { school: string; place: string } | undefined {
  const stop = text.indexOf('. ');
  if (stop <= 0 || !text.endsWith('.')) return undefined;
  const school = text.slice(0, stop);
  const place = text.slice(stop + 2, -1).trim();
  return wordClasses(school, state).has('institution') && scorePlaceIn(state, place) >= 2 ? { school, place } : undefined;
}

/**
 * "**PhD in Archaeology, 2014**" / "[Boston University](…). Dissertation: …": under a head of a degree alone, a link opening the
 * text's first line, naming a school, closed by a full stop or the line's end, is the school.
 */
function linkedSchoolLead(state: ParseState, body: readonly Line[]): { text: string; line: Line } | undefined {
  const l = body[0];
  const link = l?.kind === 'text' ? l.links[0] : undefined;
  if (!l || !link || !l.plain.startsWith(link.text) || !/^(?:\.(?:\s|$)|$)/u.test(l.plain.slice(link.text.length))) return undefined;
  return link.text.split(/\s+/).length <= 10 && wordClasses(link.text, state).has('institution') ? { text: link.text, line: l } : undefined;
}

/**
 * The school a line of the entry's text names ({@link schoolInBody}), with the degree it completes: the head's second
 * part, which named no school, is the degree's field ("Master of Science (MSc), Computer Science"; a part in brackets
 * keeps them: "Bachelor of Business (Information Systems) (Applied)"), and a place in brackets after the school is its place.
 * Also where the head names no school ("Bachelor of Business … [2012–15]" over "- Royal Melbourne Institute of Technology").
 */
function takeBodySchool(state: ParseState, studyType: string, second: Segment | undefined, body: readonly Line[]): { studyType: string; institution: string; place?: string; line: Line; keep?: boolean } | undefined {
  const line = schoolInBody(state, body, second);
  if (!line) {
    const lead = second ? undefined : linkedSchoolLead(state, body);
    return lead && { studyType, institution: lead.text, line: lead.line, keep: lead.text !== trimChars(lead.line.plain, ' .') };
  }
  const degree = second ? `${studyType}${second.sep === ',' ? ',' : ''} ${second.paren ? `(${second.text})` : second.text}` : studyType;
  const sentences = schoolThenPlace(state, line.plain);
  if (sentences) return { studyType: degree, institution: sentences.school, place: sentences.place, line };
  const tail = cutParenTail(line.plain, 2, 40);
  const inParen = tail && scorePlaceIn(state, tail[1]) >= 2 ? tail : undefined;
  return { studyType: degree, institution: inParen ? inParen[0] : line.plain, ...(inParen ? { place: inParen[1] } : {}), line };
}

/** Dashes that may part a degree from its subtitle. */
const DASHES: ReadonlySet<string> = new Set(['–', '—', '-']);

/**
 * "Letras – Português e Inglês", "Licence en Technologie Informatique – Développement des Systèmes d’Information": the
 * part right after the degree on its line, after a dash, naming no school, place or other degree, is the
 * degree's own subtitle (undefined when there is none).
 */
function degreeSubtitle(state: ParseState, e: ReadEntry): Segment | undefined {
  const first = e.fields.first;
  // (a degree and a second field, "BS in Computer Engineering, Electrical Engineering - Cum Laude", keeps its parts apart)
  if (!first || first.text.includes(',')) return undefined;
  const end = first.line.plain.indexOf(first.text) + first.text.length;
  const s = e.fields.rest.find((x) => x.line === first.line && DASHES.has(x.sep) && x.line.plain.indexOf(x.text, end) > end);
  // (not a count of years or credits: "Graduação em … - 2 anos concluídos")
  if (!s || /^\d/.test(s.text) || scorePlaceIn(state, s.text) >= 2) return undefined;
  const c = wordClasses(s.text, state);
  return c.has('institution') || c.has('degree') ? undefined : s;
}

/** A word of the CV's languages for "and" (`joiners`), or "&". */
const joinerWord = (state: ParseState, word: string): boolean => word === '&' || state.lexicons.some((l) => l.joiners.includes(word.toLowerCase()));

/**
 * The text holds a comma list closed by a word of the CV's languages for "and" (`joiners`) or "&": "Science, Policy, and
 * Management", or ends with a comma part of two capitalised words so joined: "Colloids, Polymers and Surfaces".
 */
function closedList(state: ParseState, text: string): boolean {
  for (let at = text.indexOf(', '); at >= 0; at = text.indexOf(', ', at + 2)) {
    const end = text.indexOf(' ', at + 2);
    if (joinerWord(state, text.slice(at + 2, end < 0 ? undefined : end))) return true;
  }
  const tail = text.slice(text.lastIndexOf(', ') + 2).split(' ');
  return text.includes(', ') && tail.length === 3 && /^\p{Lu}/u.test(tail[0]!) && /^\p{Lu}/u.test(tail[2]!) && joinerWord(state, tail[1]!);
}

/**
 * Which parts of an education head are the degree, the school and the field: a school cut after its name in CJK, a
 * school in brackets after the degree, a bare degree opening the school's text, a degree word in a later part, a
 * second field after a comma.
 */
function sortDegreeParts(
  state: ParseState,
  f: ReadEntry['fields'],
  degree: string | undefined,
  school: string | undefined,
): { studyType: string | undefined; institution: string | undefined; area?: string; degreeAfter?: ReadEntry['fields']['rest'][number] } {
  let studyType = degree;
  let institution = school;
  let area: string | undefined;
  // "한신대학교 컴퓨터 공학과" read where no school is cut off (an entry of a work section): the school, then the field
  const cjk = !studyType !== !institution ? cutAfterSchool((studyType ?? institution)!, state) : [];
  if (cjk.length === 2) [institution, studyType] = cjk;
  // "MSc in Software Engineering (LEIC, FEUP)": the school in brackets after the degree
  const paren = studyType && !institution ? cutParenTail(studyType, 2, 60) : undefined;
  if (paren) {
    studyType = paren[0];
    institution = paren[1];
  }
  // "Магістр, Київський національний університет …" over "- Спеціалізація: Менеджмент …": a bare degree opening the
  // school's text is the degree; what was read as the degree without a degree word, its field
  const lead = institution && (!studyType || !wordClasses(studyType, state).has('degree')) ? cutLeadingDegree(state, institution) : undefined;
  if (lead) {
    if (studyType) area = studyType;
    [studyType, institution] = lead;
  }
  // "| School | Elektrik Mühendisliği | Lisans |": a later part with a degree word is the degree, the first the field
  const degreeAfter = studyType && !wordClasses(studyType, state).has('degree') ? f.rest.find((s) => wordClasses(s.text, state).has('degree')) : undefined;
  if (degreeAfter && studyType) {
    area = studyType;
    studyType = degreeAfter.text;
  }
  // "BS in Computer Engineering, Electrical Engineering": a degree in a field, then a second field of study
  // (in "Bachelor of Arts, Computer Science" the part after the comma is the degree's own field: kept)
  const comma = studyType && !degreeAfter ? studyType.indexOf(', ') : -1;
  const first = comma > 0 ? studyType!.slice(0, comma) : '';
  // ("Ph.D in Environmental Science, Policy, and Management": a list closed by "and" is one field's name)
  const serial = studyType !== undefined && closedList(state, studyType);
  // ("Docteur en informatique — Systèmes distribués : transparence, masquage …": a comma after a dash is the field's own)
  if (studyType && comma > 0 && !serial && !/\s[—–]\s/u.test(first) && /\s(?:in|en|em|im|w|в)\s/u.test(first) && wordClasses(first, state).has('degree') && !wordClasses(studyType.slice(comma + 2), state).has('degree')) {
    area = studyType.slice(comma + 2);
    studyType = studyType.slice(0, comma);
  }
  return { studyType, institution, ...(area !== undefined ? { area } : {}), ...(degreeAfter ? { degreeAfter } : {}) };
}

/**
 * "**Master of Science (MS) in Colloids, Polymers and Surfaces**": the comma part after a degree that ends with its field,
 * closing a series of fields ({@link closedList}) and naming no school, job or place, is no school: the degree with it, or undefined.
 */
function degreeSeries(state: ParseState, f: ReadEntry['fields']): string | undefined {
  const a = f.first;
  const b = f.second;
  if (!a || !b || b.line !== a.line || b.sep !== ',' || !/\s\p{Lu}[\p{L}-]+$/u.test(a.text) || !wordClasses(a.text, state).has('degree')) return undefined;
  const joined = `${a.text}, ${b.text}`;
  return closedList(state, joined) && namesNothing(state, b.text) && scorePlaceIn(state, b.text) === 0 ? joined : undefined;
}

/** Builds one Education from a read entry. */
export function toEducation(state: ParseState, e: ReadEntry, at: string): Education {
  const ed: Education = {};
  const f = e.fields;
  const subtitle = degreeSubtitle(state, e);
  const series = subtitle ? undefined : degreeSeries(state, f);
  let studyType = subtitle ? `${f.first!.text} ${subtitle.sep} ${subtitle.text}` : series ?? f.first?.text;
  let from = f.first?.line;
  let body = e.block.body;
  if (!studyType) {
    const d = degreeFromBody(state, body);
    // (or where the head is its dates alone: "09/2022- 10/2023" / "Master of Science: Cybersecurity." / "National College of Ireland. Dublin, Ireland.")
    if (d && (f.second || (!f.first && opensWithDegree(state, d)))) {
      // "BS in Computer Engineering, Electrical Engineering - Cum Laude": the degree is the first part
      const cut = d.plain.search(/,\s|\s[-–—|]\s/);
      studyType = cut > 0 && wordClasses(d.plain.slice(0, cut), state).has('degree') ? d.plain.slice(0, cut) : d.plain.replace(/[.。]$/, '');
      from = d;
      if (studyType === d.plain.replace(/[.。]$/, '')) body = body.filter((x) => x !== d);
    }
  }
  let institution = series ? undefined : f.second?.text;
  let institutionFrom = series ? undefined : f.second?.line;
  // (a series already holds the second part: "Master in Theory, History, and Criticism of Architecture" is not joined to it twice)
  const school = studyType ? takeBodySchool(state, studyType, series ? undefined : f.second, body) : undefined;
  if (school) {
    studyType = school.studyType;
    institution = school.institution;
    institutionFrom = school.line;
    if (!school.keep) body = body.filter((l) => l !== school.line);
  }
  // ("**PhD student** (10/2008--01/2012)" / "at the Max Planck Institute for Meteorology in Hamburg. …": the school after a connector)
  const joined = studyType && !institution && !school ? connectorOrganisation(state, body) : undefined;
  if (joined) {
    institution = joined.text;
    institutionFrom = joined.line;
  }
  const sorted = sortDegreeParts(state, f, studyType, institution);
  ({ studyType, institution } = sorted);
  if (sorted.area) ed.area = sorted.area;
  const degreeAfter = sorted.degreeAfter;
  // ("07/2016 – [Coursera *Parallel programming*](…) – 100%": a percentage alone is the grade, never the degree or the school)
  if (studyType && GRADE.test(studyType)) {
    ed.score = studyType;
    studyType = undefined;
  } else if (institution && GRADE.test(institution)) {
    ed.score = institution;
    institution = undefined;
  }
  if (studyType) ed.studyType = studyType;
  let place = placeText(e) ?? school?.place ?? joined?.place;
  const campus = institution && place ? joinCampusTown(state, institution, place, institutionFrom) : undefined;
  if (campus) ({ institution, place } = campus);
  if (institution) ed.institution = institution;
  if (place) ed.location = place;
  const written = dateText(e);
  if (written) ed.dateText = written;
  Object.assign(ed, isoDates(e.date?.span));
  const extras = headExtras(e).filter((t) => t !== degreeAfter?.text && t !== subtitle?.text);
  // "### Bachelor's Degree" over "BEng (Hons) Computing (First Class) from Edinburgh Napier University": a bare degree, and a
  // longer part of the head naming a degree (and no school), which is the degree as awarded; the bare one stays in the text
  const finer = ed.studyType && degreeWordOnly(state, ed.studyType) ? extras.findIndex((x) => finerDegree(state, x, ed.studyType!)) : -1;
  if (finer >= 0) [ed.studyType, extras[finer]] = [extras[finer]!, ed.studyType!];
  // "本科 · 计算机科学与技术", "Bachelor | Computer Science": a bare degree, then its field of study (not a label
  // before a longer text: "Senior thesis · "Clonal foraging …""), maybe after the faculty ("理学院 · 数据科学与大数据技术")
  const fieldIndex = studyType && !ed.area && bareDegree(state, studyType) ? fieldAt(state, extras, from) : -1;
  if (fieldIndex >= 0) ed.area = extras.splice(fieldIndex, 1)[0]!;
  // "日本大学 理工学部 機械工学科" with no degree: the faculty and department after the school say what was studied
  else if (!studyType && !ed.area && institution && extras[0] !== undefined && facultyOf(state, extras[0])) ed.area = extras.shift()!;
  const own = ed.area ? undefined : schoolOnOwnLine(state, e, extras);
  if (own) {
    ed.area = ed.institution!;
    ed.institution = extras.splice(extras.indexOf(own.text), 1)[0]!;
    institutionFrom = own.line;
  }
  const summary = [extras.join(' · '), bodyMarkdown(body)].filter(Boolean).join('\n\n');
  if (summary) ed.summary = summary;
  noteField(state, `${at}/studyType`, from, f.why.first);
  noteField(state, `${at}/institution`, institutionFrom, school ? ['a short line of the text names a school; the head\'s part after the degree names none'] : f.why.second);
  if (e.date) noteField(state, `${at}/endDate`, e.date.line, ['date on this line']);
  return ed;
}

/**
 * "**컴퓨터공학과 학사**" / ": 2010년 3월 - 2017년 8월" / "서울과학기술대학교": where the school read is a unit named on the degree's
 * own line, a later head line that is a school's name alone (no degree) is the school, and the unit what was studied.
 */
function schoolOnOwnLine(state: ParseState, e: ReadEntry, extras: readonly string[]): { text: string; line: Line } | undefined {
  const { first, second } = e.fields;
  if (!first || !second || second.line !== first.line) return undefined;
  for (const line of e.block.head) {
    if (line === first.line || !extras.includes(line.plain)) continue;
    const c = wordClasses(line.plain, state);
    if (c.has('institution') && !c.has('degree')) return { text: line.plain, line };
  }
  return undefined;
}

/** Han, kana or Hangul. */
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u;

/** "理工学部 機械工学科", "教育学部 総合教育科学科 身体教育学コース": a part in a script without spaces, a few words, naming a school's unit (a school word). */
function facultyOf(state: ParseState, text: string): boolean {
  return CJK.test(text.charAt(0)) && text.split(' ').length <= 4 && text.length <= 40 && wordClasses(text, state).has('institution');
}

/** A percentage or a fraction alone ("100%", "82 %", "94.5%", "4.47/4.5", "110/110"): a grade. */
const GRADE = /^\d{1,3}(?:[.,]\d{1,2})?(?:\s?%|\s?\/\s?\d{1,3}(?:[.,]\d{1,2})?)$/;

/**
 * "Магістр, Київський національний університет …", "硕士，西安交通大学": a bare degree before the first comma (or fullwidth comma)
 * of a school's text, and that school; or an abbreviated degree before a space ("M.A. University of California, Los Angeles").
 */
function cutLeadingDegree(state: ParseState, text: string): [string, string] | undefined {
  const wide = text.indexOf('，');
  const comma = wide > 0 && (text.indexOf(', ') < 0 || wide < text.indexOf(', ')) ? wide : text.indexOf(', ');
  const space = text.indexOf(' ');
  const at = comma > 0 && bareDegree(state, text.slice(0, comma)) ? comma : space > 0 && text.slice(0, space).includes('.') && /^\p{Lu}/u.test(text.slice(space + 1)) ? space : -1;
  if (at < 0) return undefined;
  const degree = text.slice(0, at);
  const school = text.slice(at === comma ? at + (at === wide ? 1 : 2) : at + 1).trim();
  return bareDegree(state, degree) && wordClasses(school, state).has('institution') ? [degree, school] : undefined;
}

/** A degree word and nothing else: at most three words ("Bachelor", "本科", "Master of Science"). */
function bareDegree(state: ParseState, text: string): boolean {
  const words = text.split(/\s+/u).length;
  return words <= 4 && (words > 1 || text.length <= 12) && wordClasses(text, state).has('degree');
}

/** A text that is one degree phrase of the lexicons, whole: "Bachelor's Degree", "Master of Science" (not "B.S. Biochemistry"). */
function degreeWordOnly(state: ParseState, text: string): boolean {
  const whole = text.trim().toLowerCase();
  return wordClasses(text, state).get('degree')?.includes(whole) === true;
}

/** A part of at most eight words, with more words than `bare` and no digit, that opens with a degree word and names no school. */
function finerDegree(state: ParseState, text: string, bare: string): boolean {
  const words = text.split(/\s+/u).length;
  if (words > 8 || words <= bare.split(/\s+/u).length || /\d/.test(text) || !opensWithDegreeWord(state, text, 2)) return false;
  return !wordClasses(text, state).has('institution');
}

/** A note in brackets alone ("（211）", "(985 · 保研)"): said of the school, no field of study. */
const BRACKET_NOTE = /^[(（][^()（）]*[)）]$/u;

/**
 * Where the field of study is among a degree's extras: the first, or the next after notes in brackets and a faculty (a
 * school word), or a department alone in a script without spaces ("學士" after "電機工程學系"); -1: none.
 */
function fieldAt(state: ParseState, extras: readonly string[], degreeLine: Line | undefined): number {
  let at = 0;
  while (extras[at] !== undefined && BRACKET_NOTE.test(extras[at]!)) at++;
  if (extras[at] !== undefined && wordClasses(extras[at]!, state).has('institution')) {
    // (on the degree's own line: a school on a line of its own is the school, "國立臺灣師範大學" over "電機工程研究所 碩士")
    if (extras[at + 1] === undefined && facultyOf(state, extras[at]!) && degreeLine?.plain.includes(extras[at]!)) return at;
    at++;
  }
  const field = extras[at];
  return field !== undefined && (extras[at + 1] ?? '').length <= field.length && fieldOfStudy(state, field) ? at : -1;
}

/** A short name of a subject: no digits (a grade, a year), no degree, school or company word, no place, no sentence. */
function fieldOfStudy(state: ParseState, text: string): boolean {
  if (text.length > 60 || /[\d.!?。:：]/u.test(text) || scorePlaceIn(state, text) >= 2) return false;
  const cls = wordClasses(text, state);
  return !cls.has('degree') && !cls.has('institution') && !cls.has('organisation');
}

/** An entry of an education section that is a certificate: a certificate word, no degree word, at most one date. */
function isCertificate(state: ParseState, e: ReadEntry): boolean {
  const text = foldWord(e.segments.map((s) => s.text).join(' '));
  if (!LEXICON_INDEX.certificateStems.some((st) => text.includes(st))) return false;
  const leads = LEXICON_INDEX.certificateStems.some((st) => text.startsWith(st));
  if (!leads && wordClasses(text, state).has('degree')) return false;
  return !e.date || e.date.span.single;
}

/** An entry that names nothing but its certificate: one part, with no school's word ("Certified Scrum Master, May 2010"). */
function certificateAlone(state: ParseState, e: ReadEntry): boolean {
  return e.segments.length === 1 && !wordClasses(e.segments[0]!.text, state).has('institution');
}

/**
 * "### Uddannelse og certificeringer" over "`2020`" / "Dansk IT - IT Architect Foundation (TOGAF)" and "`2015-2017`" /
 * "M.Sc. …": under a heading that names certificates too, an entry with one date at most that names no degree and no
 * school is a certificate, where another entry of the section names a degree.
 */
function namesNoStudy(state: ParseState, e: ReadEntry, all: readonly ReadEntry[]): boolean {
  if (e.date && !e.date.span.single) return false;
  const studies = (x: ReadEntry): boolean => {
    const cls = wordClasses(x.segments.map((s) => s.text).join(' '), state);
    return cls.has('degree') || cls.has('institution');
  };
  return !studies(e) && all.some((x) => x !== e && studies(x));
}

/**
 * Reads an education section into the model's Education entries. Certificates listed there go to certificates where
 * the heading names certificates too ("Education & Certifications"), or where the entry names nothing but the
 * certificate ("Certified Scrum Master, May 2010"): under "Formation" alone, "2015 — Certifié ethical hacker —
 * EC-Council" names who taught it, as a study names its school, and stays among the studies.
 */
export function readEducation(state: ParseState, section: Section): { entries: Education[]; certificates: Certificate[]; jobs: Work[]; intro: Line[] } {
  const heads = readEntryHeads(state, section, 'education', { titleFirst: 0, singleIsOrg: 0.5 });
  const read = { ...heads, entries: foldDetailEntries(pairEventEntries(state, heads.entries, 'education')) };
  const base = state.resume.education?.length ?? 0;
  const entries: Education[] = [];
  const certificates: Certificate[] = [];
  const jobs: Work[] = [];
  for (const e of read.entries) {
    // "## 学歴・職歴" over "### 2018/04 - 2020/03" / "- 株式会社アクセルユニバース": in a heading that names work too, a company is a job
    if (section.also === 'work' && readsAsJob(state, e)) {
      const asJob = { ...e, fields: assignHead(state, e.segments, 'work', { titleFirst: 0.3, singleIsOrg: 0.5 }, e.date?.line) };
      jobs.push(toWork(state, asJob, `/work/${(state.resume.work?.length ?? 0) + jobs.length}`));
      continue;
    }
    if ((isCertificate(state, e) && (section.also === 'certificates' || certificateAlone(state, e))) || (section.also === 'certificates' && namesNoStudy(state, e, read.entries))) {
      // (three parts or more, "Oracle - OCA – Java 8": which is the issuer is not told, so all make the name)
      const texts = e.segments.map((s) => s.text);
      const [name, issuer] = texts.length > 2 ? [texts.join(' – ')] : texts;
      const date = isoDates(e.date?.span);
      certificates.push({ ...(name ? { name } : {}), ...(issuer ? { issuer } : {}), ...(date.endDate ?? date.startDate ? { date: (date.endDate ?? date.startDate)! } : {}) });
      continue;
    }
    entries.push(toEducation(state, e, `/education/${base + entries.length}`));
  }
  return { entries, certificates, jobs, intro: read.intro };
}

/** An entry that names a company (an organisation word) and no school or degree, or a job title and no degree ("**Postdoc Fellow**, Department of …, Stanford"). */
function readsAsJob(state: ParseState, e: ReadEntry): boolean {
  const cls = wordClasses(e.segments.map((s) => s.text).join(' | '), state);
  // ("Research Assistant/PhD Candidate", "Student Research Assistant": a job of two words or more is one beside a degree's word)
  if (cls.has('degree')) return cls.get('jobTitle')?.some((t) => t.includes(' ')) === true;
  return (cls.has('organisation') && !cls.has('institution')) || cls.has('jobTitle');
}
