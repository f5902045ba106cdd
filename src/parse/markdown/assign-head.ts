// Decides which segment of an entry's head is the role, the organisation and the place (or the degree and the school), by scores and the section's layout.
import { capitalisedAsName } from './capitalised-as-name.js';
import type { Line, ParseState } from './parse-types.js';
import { isTown, placeScore, scoreSegment, wordClasses, type SegmentScore } from './score-segment.js';
import { scorePlaceIn } from './score-place-in.js';
import { countWords } from './count-words.js';
import { DASH_SEPARATORS, type Segment } from './split-head.js';
import { onlyJobParts } from './only-job-parts.js';
import { namesJobOnly } from './names-job-only.js';
import { foldWord } from './fold-word.js';
import { LEXICON_INDEX } from './lexicon-index.js';
import { splitCommas } from './split-commas.js';
import { commaOf } from './comma-of.js';
import { splitAround } from './split-around.js';
import { cutParenTail } from './cut-paren-tail.js';
import { classifyHeadingIn } from './classify-heading-in.js';
import { trimChars } from './trim-chars.js';
import { lineDates } from './line-dates.js';

/** Layout habits of a section, learned from its clearer entries. */
export interface LayoutPriors {
  /** > 0: the role comes before the organisation; < 0: after. */
  titleFirst: number;
  /** > 0: a head with a single segment is an organisation; < 0: a role. */
  singleIsOrg: number;
}

/** The fields read from a head, and which segment each came from. */
export interface HeadAssignment {
  /** Work: role and organisation; education: degree and school. */
  first?: Segment;
  second?: Segment;
  places: Segment[];
  rest: Segment[];
  /** Text of the place cut off the end of a segment ("Company (City)", "Company, City"). */
  cutPlaces: Array<{ from: Segment; text: string }>;
  /** How clear the decision was (score margin), and why. */
  margin: number;
  why: Record<'first' | 'second', string[]>;
}

/** Which fields an entry has: work-like (role, organisation) or education-like (degree, school). */
export type HeadKind = 'work' | 'education';

interface Scored {
  seg: Segment;
  s: SegmentScore;
  order: number;
  fit: [number, number];
}

/** "Town, Country" or "Town": every comma part one to three capitalised words that are no organisation, school or job word. */
function townParts(state: ParseState, t: string): boolean {
  const parts = splitAround(t, /[,;]\s*/).filter(Boolean);
  if (parts.length < 2 || parts.length > 3 || !parts.every((p) => /\p{Ll}/u.test(p) || /^\p{Lu}{2,3}$/u.test(p))) return false;
  if (!parts.every((p) => /^\p{Lu}[\p{L}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|de|del|la|am|an|im|sur))*$/u.test(p) && p.split(' ').length <= 3) || !isTown(t)) return false;
  // ("Acme, Softwarearkitekt": a compound the CV's language makes of a job word is no town either)
  return !wordClasses(t, state).has('jobTitle');
}

/** "Сент-Питерсберг (РФ) / Нью-Браунфелс (США) / Гуанчжоу (Китай)": towns, each maybe with its country in brackets, between spaced slashes. */
function townList(state: ParseState, t: string): boolean {
  const parts = t.split(' / ');
  if (parts.length < 2 || parts.length > 4) return false;
  const town = /^\p{Lu}\p{Ll}[\p{L}'’.\-]*(?: \p{Lu}\p{Ll}[\p{L}'’.\-]*)?(?: \((?:\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?|\p{Lu}{2,3})\))?$/u;
  if (!parts.every((p) => town.test(p.trim())) || !isTown(t) || wordClasses(t, state).has('jobTitle')) return false;
  // (one of them a known place, or its bracket one: "Tune / Branch" names two companies)
  return parts.some((p) => {
    const open = p.indexOf('(');
    return scorePlaceIn(state, open < 0 ? p.trim() : p.slice(0, open).trim()) >= 2 || (open >= 0 && scorePlaceIn(state, p.slice(open + 1, p.lastIndexOf(')'))) >= 2);
  });
}

/** One or two capitalised words with lower-case letters that are no organisation, school or job word ("Swindon", "Bad Ragaz"). */
function singleTown(t: string): boolean {
  // (a capital inside a word is a brand's, not a town's: "Instant Trading EU LTD (InstaForex)")
  return /^\p{Lu}\p{Ll}[\p{L}'’.\-]*(?:\s\p{Lu}\p{Ll}[\p{L}'’.\-]*)?$/u.test(t.trim()) && !/\p{Ll}\p{Lu}/u.test(t) && isTown(t);
}

/** Whether a text has an organisation's legal form or word. */
function orgish(t: string): boolean {
  return /\b(?:AG|GmbH|SA|S\.A\.|Ltd\.?|Inc\.?|LLC|Plc|SRL|S\.r\.l\.|KG|AB|AS|Oy|BV|B\.V\.|NV|SE|Corp\.?|Co\.)\b/u.test(t);
}

/** Whether a text holds an organisation or school word of the lexicons ("INSEAD Business School"). */
function bodyWords(t: string, state: ParseState): boolean {
  const c = wordClasses(t, state);
  return c.has('organisation') || c.has('institution');
}

/** Both texts are mostly in the same script (Latin, Cyrillic, …). */
function sameScript(a: string, b: string): boolean {
  const script = (s: string): string => (/\p{Script=Latin}/u.test(s) ? 'L' : /\p{Script=Cyrillic}/u.test(s) ? 'C' : /\p{Script=Greek}/u.test(s) ? 'G' : 'O');
  return script(a) === script(b);
}

/** `s` less a closing "(…)" and the white space before it (as `s.replace(/\s*[(（][^()（）]*[)）]$/u, '')`), by scanning. */
function dropParenTail(s: string): string {
  const last = s[s.length - 1];
  if (last !== ')' && last !== '）') return s;
  let open = s.length - 2;
  while (open >= 0 && !'()（）'.includes(s[open]!)) open--;
  return open >= 0 && (s[open] === '(' || s[open] === '（') ? s.slice(0, open).trimEnd() : s;
}

/** The part before a town names an organisation or a school: a legal form, a lexicon word, or bold or linked text that names no job. */
function namesBody(state: ParseState, seg: Segment, head: string): boolean {
  const marked = seg.line.boldParts.includes(head) || seg.line.links.some((l) => l.text === head);
  return orgish(head) || bodyWords(head, state) || (marked && !wordClasses(head, state).has('jobTitle'));
}

/** A text ending in a bracketed code of two or three capitals that names no job or organisation ("London (UK)", "Rimini (IT)", not "Szeged (CEO)"). */
function placeCodeTail(s: string): boolean {
  const m = /\s\((\p{Lu}{2,3})\)$/u.exec(s);
  return m !== null && isTown(m[1]!);
}

/** A town's name: one to three capitalised words. */
const TOWN_WORDS = /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}$/u;

/**
 * "Brück Electronic GmbH in Lindlar", "Qball Internet B.V. te Alkmaar": the text before a closing "in Town" (or a word
 * of the CV's languages' `placeAfter` list) and that town (undefined when it has none).
 */
function inTownTail(state: ParseState, text: string): { rest: string; town: string } | undefined {
  const words = text.split(' ');
  for (let k = words.length - 2; k >= 1 && k >= words.length - 4; k--) {
    const w = words[k]!;
    if (w !== 'in' && !state.lexicons.slice(0, 2).some((l) => l.placeAfter?.includes(w))) continue;
    const town = words.slice(k + 1).join(' ');
    // ("Univerza v Ljubljani": a school word alone before it names the school by its town)
    if (k === 1 && LEXICON_INDEX.words.get(foldWord(words[0]!))?.some((h) => h.value === 'institution')) continue;
    if (TOWN_WORDS.test(town) && isTown(town)) return { rest: words.slice(0, k).join(' ').trimEnd(), town };
  }
  return undefined;
}

/**
 * "Brück Electronic GmbH in Lindlar" before "North Rhine-Westphalia, Germany": a town after "in" at the end of
 * what is left goes with the place ("Lindlar, North Rhine-Westphalia, Germany").
 */
function townBeforePlace(state: ParseState, cut: { rest: string; place: string }): { rest: string; place: string } {
  const tail = inTownTail(state, cut.rest) ?? legalFormTail(cut.rest);
  return tail ? { rest: tail.rest, place: `${tail.town}, ${cut.place}` } : cut;
}

/** A company's legal form as written: an organisation word of five letters at most, or one closed by a full stop ("Ltd.", "GmbH", "Pty"). */
function legalForm(word: string): boolean {
  return (word.length <= 5 || word.endsWith('.')) && (LEXICON_INDEX.words.get(foldWord(word))?.some((h) => h.value === 'organisation') ?? false);
}

/**
 * "Hooroo Pty Ltd. Melbourne" before "Australia", "Catalyst IT Ltd. Wellington City" before "Wellington": one to three
 * capitalised words after a legal form that ends the name, naming nothing else, one of them a known place, are the town of the place after them.
 */
function legalFormTail(text: string): { rest: string; town: string } | undefined {
  const words = text.split(' ');
  for (let k = words.length - 2; k >= 1 && k >= words.length - 4; k--) {
    if (!legalForm(words[k]!)) continue;
    const town = words.slice(k + 1).join(' ');
    // (a word of it a known place: "Angehrn AG Umformtechnik" names a trade)
    const known = town.split(' ').some((w) => placeScore(w) >= 2);
    return known && TOWN_WORDS.test(town) && isTown(town) ? { rest: words.slice(0, k + 1).join(' '), town } : undefined;
  }
  return undefined;
}

/** A name's last comma part, one to three capitalised words: maybe a town ("AT&T Labs Research, Florham Park"). */
const TOWN_TAIL = /^(.*\S),\s+(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2})$/u;

/**
 * "AT&T Labs Research, Florham Park (NJ, USA)": the last comma part before a bracketed place, after a name with an
 * organisation's or school's word and no job's, and itself naming nothing, is the town of that place (whether a list knows the town or not).
 */
