// Joins to an entry's head the line under it that names the role at the organisation the head names ("### iCapps" / "- Web consultant bij iCapps"; "- МУ-Пловдив" / "    - Асистент").
import { dateOnly } from './date-only.js';
import { foldWord } from './fold-word.js';
import { isConnector } from './is-connector.js';
import { lineDates } from './line-dates.js';
import type { EntryBlock, Line, ParseState } from './parse-types.js';
import { wordClasses } from './score-segment.js';
import { isPlaceLine } from './is-place-line.js';
import { isBoldRoleLine } from './is-bold-role-line.js';
import { isRoleLine } from './is-role-line.js';
import { takeOrganisationItem } from './take-organisation-item.js';

/** Lines longer than this are sentences, not a role line. */
const MAX_ROLE_LINE = 110;

/** Sub-items under an organisation's item looked at for its role. */
const ROLE_SUB_ITEMS = 3;
/** A role sub-item is a few words. */
const MAX_ROLE_WORDS = 6;

/**
 * "`декември 2020-до момента`" / "- СБАЛХБ „Медикус Алфа“ ЕООД" / "    - Здравеопазване. Болнична помощ" / "    - Лекар-ординатор":
 * of the first sub-items under a head that names no job, the only one that is a few words, undated, no sentence,
 * and names a job, is the role.
 */
function roleSubItem(state: ParseState, block: EntryBlock): EntryBlock | undefined {
  // (the head names one thing and no job: "- МУ-Пловдив", not "- **backend engineer@Grab (Sep 2021 - Present)**")
  // (the body is looked at first: most heads have no sub-items under them, and then the head's words are not asked)
  const first = block.body.slice(0, ROLE_SUB_ITEMS);
  // (sub-items; or top-level items right under a head that is no item: "`2555-ปัจจุบัน`" / "__Org__, Place" / "- Role")
  const last = block.head[block.head.length - 1];
  if (!first.length || !first.every((l) => l.kind === 'item' && (l.depth > 0 || (last?.kind === 'text' && l.block !== last.block)))) return undefined;
  const named = block.head.filter((h) => lineDates(state, h).length === 0);
  if (named.length === 0) return datedRoleSubItems(state, block, first);
  // (nor does its dated line: "*Software Developer - Application Owner* - January 2016 to Present" / "Great Plains Mutual …" / "* Lead the platform work group")
  if (named.length !== 1 || /[@|–—/]|\s-\s/u.test(named[0]!.plain) || block.head.some((h) => wordClasses(h.plain, state).has('jobTitle'))) return undefined;
  const roles = first.filter((l) => roleAlone(state, l));
  if (roles.length !== 1) return undefined;
  const role = roles[0]!;
  return withHeadLines(block, [role]);
}

/** The entry with `lines` of its text moved to the end of its head. */
function withHeadLines(block: EntryBlock, lines: readonly Line[]): EntryBlock {
  return { group: block.group, head: [...block.head, ...lines], body: block.body.filter((l) => !lines.includes(l)) };
}

/** Sub-items of an entry in the Europass order at most: the role, a line or two on the duties, the employer. */
const MAX_EUROPASS_ITEMS = 4;

/**
 * A line that is a role alone: a few words naming a job, undated, no sentence (no "Advisor: Benson Farb", no list
 * "第2章 …, 第8章 … を担当").
 */
function roleAlone(state: ParseState, l: Line): boolean {
  const t = l.plain.trim();
  return t.split(/\s+/).length <= MAX_ROLE_WORDS && !/[.!?。;:：,，、]/.test(t) && lineDates(state, l).length === 0 && wordClasses(t, state).has('jobTitle');
}

/**
 * "* October 2023 - present:" / "  * Ecologist and data analyst, CSIRO (Brisbane, QLD, Australia)" / "  * Work on …": a first
 * sub-item under dates alone that names a job and, after a comma, where: a few words, undated, no sentence.
 */