function townBeforeBracket(state: ParseState, rest: string, place: string): { rest: string; place: string } {
  const m = TOWN_TAIL.exec(rest);
  const named = m ? wordClasses(m[1]!, state) : undefined;
  // (not after a role: "Senior Software Engineer, Zerofy (Remote, România)" names the organisation)
  if (!m || !named || named.has('jobTitle') || !(named.has('organisation') || named.has('institution'))) return { rest, place };
  const c = wordClasses(m[2]!, state);
  if (c.has('jobTitle') || c.has('organisation') || c.has('institution') || c.has('degree')) return { rest, place };
  return { rest: m[1]!, place: `${m[2]} (${place})` };
}

/**
 * "EXADS, Sandyford, County Dublin, Ireland (Remoto)": comma parts before a bracketed place that are a place of two parts or
 * more themselves go with it ("Sandyford, County Dublin, Ireland (Remoto)"), the first part staying the name.
 */
function placeBeforeBracket(state: ParseState, rest: string, place: string): { rest: string; place: string } | undefined {
  const parts = splitCommas(rest);
  for (let k = 1; k < parts.length - 1; k++) {
    const tail = parts.slice(k).join(commaOf(rest));
    if (scorePlaceIn(state, tail) >= 3 && !wordClasses(tail, state).has('jobTitle')) return { rest: parts.slice(0, k).join(commaOf(rest)), place: `${tail} (${place})` };
  }
  return undefined;
}

/** "Senior Engineer", "Northwind": a role, then a part that no list knows as a place and that names no job, school or degree. */
function nameBeforeTown(state: ParseState, role: string, name: string): boolean {
  if (scorePlaceIn(state, name) > 0 || !/^[\p{Lu}\p{N}]/u.test(name)) return false;
  const r = wordClasses(role, state);
  if (!r.has('jobTitle') || r.has('organisation') || r.has('institution')) return false;
  const n = wordClasses(name, state);
  return !n.has('jobTitle') && !n.has('degree') && !n.has('employment');
}

/**
 * Cuts a place off the end of a segment: a parenthesis or the last comma-separated parts, when they are places.
 * @param parens - a parenthesis may be the place (not where another part of the head is one: "NDA (Betting)",
 *   "Pitch Avatar Inc (Austria)" over "**Kyiv, Ukraine | …**" keep their brackets)
 * @param roleBeside - the other parts of its line are roles: a town after a name that is no role goes ("The Call Centre, Lower Hutt - _Phone Operator_";
 *   not "Software Innovations Lab, Virginia Tech" under a role heading, nor the last of a list, "Python, Go, MySQL, Kafka")
 */
function cutPlace(seg: Segment, state: ParseState, parens: boolean, roleBeside: boolean, alone = false): { rest: string; place: string } | undefined {
  const t = seg.text;
  // (towns between slashes are all place: "Рига (Латвия) / Лимасол (Кипр)" keeps its last bracket)
  if (townList(state, t)) return undefined;
  const paren = parens ? cutParenTail(t, 2, 40) : undefined;
  // (not a bracket of a word and an acronym glued by a slash: "Software Developer Co-op (Java/API)" names a stack, though Java
  // is an island; "(İzmir/Türkiye)" is a place)
  if (paren && scorePlaceIn(state, paren[1]) >= 2 && !/^\p{Lu}{2,4}$/u.test(paren[1]) && !/\p{L}\/\p{Lu}{2,4}$/u.test(paren[1])) return placeBeforeBracket(state, paren[0], paren[1]) ?? townBeforeBracket(state, paren[0], paren[1]);
  const stopped = placeAfterStop(state, t);
  if (stopped) return stopped;
  const parts = splitCommas(t);
  for (let k = 1; k < parts.length; k++) {
    // ("Doctoral Researcher, IGE, Grenoble, France": an acronym that is no place, before places, names the organisation)
    if (k < parts.length - 1 && /^\p{Lu}{2,6}$/u.test(parts[k]!) && scorePlaceIn(state, parts[k]!) === 0) continue;
    // ("Senior Engineer, Northwind, Lisbon" alone in its head: a name no list knows, between a role and a town, is the organisation)
    if (alone && k === parts.length - 2 && k === 1 && nameBeforeTown(state, parts[0]!, parts[1]!)) continue;
    const tail = parts.slice(k).join(commaOf(t));
    const head = parts.slice(0, k).join(commaOf(t));
    // ("Kentville University, Kentville, Ontario, Canada", "جامعة بوسطن، بوسطن، …": the name's own town word after it, before places, opens the place)
    if (k === 1 && parts.length >= 3 && townOfName(parts[0]!, parts[1]!) && scorePlaceIn(state, parts.slice(2).join(', ')) >= 2) return townBeforePlace(state, { rest: head, place: tail });
    const bare = dropParenTail(tail);
    // (whether the head names something is asked only when a town follows it)
    // (or a country's code of two or three capitals that is no legal form: "**Stuzo**, US", "**Tikle**, UA")
    const townAfterOrg = k === parts.length - 1 && (splitAround(bare, /\/\s*/).every(singleTown) || scorePlaceIn(state, bare) >= 2 || (/^\p{Lu}{2,3}$/u.test(bare) && !orgish(bare) && isTown(bare))) && (namesBody(state, seg, head) || (roleBeside && parts.length === 2 && !wordClasses(head, state).has('jobTitle')));
    // ("London (UK)", "Rimini (IT)": a bracket of a country's or province's code is part of the place)
    const place = placeCodeTail(tail) ? tail : bare;
    // (no part of it a job: "Rocla Oy, Järvenpää, Testiautomaatioinsinööri" ends with a compound naming one)
    if ((scorePlaceIn(state, tail) >= 2 || townAfterOrg) && !wordClasses(tail, state).has('jobTitle')) return townBeforePlace(state, { rest: place === tail ? head : `${head} ${tail.slice(bare.length).trim()}`, place });
  }
  // "Surbana Jurong Pte. Ltd. Singapore", "University of New South Wales. Australia": a known place after the last full stop
  // (the stop ends a word of five letters or more, or a legal form: not an abbreviation that a name follows, "Univ. Montpellier")
  const dot = t.lastIndexOf('. ');
  const ended = dot > 1 ? t.slice(t.lastIndexOf(' ', dot) + 1, dot + 1) : '';
  const full = ended.length > 5 || legalForm(ended);
  if (full && !t.slice(dot + 2).includes(',') && scorePlaceIn(state, t.slice(dot + 2)) >= 3) return { rest: t.slice(0, dot + 1), place: t.slice(dot + 2) };
  // (a word no list knows after a degree is its subject or honours, no town: "Kauppatieteiden maisteri (Rahoitus)", "Bsc Computer Science (First Class)";
  // after a job in one bold run with it, its field: "**Lead Blockchain Engineer (Ethereum)**"; not "**Senior Engineer** (Shenyang, 2016/3-2018/12)")
  if (paren && singleTown(paren[1]) && sameScript(paren[0], paren[1]) && !/\p{Lu}{2,}/u.test(paren[1]) && !wordClasses(paren[0], state).has('degree') && !roleWithBracket(state, seg, paren[0], paren[1])) return { rest: paren[0], place: paren[1] };
  // "Thomas Magnete GmbH in Herdorf": a town after "in" at the end of a name of an organisation or school
  const inTown = inTownTail(state, t);
  // (a name alone: not "Jagiellonian University, MSc in Computer Science", a degree's field)
  if (inTown && singleTown(inTown.town) && !inTown.rest.includes(',') && namesBody(state, seg, inTown.rest) && !wordClasses(inTown.rest, state).has('degree')) return { rest: inTown.rest, place: inTown.town };
  return undefined;
}

/** A job and the bracket after it in one bold or italic run ("**Backend Engineer (Blockchain)**", "*Visiting Scholar (Physics)*"): the bracket is part of the role. */
function roleWithBracket(state: ParseState, seg: Segment, role: string, bracket: string): boolean {
  const inRun = (b: string): boolean => b.includes(role) && b.includes(`(${bracket})`);
  return wordClasses(role, state).has('jobTitle') && (seg.line.boldParts.some(inRun) || seg.line.italicParts.some(inRun));
}

/**
 * "Bond Maritime Services Limited (Oil & Gas Maritime Services). Victoria Island, Lagos.": after a full stop that closes a name
 * (a word of six letters or more, a bracket or a legal form), a place of several comma parts is the place.
 */
function placeAfterStop(state: ParseState, text: string): { rest: string; place: string } | undefined {
  const t = text.endsWith('.') ? text.slice(0, -1) : text;
  const dot = t.lastIndexOf('. ');
  if (dot <= 1) return undefined;
  const ended = t.slice(t.lastIndexOf(' ', dot) + 1, dot + 1);
  const tail = t.slice(dot + 2);
  // (a legal form that opens the name ends none: "PT. Unicorn Tosan Perkasa, Bandung")
  const opening = t.lastIndexOf(' ', dot) < 0 && legalForm(ended);
  // (nor does one that another legal form follows: "netforge GmbH & Co. KG, Berlin", though KG is a country's code)
  if (opening || !(ended.length > 6 || ended.endsWith(').') || legalForm(ended)) || !tail.includes(', ') || legalForm(tail.slice(0, tail.indexOf(', '))) || scorePlaceIn(state, tail) < 2) return undefined;
  // (a legal form keeps its stop: "SAP SSC Ltd. Ireland, Galway")
  return { rest: t.slice(0, legalForm(ended) ? dot + 1 : dot), place: tail };
}

/**
 * "Curs Machine Learning — Andrew Ng (2011). Finalizat înainte ca platforma Coursera să fie lansată public.": a
 * segment of five words or more that follows a full stop on its line and ends it with one is a sentence, no name.
 */
function secondSentence(seg: Segment): boolean {
  const line = seg.line.plain;
  const at = line.lastIndexOf(seg.text);
  return at >= 2 && line.startsWith('. ', at - 2) && line.length === at + seg.text.length + 1 && line.endsWith('.') && seg.text.split(' ').length >= 5;
}

/** More words than an organisation's name has: a description. */
const LONG_PART = 8;

/** What a group heading (an organisation over several roles) adds to its weight as the organisation. */
const GROUP_WEIGHT = 2.5;

/** A segment introduced by a connector word or "@" ("… en Red Hat Chile", "… @ Spotify"). */
const connected = (seg: Segment): boolean => seg.sep.length > 1 || seg.sep === '@';

/** Every language's connectors of whom a post served ("for", "für", "pour"), folded (see `Lexicon.forConnectors`). */
const FOR_CONNECTORS: ReadonlySet<string> = new Set([...LEXICON_INDEX.byTag.values()].flatMap((l) => (l.forConnectors ?? []).map(foldWord)));

/** Kinds of employment that stand for the employer of one working for oneself, of every lexicon, folded (see `Lexicon.selfEmployment`). */
const SELF_EMPLOYMENT: ReadonlySet<string> = new Set([...LEXICON_INDEX.byTag.values()].flatMap((l) => (l.selfEmployment ?? []).map(foldWord)));

/** How much a group's line that is a sentence weighs against each field: more than any other evidence of a part. */
const SENTENCE_GROUP_PENALTY = 10;

/** A line of more than eight words, most of them opening in a small letter: a sentence, not a name. */
function groupSentence(line: Line): boolean {
  const words = line.plain.split(/\s+/);
  return words.length > 8 && words.filter((w) => /^\p{Ll}/u.test(w)).length * 2 > words.length;
}

/** How much a segment fits the first field (role / degree) and the second (organisation / school); `roleBeside`: another part of its line names a job. */
function fits(x: Omit<Scored, 'fit'>, kind: HeadKind, roleBeside: boolean): [number, number] {
  const s = x.s;
  let a = kind === 'work' ? s.title : s.degree;
  let b = kind === 'work' ? s.org : s.school;
  // (not a group's line that is a sentence: "### Neben Schule und Studium habe ich als Entwickler für folgende Firmen gearbeitet")
  if (x.seg.lineIdx === -1 && groupSentence(x.seg.line)) {
    a -= SENTENCE_GROUP_PENALTY;
    b -= SENTENCE_GROUP_PENALTY;
  } else if (x.seg.lineIdx === -1) b += GROUP_WEIGHT;
  if (x.seg.tier === 'upper') b += 1.5;
  // (a job's name in capitals before its sentences: "CERTELL INTERNATIONAL. Summer Internship Program.")
  if (x.seg.capsLead && kind === 'work') b += 1.5;
  if (x.seg.tier === 'lower') a += 0.5;
  // (after "for", "für", "pour" comes a field as often as an employer: "Fachinformatiker für Anwendungsentwicklung" over "**Dupp GmbH**")
  if (connected(x.seg)) b += FOR_CONNECTORS.has(x.seg.sep) ? 0.5 : 2;
  // ("Продуктовый дизайнер — фриланс", "__Freelance__ Data Scientist": working for oneself, beside the role, stands where the
  // employer goes; on a line of dates and terms it is one of the terms, "Окт 2017 – Окт 2018 · Удалённо · Фриланс")
  if (roleBeside && s.title <= 0 && SELF_EMPLOYMENT.has(foldWord(x.seg.text))) b += 2.5;
  if (x.seg.linked) b += 0.8;
  // ("### **Analista de Negócios – Manufatura**" over "**Klabin**": a bold line of its own under the head, one part naming no job, is a name)
  else if (boldNameLine(x)) b += 1.5;
  // "**Северсталь** — Backend-разработчик": a part set in bold, naming no job, on a line not all bold whose other part names one, is a name
  else if (roleBeside && s.title <= 0 && !x.seg.line.bold && x.seg.line.boldParts.includes(x.seg.text)) b += 0.8;
  // (a degree's label names a role only of a study: "- Área: Tecnología y Arquitectura de Redes" under a job is its department)
  if (x.seg.label === 'position' || (x.seg.label === 'degree' && kind !== 'work')) a += 10;
  if (x.seg.label === 'organisation' || x.seg.label === 'institution') b += 10;
  if (x.s.place >= 3) {
    a -= 1;
    b -= 1;
  }
  // ("**KURTULUS LAW**, Istanbul" / "**Legal Intern** • *Jun. 2024*" / "*Kurtuluş Law Office is a boutique law firm dedicated to …*":
  // a later line of the head that is one sentence, ended with a stop, describes the organisation; it does not name it)
  if (x.seg.lineIdx > 0 && x.seg.text.length >= x.seg.line.plain.trim().length - 1 && /[.!?]$/.test(x.seg.line.plain.trim()) && groupSentence(x.seg.line)) b -= SENTENCE_GROUP_PENALTY;
  if (secondSentence(x.seg)) b -= 3;
  // ("… / Optum" over "- Data Science and Engineering lead for enterprise cybersecurity group": a part of a later line in small
  // letters only, not marked, describes a unit; names are capitalised)
  else if (x.seg.lineIdx > 0 && !x.seg.linked && /\p{Ll}/u.test(x.seg.text) && !/\p{Lu}/u.test(x.seg.text) && !x.seg.line.boldParts.includes(x.seg.text)) b -= 3;
  // ("## Lead Developper, spécialiste e-commerce" over "### Baobaz – *juin 2007 à janv. 2010*": a part opening with a job word in a small letter goes on the role)
  else if (/^\p{Ll}/u.test(x.seg.text) && !x.seg.linked && s.title > 0) b -= 2;
  // "**[ALFA S.r.l.](…)** - Società pubblica costituita nel giugno 2015 che gestisce …": a long part after a separator describes the name before it
  // (after a dash, with no comma that may end it with a name: "Verfassen der Diplomarbeit … mit dem ETF-Desk, Commerzbank" keeps its chance)
  else if (DASH_SEPARATORS.has(x.seg.sep) && x.seg.lineIdx >= 0 && !x.seg.text.includes(',') && x.seg.text.split(' ').length > LONG_PART) b -= 2;
  return [a, b];
}

/** The head's second line, set in bold as a whole, one segment, naming no job, degree or known place ("**Klabin**" under the role's heading; not "**Main Highlights**" under the dates). */
function boldNameLine(x: Omit<Scored, 'fit'>): boolean {
  return x.seg.lineIdx === 1 && x.seg.solo && x.seg.line.bold && x.seg.line.kind === 'text' && x.s.title <= 0 && x.s.degree <= 0 && x.s.place < 2;
}

/** Up to five words, the first capitalised (or of a script without case), at least half of the first and the longer words capitalised: "Centro Nacional de Computacion", not "Best paper award". */
function nameLike(text: string): boolean {
  return text.split(' ').length <= 5 && !/[,;.!?]$/.test(text) && capitalisedAsName(text);
}

/** Scores one choice of (first, second) segments; `single` when the head has one segment that is no place. */
function choiceScore(single: boolean, f: Scored | undefined, g: Scored | undefined, priors: LayoutPriors): number {
  let v = 0;
  if (f) v += f.fit[0] + 0.65;
  if (g) v += g.fit[1] + 0.6;
  // (a group heading comes first by its place, not by the section's habit: the order says nothing there)
  if (f && g && f.seg.lineIdx >= 0 && g.seg.lineIdx >= 0) v += (f.order < g.order ? 1 : -1) * priors.titleFirst;
  if (single && g && !f) v += priors.singleIsOrg;
  // a lone part with no cue either way that reads like a name is one ("#### V informatica `2017 - 2020 | Zúrich-Suiza`"): job titles are words the lexicons know
  if (single && g && !f && g.fit[0] <= 0 && g.fit[1] <= 0 && nameLike(g.seg.text)) v += 0.1;
  if (single && f && !g) v -= priors.singleIsOrg;
  return v;
}

/** "…; разрабатывал и поддерживал российский онлайн видео сервис ivi.ru": a clause of five words or more after a semicolon, opening in a small letter, tells about the entry and names none of its fields. */
function tellingClause(seg: Segment): boolean {
  return seg.sep === ';' && /^\p{Ll}/u.test(seg.text) && countWords(seg.text) >= 5;
}