function roleAndWhereItem(state: ParseState, l: Line): boolean {
  const t = l.plain.trim();
  const comma = t.indexOf(', ');
  if (comma < 0 || t.split(/\s+/).length > MAX_ORG_WORDS || /[.!?。;]\s*$/.test(t) || lineDates(state, l).length > 0) return false;
  return wordClasses(t.slice(0, comma), state).has('jobTitle');
}

/** Words of an organisation's sub-item at most (its name, and maybe its address). */
const MAX_ORG_WORDS = 14;

/**
 * "* 2011.04.04 – 2011.07.04" / "  * Praktikantas" / "  * (duties)" / "  * DNB bankas, AB J. Basanavičiaus gatvė 26, LT-03601
 * Vilnius, Lietuva": under a head of dates alone, the first sub-item, a few words naming a job, is the role, and the last
 * one, undated, naming an organisation or a school, no sentence, says where (the order of a Europass CV).
 */
function datedRoleSubItems(state: ParseState, block: EntryBlock, first: readonly Line[]): EntryBlock | undefined {
  const role = first[0]!;
  if (!roleAlone(state, role)) {
    // (or a role and where on one line: "Ecologist and data analyst, CSIRO (…)", under dates alone)
    return block.head.every((h) => dateOnly(state, h)) && roleAndWhereItem(state, role) ? withHeadLines(block, [role]) : undefined;
  }
  const subs = block.body.filter((l) => l.kind === 'item' && l.depth === role.depth);
  // (the order holds in an entry of a few sub-items, none opening with a date: such a one is another entry's, run into this one)
  const org = subs.length >= 2 && subs.length <= MAX_EUROPASS_ITEMS && !subs.some((l) => lineDates(state, l)[0]?.index === 0) ? subs[subs.length - 1]! : undefined;
  const where = org && org.plain.trim().split(/\s+/).length <= MAX_ORG_WORDS && !/[.!?。]\s*$/.test(org.plain) && lineDates(state, org).length === 0 ? wordClasses(org.plain, state) : undefined;
  const named = where !== undefined && (where.has('organisation') || where.has('institution'));
  return withHeadLines(block, named ? [role, org!] : [role]);
}

/**
 * An entry whose head is one short line (an organisation's heading) and whose first body line names a role,
 * a connector and that same organisation ("Development consultant bij Digiti te Zoersel.") gets that line
 * in its head: it says the role. So does the one short sub-item naming a job among the first sub-items under a
 * head that names none (see roleSubItem), and the item naming the organisation under a role's heading (see
 * takeOrganisationItem). Other entries are returned as they are.
 */
export function takeRoleLine(state: ParseState, block: EntryBlock): EntryBlock {
  // (a text that opens with a caption, "#### 担当業務" over each job's list, opens with no role)
  if (block.body[0]?.caption) return block;
  return connectedRoleLine(state, block) ?? roleSubItem(state, block) ?? takeOrganisationItem(state, block) ?? boldRoleLine(state, block) ?? plainRoleLine(state, block) ?? placeLine(state, block) ?? linkedOrgSubItem(state, block) ?? block;
}

/**
 * "**SendSwag.com** *2019 - present*" / "Centennial, Colorado 80122" / "**Web Developer / AWS/S3 Guru**": under a one-line
 * head that names no job, a bold undated line of a few words naming one, first in the text or right after a line that
 * is a place, is the role (the place line joins the head with it).
 */
function boldRoleLine(state: ParseState, block: EntryBlock): EntryBlock | undefined {
  const [head] = block.head;
  if (block.head.length !== 1 || !head || head.kind === 'item') return undefined;
  const k = isPlaceLine(state, block.body[0]) ? 1 : 0;
  if (!isBoldRoleLine(state, block.body[k]) || wordClasses(head.plain, state).has('jobTitle')) return undefined;
  return { group: block.group, head: [head, ...block.body.slice(0, k + 1)], body: block.body.slice(k + 1) };
}