/** Prepares segments: cuts places off their ends and splits solo segments at commas into parts. */
function expand(state: ParseState, given: readonly Segment[], cutPlaces: HeadAssignment['cutPlaces'], kind: HeadKind, dateLine: Line | undefined): Segment[] {
  const segs = kind === 'work' ? joinDotRoles(state, joinRoleRuns(state, given)) : given;
  const out: Segment[] = [];
  /** Parts that go after all the others. */
  const late: Segment[] = [];
  let groups = 0;
  for (const seg of segs) {
    if (seg.label || seg.note || (scorePlaceIn(state, seg.text) >= 3 && !namesBesidePlace(state, seg, segs))) {
      out.push(seg);
      continue;
    }
    // "DevOps Engineer (JobTech)": a role, then in brackets a name that is no place and no role, is role and organisation
    // (only in a head that names nothing else: "Software Engineer (Finance & Operations)" over "Wefunder" is a role and a team)
    // (a group heading over a dated paragraph that is the whole entry, "2016/4 -- 現在, Kavli IPMU (客員研究員)", names no part of it)
    const own = seg.lineIdx === 0 && ownDatedParagraph(state, segs, dateLine);
    const alone = segs.every((o) => o === seg || o.label !== undefined || (own && o.lineIdx === -1) || scorePlaceIn(state, o.text) >= 2);
    const roleParen = !seg.label && alone ? (kind === 'work' ? roleAndParenName : degreeAndParenSchool)(state, seg.text) : undefined;
    if (roleParen) {
      // ("Intern (Adaptive Biotechnologies, Seattle, Washington, USA)": the bracket's places after the name are the place)
      const named: Segment = { ...seg, text: roleParen[1], sep: '(' };
      const cut = cutPlace(named, state, false, false);
      if (cut) cutPlaces.push({ from: named, text: cut.place });
      out.push({ ...seg, text: roleParen[0] }, cut ? { ...named, text: cut.rest } : named);
      continue;
    }
    // "- ICOD (Programmeur-Analyste Java, 2013 - 2015)": a name, then in brackets the role held there
    // ("#### 튜닙 (정규직)" over "- AI 팀 Engineer": so where every other part is a role, and then the bracket, a kind of
    // employment more than a role, comes after them)
    // (the other parts are scored only for a segment that is "Name (Role)")
    const nameParen = kind === 'work' && !seg.label ? nameAndParenRole(state, seg.text) : undefined;
    const others = nameParen !== undefined && !alone && rolesOnly(state, segs.filter((o) => o !== seg));
    if (nameParen && (alone || others)) {
      out.push({ ...seg, text: nameParen[0] });
      (others ? late : out).push({ ...seg, text: nameParen[1], sep: '(' });
      continue;
    }
    const cut = cutPlace(seg, state, !segs.some((o) => o !== seg && o.line !== seg.line && (o.label === 'place' || o.label === 'location' || scorePlaceIn(state, o.text) >= 3)), kind === 'work' && roleBesideSeg(state, seg, segs), kind === 'work' && segs.every((o) => o === seg || o.note !== undefined));
    if (cut) cutPlaces.push({ from: seg, text: cut.place });
    const text = cut ? cut.rest : seg.text;
    // alone on its line but for places ("SALSIFY, Staff SE ---- Boston MA"): split like a segment alone
    const solo = seg.solo || segs.every((o) => o === seg || o.line !== seg.line || tellingClause(o) || o.note || scorePlaceIn(state, o.text) >= 2);
    let parts = solo && !(seg.lineIdx > 0 && townParts(state, text)) ? splitCommas(text) : [text];
    // commas separate fields only when some part says what it is (a job word, an organisation, a school, a degree)
    // (a bold or italic run holding commas is one part: "**Vapaaehtoinen, ylläpitäjä**, *Blender*")
    // (a run that is every part is one name too where another line of the head gives more: "*Développement NFC, Multimédia
    // Business Services, Orange*" over "Développeur dans le département NFC"; alone, it marks the whole head)
    if (parts.length > 2) parts = joinRuns(parts, seg.line, segs.some((o) => o.line !== seg.line && o.lineIdx >= 0));
    // ("**Role**, *Fudeco Oy*. Kehitin Django-pohjaisen backendin …": an italic run, then a sentence after its full stop: the run is the name, the sentence text)
    if (parts.length > 1) parts = parts.flatMap((p) => italicThenSentence(seg.line, p) ?? [p]);
    // (or is an italic run of its own: "**Vapaaehtoinen, ylläpitäjä**, *Blender*, Wiki-ylläpito")
    const marked = parts.some((p) => seg.line.italicParts.includes(p)) && !seg.line.italic;
    if (parts.length > 1 && (!(marked || parts.some((p) => cued(p, state))) || allBodies(parts, state) || (!marked && roleUnderGroup(state, seg, segs, parts)))) parts = [text];
    if (parts.length === 1 && solo) parts = splitSlashPair(text, state) ?? splitCapitalRun(text, state);
    if (parts.length === 1 && solo && kind === 'work') parts = splitTitleThenName(text, state);
    // (on a head of one line: under "Instructor, Miami-Dade County Public Schools", "G. Holmes Braddock Senior High School" is one name)
    if (parts.length === 1 && solo && kind === 'work' && segs.every((o) => o.line === seg.line)) parts = splitTitleThenOrg(text, state);
    if (parts.length === 1 && kind === 'work' && seg.lineIdx >= 0 && segs.every((o) => o === seg || o.lineIdx < 0)) parts = splitNameThenTitle(text, state);
    parts = joinLegalForms(parts);
    if (parts.length < 2 || parts.length > 5) {
      // (the segment itself when nothing was cut off: segments are never changed once split)
      out.push(text === seg.text ? seg : { ...seg, text });
      continue;
    }
    const group = ++groups;
    parts.forEach((p, k) => out.push({ ...seg, text: p, sep: k === 0 ? seg.sep : ',', commaGroup: group }));
  }
  return late.length ? [...out, ...late] : out;
}

/**
 * "*Software Developer - Application Owner* - January 2014 to Present", "*Data Steward - IT Intern*": two parts side by side,
 * parted by a dash, that make one bold or italic run of a line that says more, each naming a job and neither an
 * organisation or a school, are one role (the organisation is elsewhere). The segments with such pairs joined.
 */
function joinRoleRuns(state: ParseState, segs: readonly Segment[]): readonly Segment[] {
  let out: Segment[] | undefined;
  for (let i = 0; i + 1 < segs.length; i++) {
    const a = segs[i]!;
    const b = segs[i + 1]!;
    if (a.line !== b.line || !DASH_SEPARATORS.has(b.sep) || a.label || b.label) continue;
    const run = `${a.text} ${b.sep} ${b.text}`;
    const runs = [...a.line.boldParts, ...a.line.italicParts];
    if (!runs.includes(run) || a.line.plain.trim() === run || !onlyJobParts(state, run)) continue;
    out ??= [...segs];
    out.splice(out.indexOf(a), 2, { ...a, text: run, solo: false });
  }
  return out ?? segs;
}

/**
 * "베리드코리아 | DevOps · SRE · 인프라 운영 전담 | 2025.02 ~ 현재": between bars, after a name that names no job, parts parted by
 * middle dots that open with a job and name no organisation, school, place or kind of employment are one role.
 */
function joinDotRoles(state: ParseState, segs: readonly Segment[]): readonly Segment[] {
  const at = segs.findIndex((a, i) => i > 0 && a.sep === '|' && segs[i + 1]?.sep === '·' && a.line === segs[i + 1]!.line && a.line === segs[i - 1]!.line);
  if (at < 0) return segs;
  let end = at + 1;
  while (segs[end + 1]?.sep === '·' && segs[end + 1]!.line === segs[at]!.line) end++;
  const run = segs.slice(at, end + 1);
  // (a bracketed note on the kind of employment after the last role is the role's: "DevOps (contract)")
  const names = (t: string): boolean => {
    const c = wordClasses(dropParenTail(t), state);
    return c.has('organisation') || c.has('institution') || c.has('employment') || scorePlaceIn(state, t) >= 2;
  };
  if (!namesJobOnly(state, run[0]!.text) || namesJobOnly(state, segs[at - 1]!.text) || run.some((r) => r.label || names(r.text))) return segs;
  const out = [...segs];
  out.splice(at, run.length, { ...run[0]!, text: run.map((r) => r.text).join(' · '), solo: false });
  return out;
}

/** Comma parts side by side that make one bold or italic run of `line` ("Vapaaehtoinen", "ylläpitäjä" of "**Vapaaehtoinen, ylläpitäjä**") joined again. */
function joinRuns(parts: string[], line: Line, joinWhole: boolean): string[] {
  const runs = [...line.boldParts, ...line.italicParts].filter((r) => r.includes(', '));
  if (runs.length === 0) return parts;
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const run = runs.find((r) => r.startsWith(`${parts[i]}, `));
    const n = run ? run.split(', ').length : 1;
    // (a run that is every part marks the whole head, not one name in it, unless `joinWhole`: "**Engineer, Acme Lab, University of Bremen**")
    if (run && parts.slice(i, i + n).join(', ') === run && (joinWhole || n < parts.length)) {
      out.push(run);
      i += n - 1;
    } else out.push(parts[i]!);
  }
  return out;
}

/** A text that opens with an italic run of `line`, then a full stop and a sentence of four words or more: the run and the sentence. */
function italicThenSentence(line: Line, text: string): [string, string] | undefined {
  if (line.italic) return undefined;
  const run = line.italicParts.find((p) => text.startsWith(`${p}. `));
  if (!run) return undefined;
  const rest = text.slice(run.length + 2).trim();
  return rest.split(' ').length >= 4 ? [run, rest] : undefined;
}

/** A segment that reads as a place as a whole, but also holds a name (asked only of such segments: it costs lookups of its parts and of the other segments). */
function namesBesidePlace(state: ParseState, seg: Segment, segs: readonly Segment[]): boolean {
  // "**Appsmith**, Remote": a part set in bold is a name, so the text is not a place as a whole
  // "[Sächsische Zeitung](…), Dresden": so is a part that links somewhere
  const named = (b: string): boolean => b.length > 1 && seg.text.includes(b) && scorePlaceIn(state, b) < 2;
  if ((!seg.line.bold && seg.line.boldParts.some(named)) || (!seg.line.italic && seg.line.italicParts.some(named)) || seg.line.links.some((l) => l.text !== seg.text && named(l.text))) return true;
  // "Intern with Hetero Drugs, Hyderabad": what follows a connector names the organisation first
  if (/\p{L}/u.test(seg.sep) && seg.text.includes(',')) return true;
  // "RugVista (Мальмё, Швеция)": the places are in brackets after a name that is none
  const paren = cutParenTail(seg.text, 2, 40);
  if (paren !== undefined && scorePlaceIn(state, paren[0]) === 0 && /\p{L}{2}/u.test(paren[0])) return true;
  // "Trifork, Eindhoven - Senior Software Engineer": a first part that is no place, next to a role and no other name, is the organisation
  // ("UGA, Grenoble, France": so is an acronym that is no place, before two places)
  const first = splitCommas(seg.text);
  if (first.length >= 3 && /^\p{Lu}{2,6}$/u.test(first[0]!) && scorePlaceIn(state, first[0]!) === 0) return true;
  // (not beside a role held for oneself: "### Freelance Software Engineer" / "**Windsor, Ontario**" is a place alone)
  const others = segs.filter((o) => o !== seg && !o.note);
  return scorePlaceIn(state, first[0] ?? '') === 0 && rolesOnly(state, others) && !others.some((o) => o.text.split(' ').some((w) => SELF_EMPLOYMENT.has(foldWord(w))));
}

/** The bracket's text names an organisation (its words or legal form), much more than the text before it does. */
function bracketNamesOrg(state: ParseState, before: string, bracket: string): boolean {
  const org = scoreSegment(bracket, state).org;
  return org >= 2 && org > scoreSegment(before, state).org + 1.5;
}

/** "Role (Name)": the role and the name, when the part before the bracket names a job and the bracket neither a job nor a place. */
function roleAndParenName(state: ParseState, text: string): [string, string] | undefined {
  const paren = cutParenTail(text, 2, 60);
  if (!paren || /[()（）]/u.test(paren[1])) return undefined;
  const [role, name] = paren;
  // "Engineer, [Styria Digital Services] (Digital Performance Unit)": the organisation is before the bracket
  // (the bracket may give the place after the name: "(KPMG, Lagos, Nigeria)", not a place alone: "(Lagos, Nigeria)")
  // ("Senior Associate, Global Markets Team (Clinton Health Access Initiative)", "Manager – Technology Consulting (Accenture
  // Pty. Ltd)": a role written with a comma or a dash, where the bracket names an organisation much more than the role does)
  const parted = /[|@]/.test(role) || (/[,;–—]/u.test(role) && !bracketNamesOrg(state, role, name));
  if (parted || !wordClasses(role, state).has('jobTitle') || wordClasses(name, state).has('jobTitle') || scorePlaceIn(state, splitCommas(name)[0] ?? name) >= 2) return undefined;
  return /^\p{Lu}|^\p{N}/u.test(name) ? [role, name] : undefined;
}

/** "BSc. Pure mathematics, applied mathematics and statistics (University of Cape Town)": the degree and the school (the text before the bracket and in it), when the part before the bracket names a degree and no school, and the bracket a school and no degree, or the other way round. */
function degreeAndParenSchool(state: ParseState, text: string): [string, string] | undefined {
  const paren = cutParenTail(text, 2, 80);
  if (!paren || /[()（）]/u.test(paren[1])) return undefined;
  const [degree, school] = paren;
  const d = wordClasses(degree, state);
  const c = wordClasses(school, state);
  if (d.has('degree') && !d.has('institution') && c.has('institution') && !c.has('degree')) return [degree, school];
  // (or the other way round: "University of Tokyo（B.S.[Medicine], M.D.）", a school and in its bracket the degree)
  return c.has('degree') && !c.has('institution') && d.has('institution') && !d.has('degree') ? [degree, school] : undefined;
}

/** "Name (Role)": the name and the role, when the bracket names a job and the part before it names none and is no place. */
function nameAndParenRole(state: ParseState, text: string): [string, string] | undefined {
  // ("… Java, 2013 - 2015)" less its date: the comma left before the closing bracket goes)
  const paren = cutParenTail(text.endsWith(')') ? `${trimChars(text.slice(0, -1), ' \t,;')})` : text, 2, 80);
  if (!paren || /[()（）]/u.test(paren[1]) || /[;|–—@]/u.test(paren[0])) return undefined;
  const [name, role] = paren;
  if (!wordClasses(role, state).has('jobTitle') || wordClasses(name, state).has('jobTitle') || scorePlaceIn(state, name) >= 2) return undefined;
  // (a name of comma parts none of which is a place: "Matsuo Institute, Inc. (Data Scientist)", "Nara Medical University, Department of Psychiatry (Research Assistant)")
  if (name.includes(',') && name.split(/,\s*/).some((p) => scorePlaceIn(state, p) >= 2)) return undefined;
  return /^[\p{Lu}\p{N}\p{Lo}]/u.test(name) ? [name, role] : undefined;
}

/**
 * The other parts of the segment's line are roles; or, for a line that is one italic or bold run ("**DevOps Sénior**" /
 * "_SteelFab790, Candiac_"), the line right above it is a role alone.
 */
function roleBesideSeg(state: ParseState, seg: Segment, segs: readonly Segment[]): boolean {
  const mates = segs.filter((o) => o !== seg && o.line === seg.line);
  if (mates.length > 0) return rolesOnly(state, mates);
  if (seg.lineIdx < 1 || !(seg.line.italic || seg.line.bold)) return false;
  const above = segs.filter((o) => o.lineIdx === seg.lineIdx - 1);
  return above.length === 1 && rolesOnly(state, above);
}

/** Other segments that are all roles (a job-title word, no organisation word), at least one. */
function rolesOnly(state: ParseState, others: readonly Segment[]): boolean {
  return others.length > 0 && others.every((o) => {
    const s = scoreSegment(o.text, state);
    return s.title > 0 && s.org <= 0;
  });
}

/**
 * "Sheng Li Telecom India Pvt Ltd / Software Engineer Intern": two sides of a spaced slash, one naming an organisation and no
 * job, the other a job and no organisation, are two parts (not "Freelance Developer / Co-Founder", "UX / UI Designer").
 */
function splitSlashPair(text: string, state: ParseState): string[] | undefined {
  const sides = text.split(' / ');
  // (not inside brackets: "Instructor (Part-Time / Visiting) of Computer Science at Syracuse University")
  if (sides.length !== 2 || sides.some((x) => (x.match(/[(（]/gu)?.length ?? 0) !== (x.match(/[)）]/gu)?.length ?? 0))) return undefined;
  const [a, b] = sides.map((x) => scoreSegment(x, state)) as [ReturnType<typeof scoreSegment>, ReturnType<typeof scoreSegment>];
  const org = (x: typeof a): boolean => x.org > 0 && x.title <= 0;
  const role = (x: typeof a): boolean => x.title > 0 && x.org <= 0;
  return (org(a) && role(b)) || (role(a) && org(b)) ? sides.map((x) => x.trim()) : undefined;
}