/**
 * "### Depuis Juin 2017 - [Anatec/Wesave](…) @ Paris" / "Développeur back-end" / its points: under a dated heading that names
 * no job, a first text paragraph of one line, unmarked, or a first top-level item, not bold ("###### HYPERCONNECT → 2024.01 ~
 * 2026.03" / "* Internal Platform Engineer, DevOps Team" / "* 주요 업무"), of a few words naming a job, undated, no sentence, is
 * the role (as {@link boldRoleLine} takes a bold line).
 */
function plainRoleLine(state: ParseState, block: EntryBlock): EntryBlock | undefined {
  const [head] = block.head;
  const l = block.body[0];
  if (block.head.length !== 1 || head?.kind !== 'heading' || !l || l.boldParts.length > 0) return undefined;
  const line = l.kind === 'text' && l.italicParts.length === 0 && block.body[1]?.block !== l.block;
  const item = l.kind === 'item' && l.depth === 0;
  if (!(line || item) || lineDates(state, head).length === 0 || wordClasses(head.plain, state).has('jobTitle')) return undefined;
  return isRoleLine(state, item ? { ...l, kind: 'text' } : l) ? { group: block.group, head: [head, l], body: block.body.slice(1) } : undefined;
}

/**
 * "* Doctoral Researcher (Jul 2019 - now)" / "  * [Charité Universitätsmedizin Berlin](…) (Germany)" / "  * Main topic …": under a
 * dated item naming a job and no organisation, a first sub-item that opens with a link, a few words and no sentence, names
 * where (the head takes it).
 */
function linkedOrgSubItem(state: ParseState, block: EntryBlock): EntryBlock | undefined {
  const [head] = block.head;
  const sub = block.body[0];
  if (block.head.length !== 1 || head?.kind !== 'item' || sub?.kind !== 'item' || sub.depth <= head.depth || lineDates(state, head).length === 0) return undefined;
  const link = sub.links[0]?.text.trim();
  if (!link || !sub.plain.trim().startsWith(link) || sub.plain.split(/\s+/).length > MAX_ROLE_WORDS * 2 || /[.!?。;:]\s*$/.test(sub.plain.trim()) || lineDates(state, sub).length > 0) return undefined;
  const cls = wordClasses(head.plain, state);
  if (!cls.has('jobTitle') || cls.has('organisation') || cls.has('institution') || wordClasses(link, state).has('jobTitle')) return undefined;
  return { group: block.group, head: [head, sub], body: block.body.slice(1) };
}

/** "**Western Washington University** *class of 2008*" / "Bellingham, Washington 98225": a place line right under a one-line head is part of it. */
function placeLine(state: ParseState, block: EntryBlock): EntryBlock | undefined {
  const [head] = block.head;
  if (block.head.length !== 1 || !head || head.kind === 'item' || !isPlaceLine(state, block.body[0]) || block.body[0]!.block === head.block) return undefined;
  return { group: block.group, head: [head, block.body[0]!], body: block.body.slice(1) };
}

/** "### iCapps" / "- Web consultant bij iCapps": the first body line names a role, a connector and the head's organisation. */
function connectedRoleLine(state: ParseState, block: EntryBlock): EntryBlock | undefined {
  const [head] = block.head;
  const line = block.body[0];
  if (block.head.length !== 1 || !head || !line || (line.kind !== 'item' && line.kind !== 'text') || line.plain.length > MAX_ROLE_LINE) return undefined;
  const name = foldWord(head.plain);
  if (name.length < 2 || name.length > 60) return undefined;
  const text = foldWord(line.plain);
  const at = text.indexOf(` ${name}`);
  const after = text[at + 1 + name.length];
  if (at <= 0 || (after !== undefined && /[\p{L}\p{N}]/u.test(after))) return undefined;
  const before = text.slice(0, at).split(' ');
  // (the connector may stand a word or two before the heading's name: "Web developer bij Drukkerij Bulckens" under "### Bulckens")
  const last = before.length - 1;
  if (before.length < 2 || ![last, last - 1, last - 2].some((j) => j >= 1 && isConnector(state, before[j]!))) return undefined;
  return { group: block.group, head: [head, line], body: block.body.slice(1) };
}