/** "CROWDSTRIKE Senior SE": a leading run of capitalised words (one word: five capitals or more), then a job title in mixed case, are two parts. */
function splitCapitalRun(text: string, state: ParseState): string[] {
  const words = text.split(' ');
  let k = 0;
  while (k < words.length && /^[\p{Lu}\d&.'’-]{2,}$/u.test(words[k]!) && /\p{Lu}/u.test(words[k]!)) k++;
  if (k === 0 || k === words.length || !/\p{Ll}/u.test(words[k]!)) return [text];
  const head = words.slice(0, k).join(' ');
  const rest = words.slice(k).join(' ');
  // one short capitalised word is as often a technology as a name ("PHP Developer", "SAP Consultant")
  if (head.replace(/[^\p{Lu}]/gu, '').length < (k === 1 ? 5 : 3) || !wordClasses(rest, state).has('jobTitle') || wordClasses(head, state).has('jobTitle')) return [text];
  return [head, rest];
}

/**
 * "Assistant de projet Robert Gordon University", "Stage en entreprise Robert Gordon University": a role ending in a
 * lower-case word, then a run of capitalised words that names an organisation or a school and no job, are two parts.
 */
function splitTitleThenName(text: string, state: ParseState): string[] {
  const words = text.split(' ');
  let k = words.length;
  // the trailing run of capitalised words ("of", "de" inside it, between capitals, belong to it)
  while (k > 0 && (/^\(?\p{Lu}/u.test(words[k - 1]!) || (/^\p{Ll}{1,3}$/u.test(words[k - 1]!) && k > 1 && /^\p{Lu}/u.test(words[k - 2]!) && k < words.length))) k--;
  if (k < 2 || words.length - k < 2 || !/^\p{Ll}/u.test(words[k - 1]!)) return [text];
  const head = words.slice(0, k).join(' ');
  const name = words.slice(k).join(' ');
  // (never inside brackets: "Software Consultant (to the SA TECHNICAL)" is one role)
  if (head.split('(').length !== head.split(')').length) return [text];
  const named = wordClasses(name, state);
  if (!(named.has('organisation') || named.has('institution')) || named.has('jobTitle') || !wordClasses(head, state).has('jobTitle')) return [text];
  return [head, name];
}

/** A roman numeral of a job's grade after its title ("Analyst III"). */
const GRADE_NUMERAL = /^(?:I{1,3}|IV|V|VI{1,3})$/;

/**
 * "Senior Epidemiologist Healthcare Data Scientist CDC Foundation", "Epidemiologist NC Department of Health & Human Services"
 * (a head of one part, no separator): a role, then capitalised words up to a word of an organisation or a school, are two
 * parts; the name starts at the first capitalised word after the role's last job word (a grade's numeral and a bracket
 * after it, "Analyst III (Claims & Predictive Analytics)", stay with the role).
 */
function splitTitleThenOrg(text: string, state: ParseState): string[] {
  // (most heads name no job and no organisation together: asked once of the whole text before word by word)
  const whole = wordClasses(text, state);
  if (!whole.has('jobTitle') || (!whole.has('organisation') && !whole.has('institution'))) return [text];
  const words = text.split(' ');
  const classes = words.map((w) => wordClasses(w, state));
  const o = classes.findIndex((c) => c.has('organisation') || c.has('institution'));
  let j = o - 1;
  while (j >= 0 && !classes[j]!.has('jobTitle')) j--;
  if (j < 0) return [text];
  let s = j + 1;
  if (s < o && GRADE_NUMERAL.test(words[s]!)) s++;
  if (s < o && words[s]!.startsWith('(')) {
    while (s < o && !words[s]!.endsWith(')')) s++;
    s++;
  }
  const name = words.slice(s).join(' ');
  if (s >= o || o - s > 8 || !/^[\p{Lu}\p{N}]/u.test(name) || wordClasses(name, state).has('jobTitle')) return [text];
  return [words.slice(0, s).join(' '), name];
}

/**
 * "Vertiv Taiwan Software Engineer", "TSMC IT Engineer", "HiSKIO Lecturer" (a head of one part, no separator): a
 * name that shows it is one (an acronym or an inner capital, a place, an organisation word), then the longest job
 * phrase the lexicons know at the end, with short capitals ("IT") or hyphenated words ("Front-End") before it.
 */
function splitNameThenTitle(text: string, state: ParseState): string[] {
  const words = text.split(' ');
  if (words.length < 2 || words.length > 7) return [text];
  // the first word from which the rest is a job phrase the lexicons know
  // (from the first: "Systems Engineer", a job phrase as a whole, is one, whatever its first word names)
  let k = -1;
  for (let i = 0; i < words.length && k < 0; i++) if (LEXICON_INDEX.words.get(foldWord(words.slice(i).join(' ')))?.some((h) => h.value === 'jobTitle')) k = i;
  if (k <= 0) return [text];
  while (k > 1 && /^(?:\p{Lu}{2,3}|\p{Lu}\p{L}+-\p{Lu}\p{L}+)$/u.test(words[k - 1]!)) k--;
  // ("IT Manager", "QA Engineer", "R&D Engineer": two capitals alone, or joined by an ampersand, before the job phrase are its field, not a name)
  if (k === 1 && /^\p{Lu}&?\p{Lu}$/u.test(words[0]!)) return [text];
  const name = words.slice(0, k).join(' ');
  const cls = wordClasses(name, state);
  if (cls.has('jobTitle') || cls.has('degree')) return [text];
  // (capitals inside a word show a name, "Vertiv", "NVIDIA", unless the whole text is in capitals: "ENGINEERING MANAGER")
  const caps = !/\p{Ll}/u.test(text);
  const shows = words.slice(0, k).some((w) => (!caps && /\p{Lu}.*\p{Lu}/u.test(w)) || scorePlaceIn(state, w) >= 2) || cls.has('organisation');
  return shows && /^[\p{Lu}\p{N}]/u.test(name) ? [name, words.slice(k).join(' ')] : [text];
}

/** Every part names an organisation or a school and none a role ("Universidad de Oviedo, Centro de IA"): one name. */
function allBodies(parts: readonly string[], state: ParseState): boolean {
  return parts.every((p) => {
    const s = scoreSegment(p, state);
    return (s.org > 0 || s.school > 0) && s.title <= 0 && s.degree <= 0;
  });
}

/** A legal form after a comma ("NEOTOP, S.L.") stays with its name. */
function joinLegalForms(parts: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of parts) {
    const legal = out.length > 0 && p.length <= 12 && LEXICON_INDEX.words.get(foldWord(p))?.some((h) => h.value === 'organisation');
    if (legal) out[out.length - 1] = `${out[out.length - 1]}, ${p}`;
    else out.push(p);
  }
  return out;
}

/** A text with a cue to its field: a job-title, organisation, school or degree word, or a place. */
function cued(t: string, state: ParseState): boolean {
  const s = scoreSegment(t, state);
  return s.title > 0 || s.org > 0 || s.school > 0 || s.degree > 0 || s.place >= 2;
}

/**
 * "## FinanceIt" over "`Engineer, Risk`": under a group line or a heading that names no role, a head line that opens with
 * a role and whose other comma parts name no organisation, school or place is one role (and its team).
 */
function roleUnderGroup(state: ParseState, seg: Segment, segs: readonly Segment[], parts: readonly string[]): boolean {
  if (seg.lineIdx < 0 || seg.line.kind === 'heading' || scoreSegment(parts[0]!, state).title <= 0) return false;
  // (a group line, or a heading above the line that names no role: "## FinanceIt")
  if (!segs.some((o) => o.line !== seg.line && (o.lineIdx < 0 || o.line.kind === 'heading') && scoreSegment(o.text, state).title <= 0)) return false;
  return parts.slice(1).every((p) => {
    const s = scoreSegment(p, state);
    return s.org <= 0 && s.school <= 0 && s.place < 2;
  });
}

/** `part` is one or two capitalised words (or words of a script without case) that the name before it holds whole: its town. */
function townOfName(name: string, part: string): boolean {
  const words = part.trim().split(/\s+/u);
  if (words.length > 2 || words.some((w) => /^\p{Ll}/u.test(w)) || part.trim() === name.trim()) return false;
  return ` ${name} `.includes(` ${part.trim()} `);
}

/** The segment is one of its line's italic runs, and some other part of the line is not. */
function runOfItsOwn(seg: Segment): boolean {
  return seg.line.italicParts.includes(seg.text) && !seg.line.italic;
}

/** Joins the comma parts left over next to a chosen part back into its text (in their original order). */
function mergeParts(chosen: Segment | undefined, rest: Segment[], all: readonly Segment[]): Segment | undefined {
  if (!chosen || chosen.commaGroup === undefined) return chosen;
  // ("**Vapaaehtoinen**, *Blender*, Wiki-ylläpito, ohjelmistokehitys": a part that is an italic run of its own is the
  // field whole; the plain parts after it are text)
  if (runOfItsOwn(chosen)) return chosen;
  const group = all.filter((s) => s.commaGroup === chosen.commaGroup);
  const idx = group.indexOf(chosen);
  let a = idx;
  let b = idx;
  while (a > 0 && rest.includes(group[a - 1]!)) a--;
  while (b < group.length - 1 && rest.includes(group[b + 1]!)) b++;
  if (a === b) return chosen;
  const joined = group.slice(a, b + 1);
  for (const j of joined) if (j !== chosen) rest.splice(rest.indexOf(j), 1);
  return { ...chosen, text: joined.map((j) => j.text).join(commaOf(chosen.line.plain)) };
}

/** Marks that part a role from its qualifier on one line: dashes and a bar. */
const QUALIFIER_MARKS: ReadonlySet<string> = new Set([...DASH_SEPARATORS, '|']);

/** The segment of `role`'s line whose text comes right after the role's, only white space and its mark between; undefined when none does. */
function segmentAfter(role: Segment, all: readonly Segment[]): Segment | undefined {
  const plain = role.line.plain;
  const at = plain.indexOf(role.text);
  if (at < 0) return undefined;
  const end = at + role.text.length;
  return all.find((s) => {
    if (s.line !== role.line || s === role) return false;
    const k = plain.indexOf(s.text, end);
    return k >= end && plain.slice(end, k).trim() === s.sep;
  });
}

/** A qualifier of a role: a few words naming no organisation, school or kind of employment, no figure, not opening in a small letter. */
function qualifierOnly(state: ParseState, text: string): boolean {
  // (a part opening in a small letter is a description: "Tools development - a dictionary tool for speech recognition")
  if (/\d/.test(text) || countWords(text) > 6 || /^\p{Ll}/u.test(text)) return false;
  const c = wordClasses(text, state);
  return !c.has('organisation') && !c.has('institution') && !c.has('employment');
}

/**
 * Where the organisation is on another line (the group's heading, a line of its own), the part right after the role on
 * its line that no field took goes back on the role: after a connector, the role's own words ("### Valemobi" / "####
 * Especialista em Engenharia de Confiabilidade de Sites"); after a dash or a bar, a job's qualifier ("**Allianz UK** — Londra" /
 * "**Senior Pricing Analyst - Applied Analytics** | Gen, 2026 - Presente"; see {@link qualifierOnly}).
 */
function joinRoleTail(state: ParseState, kind: HeadKind, first: Segment | undefined, second: Segment | undefined, rest: Segment[], all: readonly Segment[]): Segment | undefined {
  if (!first || !second || second.line === first.line || first.lineIdx === -1) return first;
  const next = segmentAfter(first, all);
  if (!next || !rest.includes(next)) return first;
  const connector = /^\p{L}+$/u.test(next.sep);
  // (a degree's tail is its own: "BS in Computer Engineering, Electrical Engineering - Cum Laude" keeps the honour apart)
  if (!connector && !(kind === 'work' && QUALIFIER_MARKS.has(next.sep) && qualifierOnly(state, next.text))) return first;
  rest.splice(rest.indexOf(next), 1);
  return { ...first, text: `${first.text} ${next.sep} ${next.text}` };
}

/**
 * "MA, MSci in Natural Sciences, Trinity College, University of Cambridge": the comma part right before the chosen school
 * that names a school too, and no degree, is a part of it (a college of the university): "Trinity College, University of Cambridge".
 */
function joinCollege(state: ParseState, chosen: Segment | undefined, rest: Segment[], all: readonly Segment[]): Segment | undefined {
  if (!chosen || chosen.commaGroup === undefined) return chosen;
  const before = all[all.indexOf(chosen) - 1];
  if (!before || before.commaGroup !== chosen.commaGroup || !rest.includes(before)) return chosen;
  const c = wordClasses(before.text, state);
  if (!c.has('institution') || c.has('degree') || c.has('jobTitle') || !wordClasses(chosen.text, state).has('institution')) return chosen;
  rest.splice(rest.indexOf(before), 1);
  return { ...chosen, text: `${before.text}, ${chosen.text}` };
}

/**
 * "**M.Sc. Informatics: Game Technology**": the short part after a colon that follows the degree on its line, given
 * to no field, is the degree's specialisation: it goes back onto the degree.
 */
function joinColonTail(chosen: Segment | undefined, rest: Segment[], all: readonly Segment[]): Segment | undefined {
  if (!chosen) return chosen;
  const next = all[all.indexOf(chosen) + 1];
  if (!next || next.line !== chosen.line || (next.sep !== ':' && next.sep !== '：') || !rest.includes(next)) return chosen;
  if (/\p{N}/u.test(next.text) || next.text.split(/\s+/).length > 6) return chosen;
  rest.splice(rest.indexOf(next), 1);
  return { ...chosen, text: `${chosen.text}: ${next.text}` };
}

/** The head's first line names a job in one part and something else in another, neither a place nor labelled. */
function ownRoleAndName(scored: readonly Scored[]): boolean {
  const own = scored.filter((x) => x.seg.lineIdx === 0 && !x.seg.label && x.s.place < 2);
  return own.length === 2 && own.some((x) => x.s.title > 0) && own.some((x) => x.s.title <= 0 && x.s.degree <= 0);
}

/**
 * "**SendSwag.com** *2019 - present*" over "**Web Developer**", under "### Software Development": the head's first line
 * names one thing and no job, and a later line of its own names a job. The head gives both fields; its group heading
 * is a category, named by neither.
 */
function ownNameOverRole(scored: readonly Scored[]): boolean {
  const own = scored.filter((x) => x.seg.lineIdx >= 0 && !x.seg.label && x.s.place < 2);
  const [a, b] = own;
  return own.length === 2 && a!.seg.lineIdx === 0 && b!.seg.lineIdx > 0 && a!.s.title <= 0 && a!.s.degree <= 0 && b!.s.title > 0;
}

/**
 * "* 2005-2009 -- **Vapaaehtoinen, ylläpitäjä**, *Blender*, …" under "## Freelancer-kokemusta edeltävä aika - 2005-2011":
 * the head's first line marks one part in bold and another, an italic run of its own, in italics: it gives both fields.
 */
function ownMarkedFields(scored: readonly Scored[]): boolean {
  const own = scored.filter((x) => x.seg.lineIdx === 0 && !x.seg.label);
  const italic = own.find((x) => x.seg.line.italicParts.includes(x.seg.text));
  return italic !== undefined && !italic.seg.line.italic && own.some((x) => x !== italic && x.seg.line.boldParts.some((b) => b.includes(x.seg.text)));
}

/**
 * "### Registered Nurse • Agency Nurse" over "#### WSi • Greenwood Village, CO": the group heading names a job, and the
 * entry's own line gives one name and its place, nothing else: the heading is the entry's role, the own line its organisation.
 */
function ownNameAndPlace(scored: readonly Scored[]): boolean {
  if (!scored.some((x) => x.seg.lineIdx === -1 && x.s.title > 0)) return false;
  const own = scored.filter((x) => x.seg.lineIdx >= 0 && !x.seg.label);
  const names = own.filter((x) => x.s.place < 2);
  return names.length === 1 && names[0]!.s.title <= 0 && names[0]!.s.degree <= 0 && own.some((x) => x.s.place >= 2 && x.seg.line === names[0]!.seg.line);
}

/** The segment names an organisation (work) or a school (education) by its words. */
function namesKind(x: Scored, kind: HeadKind): boolean {
  return (kind === 'work' ? x.s.org : x.s.school) > 0;
}

/**
 * "### Academic" over "#### M.S. Statistics" / "- Colorado State University, Fort Collins": a later line of the entry's own
 * head names a school (an organisation) by its words, and the group heading names none: a category, not the school.
 */
function ownNamedLine(scored: readonly Scored[], kind: HeadKind): boolean {
  const named = (x: Scored): boolean => namesKind(x, kind);
  const group = scored.filter((x) => x.seg.lineIdx === -1);
  return group.length > 0 && !group.some(named) && scored.some((x) => x.seg.lineIdx >= 1 && !x.seg.label && named(x));
}

/**
 * "### University" / "### Pre-University" over "**Western Washington University** *class of 2008*": a group heading of
 * nothing but lexicon words names no school or organisation, where the head's own line names one. Returns those
 * headings' segments (none where the rule does not hold).
 */
function genericGroup(state: ParseState, scored: readonly Scored[], kind: HeadKind): Scored[] {
  const named = (x: Scored): boolean => namesKind(x, kind);
  // (the group heading, or the heading that opens the head over the entry's own lines: "### Pre-University" over one school)
  const top = scored.filter((x) => x.seg.lineIdx === -1 || (x.seg.lineIdx === 0 && x.seg.line.kind === 'heading' && scored.some((o) => o.seg.lineIdx > 0)));
  const lines = new Set(top.map((x) => x.seg.line));
  if (top.length === 0) return [];
  // (a heading that names the section names no entry, whatever its entries' lines say)
  if (top.every((x) => x.seg.lineIdx === -1 && namesSection(state, x.seg.text, kind))) return top;
  if (!top.every((x) => kindWordsOnly(state, x.seg.text, kind))) return [];
  return scored.some((x) => !lines.has(x.seg.line) && x.seg.lineIdx >= 0 && !x.seg.label && named(x)) ? top : [];
}

/** "### Izabrani honorarni i ugovorni angažmani" over dated items: a group heading naming the section's kind (a phrase of its heading words) and no organisation is no name. */
function namesSection(state: ParseState, text: string, kind: HeadKind): boolean {
  return classifyHeadingIn(state, text)?.kind === (kind === 'education' ? 'education' : 'work') && !wordClasses(text, state).has('organisation');
}

/** The text is nothing but the lexicons' words for a school (education) or an organisation (work), and at most a Latin prefix with its hyphen: "University", "Pre-University", "High School". */
function kindWordsOnly(state: ParseState, text: string, kind: HeadKind): boolean {
  const words = wordClasses(text, state).get(kind === 'education' ? 'institution' : 'organisation');
  if (!words) return false;
  let rest = foldWord(text);
  for (const w of words) rest = rest.split(w).join(' ');
  return !/[\p{L}\p{N}]/u.test(rest.replace(/^\s*[a-z]{2,4}-/, ''));
}

/**
 * "### Senior Software Engineer, UXD" over "#### Red Hat (Westford, MA)": where a heading or bold line of the head other than the
 * role's opens with a part that names no job (a name on a line of its own), a part after a comma on the role's line is likelier the
 * role's team than the organisation; its fit as the organisation drops.
 */
function weakenRoleTails(scored: readonly Scored[], titled: ReadonlySet<Line>): void {
  const own = scored.some((x) => x.seg.lineIdx >= 0 && (x.seg.line.kind === 'heading' || x.seg.line.bold) && !titled.has(x.seg.line) && x.s.title <= 0 && x.s.place < 2 && x.seg.line.plain.startsWith(x.seg.text));
  if (!own) return;
  for (const x of scored) if (x.seg.lineIdx >= 0 && titled.has(x.seg.line) && x.seg.sep === ',' && x.s.title <= 0 && !x.seg.label && !x.seg.linked) x.fit[1] -= 1.5;
}

/** What assigning a head needs that does not depend on the layout priors. */
interface Prepared {
  work: Segment[];
  scored: Scored[];
  places: Scored[];
  candidates: Scored[];
  single: boolean;
  cutPlaces: HeadAssignment['cutPlaces'];
}

/** Expands and scores a head's segments once per parse (a section assigns its heads twice: without and with learned priors). */
function preparedHead(state: ParseState, segs: readonly Segment[], kind: HeadKind, dateLine: Line | undefined): Prepared {
  let memo = state.memo.get('heads') as WeakMap<readonly Segment[], Record<HeadKind, Map<number | undefined, Prepared>>> | undefined;
  if (!memo) state.memo.set('heads', (memo = new WeakMap()));
  let byKind = memo.get(segs);
  if (!byKind) memo.set(segs, (byKind = { work: new Map(), education: new Map() }));
  // (by the kind, then the date line's number: no key string is built per call)
  const known = byKind[kind].get(dateLine?.line);
  if (known) return known;
  const cutPlaces: HeadAssignment['cutPlaces'] = [];
  const work = expand(state, segs, cutPlaces, kind, dateLine);
  const scored: Scored[] = work.map((seg, order) => ({ seg, s: scoreSegment(seg.text, state), order, fit: [0, 0] }));
  // the lines on which some part names a job
  const titled = new Set(scored.filter((x) => x.s.title > 0).map((x) => x.seg.line));
  for (const x of scored) x.fit = fits(x, kind, kind === 'work' && titled.has(x.seg.line));
  if (kind === 'work') weakenRoleTails(scored, titled);
  // "## Otras Organizaciones" over "- Consultor Middleware en Red Hat Chile (2014/1 a 2014/6)": a name the head's own
  // line introduces with a connector is this entry's organisation; the group heading's weight as one goes
  // so does a line of a role and another name ("- Enseignant — IAI Cameroun (*2015–2017*)" under "### Enseignement")
  const drop = ownNameOverRole(scored) || (kind === 'work' && ownNameAndPlace(scored)) ? GROUP_WEIGHT + 1 : scored.some((x) => x.seg.lineIdx >= 0 && connected(x.seg)) || ownRoleAndName(scored) || ownNamedLine(scored, kind) || ownMarkedFields(scored) ? GROUP_WEIGHT : 0;
  if (drop) for (const x of scored) if (x.seg.lineIdx === -1) x.fit[1] -= drop;
  // ("## 連携・兼任・訪問" over "2016/4 -- 現在, Kavli IPMU (客員研究員)": a group heading over an entry that is one dated paragraph names neither field)
  if (ownDatedParagraph(state, segs, dateLine)) for (const x of scored) if (x.seg.lineIdx === -1) x.fit = [x.fit[0] - GROUP_WEIGHT * 2, x.fit[1] - GROUP_WEIGHT * 2];
  // ("### NETCRACKER (Project Manager, Технический менеджер, …)" over "2019 - 2020, turkcell.com.tr, Проектный Менеджер": the
  // roles a group line lists are its entries'; where the entry's own line names a job, that is the role)
  if (scored.some((x) => x.seg.lineIdx >= 0 && !x.seg.label && x.s.title > 0)) for (const x of scored) if (x.seg.lineIdx === -1) x.fit[0] -= GROUP_WEIGHT;
  for (const x of genericGroup(state, scored, kind)) x.fit = [Math.min(x.fit[0], -GROUP_WEIGHT), Math.min(x.fit[1], -GROUP_WEIGHT)];
  // ("Netstream, php разработчик; разрабатывал и поддерживал … сервис ivi.ru": a clause after a semicolon, in small letters, tells; it names no field)
  // (nor does a web address closing a line: "Solmates, Nashville, TN, USA <http://www.solmates.co>")
  // (nor does a bracketed note on how the job was held: "(Emploi, 4 mois)")
  for (const x of scored) if (tellingClause(x.seg) || x.seg.label === 'website' || x.seg.note) x.fit = [-GROUP_WEIGHT * 2, -GROUP_WEIGHT * 2];
  // (on the head's first line too where another line of the head gives two parts: "> 2018-05 - heute, Hockenheim" over "### [DEGIT AG](…): Vorstandsmitglied")
  // (and the town is all the date line says besides its date)
  const othersTwo = dateLine !== undefined && scored.filter((o) => o.seg.line === dateLine).length === 1 && scored.filter((o) => o.seg.line !== dateLine && o.seg.lineIdx >= 0 && !o.seg.label).length >= 2;
  // (a town the date line gives alone comes after the date: "**[Sperasoft](…), 2011 - 2015**" names the organisation)
  const onDateLine = (x: Scored): boolean => dateLine !== undefined && x.seg.line === dateLine && (x.seg.lineIdx > 0 || othersTwo) && (townParts(state, x.seg.text) || townList(state, x.seg.text) || (othersTwo && singleTown(x.seg.text) && afterDate(state, dateLine, x.seg.text)));
  const places = scored.filter((x, k) => !x.seg.label && x.fit[0] < 2 && x.fit[1] < 2 && (x.s.place >= 2 || onDateLine(x) || townAfterPlace(x, scored[k - 1])));
  // (a note on how the job was held is no candidate: it goes with the rest)
  const candidates = scored.filter((x) => !places.includes(x) && !x.seg.note).slice(0, 8);
  // (a group heading that names no field, "### Izabrani honorarni i ugovorni angažmani", leaves the entry's own part alone)
  const single = candidates.filter((x) => x.s.place < 2 && !x.seg.label && (x.fit[0] > -GROUP_WEIGHT || x.fit[1] > -GROUP_WEIGHT)).length === 1;
  const prepared: Prepared = { work, scored, places, candidates, single, cutPlaces };
  byKind[kind].set(dateLine?.line, prepared);
  return prepared;
}

/**
 * "*Presencial – Telêmaco Borba*", "Brasil – Campinas": a town no list knows, right after a known place (or a way of working)
 * on its line and cut from it by a dash, is the place too.
 */
function townAfterPlace(x: Scored, before: Scored | undefined): boolean {
  return before !== undefined && before.seg.line === x.seg.line && before.s.place >= 3 && !before.seg.label && DASH_SEPARATORS.has(x.seg.sep) && x.seg.lineIdx > 0 && x.seg.text.split(/ (?:&|and|e|y|et|und) /).every((t) => TOWN_WORDS.test(t)) && isTown(x.seg.text) && x.s.title <= 0 && x.s.org <= 0 && x.s.school <= 0;
}

/** The entry's own lines are one part of one plain paragraph line, its date's, under undated group headings only ("2016/4 -- 現在, Kavli IPMU (客員研究員)"; the segments as split). */
function ownDatedParagraph(state: ParseState, segs: readonly Segment[], dateLine: Line | undefined): boolean {
  if (dateLine === undefined || !plainDatedLine(dateLine)) return false;
  const own = segs.filter((x) => x.lineIdx >= 0);
  const groups = segs.filter((x) => x.lineIdx === -1);
  // (undated headings: "### NETCORE (Project Manager, …, 2010/09 - 2021/01)" over its dated client lines is their organisation)
  return own.length === 1 && own[0]!.line === dateLine && groups.length > 0 && groups.every((x) => x.line.kind === 'heading' && lineDates(state, x.line).length === 0);
}

/** A paragraph line, unmarked, that opens with its date ("2016/4 -- 現在, Kavli IPMU (客員研究員)"; not "**Backend Developer** | *Okt 2023 – Okt 2026*"). */
function plainDatedLine(line: Line): boolean {
  return line.kind === 'text' && line.boldParts.length === 0 && line.italicParts.length === 0 && /^\d/.test(line.plain);
}

/** `text` is written after the first date of `line` ("2018-05 - heute, Hockenheim"). */
function afterDate(state: ParseState, line: Line, text: string): boolean {
  const d = lineDates(state, line)[0];
  return d !== undefined && line.plain.indexOf(text, d.index + d.length) >= 0;
}

/** The single other unlabelled candidate on the line of `f`, when it names no job, degree or place and fits the second field. */
function onlyOther(f: Scored, candidates: readonly Scored[]): Scored | undefined {
  const others = candidates.filter((x) => x !== f && !x.seg.label);
  const [x] = others;
  if (others.length !== 1 || !x || x.seg.line !== f.seg.line || x.s.title > 0 || x.s.degree > 0 || x.s.place >= 2 || x.fit[1] < 0) return undefined;
  return /^[\p{Lu}\p{N}]/u.test(x.seg.text) ? x : undefined;
}

/**
 * "### 인핸드플러스 | 프론트엔드 개발자" then "_헬스케어 SaaS 플랫폼_": the one part before the role on the role's heading,
 * cut from it by a separator and naming no job, degree or place, is the organisation; a line under the heading
 * only describes it.
 */
function headingMate(f: Scored, candidates: readonly Scored[]): Scored | undefined {
  if (f.seg.line.kind !== 'heading' || f.seg.sep !== '|') return undefined;
  const mates = candidates.filter((x) => x !== f && x.seg.line === f.seg.line);
  const [x] = mates;
  if (mates.length !== 1 || !x || x.seg.label || x.order > f.order || x.s.title > 0 || x.s.degree > 0 || x.s.place >= 2 || x.fit[1] < 0) return undefined;
  return x;
}

/**
 * "2023.07-2025.08 星辰游戏" over "上海 | 发行中心 | Golang后端工程师": where the role and the organisation chosen share a line
 * below the date's, the one part on the date's line, naming no job, degree or place, is the organisation (the other a department).
 */
function dateLineName(f: Scored, g: Scored, candidates: readonly Scored[], dateLine: Line | undefined): Scored | undefined {
  if (!dateLine || g.seg.line !== f.seg.line || g.seg.line === dateLine || g.seg.label) return undefined;
  const mates = candidates.filter((x) => x !== f && x !== g && x.seg.line === dateLine);
  const [x] = mates;
  // (the date's line opens the head: under a heading "Role — Company", a date line's "· München · Fintech" is no name)
  if (mates.length !== 1 || !x || x.seg.lineIdx !== 0 || f.seg.lineIdx <= 0 || x.seg.label || x.s.title > 0 || x.s.degree > 0 || x.s.place >= 2) return undefined;
  return x;
}

/** A school's name the lexicons may not know: two to five capitalised words ("UC Berkeley", "Carnegie Mellon Unversity"), or an acronym ("MIT", "EPFL"). */
function schoolShape(text: string): boolean {
  return /^\p{Lu}{2,6}$/u.test(text) || (text.includes(' ') && nameLike(text) && !/^\p{Ll}/u.test(text.split(' ').pop()!));
}

/**
 * "M.S., Physics, Carnegie Mellon Unversity, 2007", "Ph.D in Environmental Science, Policy, and Management, UC Berkeley": where no
 * part names a school by its words, the part chosen as the school right after the degree is its field when a later comma part of
 * the same run, naming no degree or job, has a school's shape: that part is the school, and the parts between go on the degree.
 */
function schoolAfterField(f: Scored, g: Scored, candidates: readonly Scored[], work: readonly Segment[]): Scored | undefined {
  const group = f.seg.commaGroup;
  if (group === undefined || g.seg.commaGroup !== group || g.s.school > 0 || g.seg.label || g.seg.linked) return undefined;
  const run = work.filter((s) => s.commaGroup === group);
  const at = run.indexOf(g.seg);
  if (at !== run.indexOf(f.seg) + 1 || countWords(g.seg.text) > 5) return undefined;
  const later = candidates.filter((x) => x.seg.commaGroup === group && run.indexOf(x.seg) > at);
  const h = later[later.length - 1];
  if (!h || later.some((x) => x.s.school > 0 || x.s.degree > 0 || x.s.title > 0 || x.seg.label)) return undefined;
  return schoolShape(h.seg.text) ? h : undefined;
}

/**
 * Assigns head segments to fields: tries every choice of the first field (role or degree) and the second
 * (organisation or school) among the segments that are not places, scoring each by its words, its
 * markup, its connector and the section's layout; places go to the location; the rest is kept as text.
 */
export function assignHead(state: ParseState, segs: readonly Segment[], kind: HeadKind, priors: LayoutPriors, dateLine?: Line): HeadAssignment {
  const { work, scored, places, candidates, single, cutPlaces } = preparedHead(state, segs, kind, dateLine);
  const best = { v: -Infinity, f: undefined as Scored | undefined, g: undefined as Scored | undefined };
  let runnerUp = -Infinity;
  // every (first, second) pair, "none" (index -1) first for each
  for (let i = -1; i < candidates.length; i++) {
    const f = i < 0 ? undefined : candidates[i];
    for (let j = -1; j < candidates.length; j++) {
      if (i === j && i >= 0) continue;
      const g = j < 0 ? undefined : candidates[j];
      const v = choiceScore(single, f, g, priors);
      if (v > best.v) {
        runnerUp = best.v;
        best.v = v;
        best.f = f;
        best.g = g;
      } else if (v > runnerUp) runnerUp = v;
    }
  }
  // "### Capgemini | Ingénieur Logiciel": the one other part of the role's line, no title and no place, is the
  // organisation, whatever order the section's other entries taught
  if (best.f && !best.g) best.g = onlyOther(best.f, candidates);
  else if (best.f && best.g && best.g.seg.line !== best.f.seg.line && !best.g.seg.label) best.g = headingMate(best.f, candidates) ?? best.g;
  else if (best.f && best.g) best.g = dateLineName(best.f, best.g, candidates, dateLine) ?? best.g;
  if (kind === 'education' && best.f && best.g) best.g = schoolAfterField(best.f, best.g, candidates, work) ?? best.g;
  const used = new Set([best.f, best.g]);
  const placeSegs = places.map((x) => x.seg).concat(scored.filter((x) => x.seg.label === 'place' || x.seg.label === 'location').map((x) => x.seg));
  // a lone capitalised word on a line of its own under the head ("Gdańsk") is the place
  const alone = (x: Scored): boolean => x.seg.lineIdx > 0 && work.filter((s) => s.line === x.seg.line).length === 1 && /^\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)?$/u.test(x.seg.text) && isTown(x.seg.text);
  for (const x of candidates) if (!used.has(x) && !placeSegs.includes(x.seg) && alone(x)) placeSegs.push(x.seg);
  const rest = candidates.filter((x) => !used.has(x) && !placeSegs.includes(x.seg)).map((x) => x.seg);
  for (const x of scored) if (x.seg.note) rest.push(x.seg);
  const school = kind === 'education' ? joinCollege(state, best.g?.seg, rest, work) : best.g?.seg;
  const first = kind === 'education' ? joinColonTail(mergeParts(best.f?.seg, rest, work), rest, work) : mergeParts(best.f?.seg, rest, work);
  const second = mergeParts(school, rest, work);
  const whole = joinRoleTail(state, kind, first, second, rest, work);
  // built field by field in the order of the type (a spread of a maybe-empty literal is slow)
  const out = {} as HeadAssignment;
  if (whole) out.first = whole;
  if (second) out.second = second;
  out.places = placeSegs;
  out.rest = rest;
  out.cutPlaces = cutPlaces;
  out.margin = best.v - runnerUp;
  out.why = { first: best.f ? best.f.s.why : [], second: best.g ? best.g.s.why : [] };
  return out;
}
