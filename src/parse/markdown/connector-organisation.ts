// Finds an organisation named after a connector at the start of an entry's text ("at the Potsdam Institute for Climate Impact Research. Advisor: …").
import { foldWord } from './fold-word.js';
import { isConnector } from './is-connector.js';
import type { Line, ParseState } from './parse-types.js';
import { scorePlaceIn } from './score-place-in.js';
import { wordClasses } from './score-segment.js';

/** The connector, an optional short lower-case word (an article), then the capitalised name and what follows it. */
const OPENING = /^(\S+) (?:\p{Ll}{1,4} )?(\p{Lu}.*)$/u;
/** Where the name's clause ends: a full stop, a semicolon, a colon, a bracket. */
const CLAUSE_END = /[.;:(]/u;
/** A name's clause is a few words. */
const MAX_WORDS = 12;
/** A town's name after its word: one to three capitalised words. */
const TOWN = /^\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2}$/u;

/** The clause up to a word of the CV's first two languages that introduces the role held ("as member of …": `roleAfter`). */
function cutAtRoleWord(state: ParseState, clause: string): string {
  const words = clause.split(' ');
  const roleAfter = new Set(state.lexicons.slice(0, 2).flatMap((l) => (l.roleAfter ?? []).map(foldWord)));
  const at = words.findIndex((w, i) => i > 0 && roleAfter.has(foldWord(w)));
  return at > 0 ? words.slice(0, at).join(' ') : clause;
}

/** "… in Hamburg": the name and the town after the last word that puts a name in a town ("in", and the CV's languages' `placeAfter`). */
function inTown(state: ParseState, clause: string): { name: string; place: string } | undefined {
  const words = clause.split(' ');
  const before = new Set(['in', ...state.lexicons.slice(0, 2).flatMap((l) => (l.placeAfter ?? []).map(foldWord))]);
  for (let i = words.length - 2; i >= 1; i--) {
    if (!before.has(foldWord(words[i]!))) continue;
    const place = words.slice(i + 1).join(' ');
    return TOWN.test(place) ? { name: words.slice(0, i).join(' '), place } : undefined;
  }
  return undefined;
}

/** Words of a name: each capitalised, but for short joining words ("of", "for", "and", "the"). */
function titleCased(text: string): boolean {
  return text.split(' ').every((w) => /^[\p{Lu}\p{N}]/u.test(w) || (w.length <= 4 && /^\p{Ll}+$/u.test(w)));
}

/** The clause's town, cut off its end: "… in Hamburg", or a place after its last comma ("…, New Zealand"). */
function cutPlace(state: ParseState, clause: string): { name: string; place?: string } {
  const town = inTown(state, clause);
  if (town) return town;
  const comma = clause.lastIndexOf(', ');
  const after = comma > 0 ? clause.slice(comma + 2) : '';
  return after && scorePlaceIn(state, after) >= 2 ? { name: clause.slice(0, comma), place: after } : { name: clause };
}

/**
 * "**Research Associate** (06/2016--01/2020)" / "at the Department of Zoology and Magdalene College, University of Cambridge. Advisor: …":
 * a paragraph that opens with a connector of the CV's languages and a capitalised name names the organisation, up to the end of
 * its clause, and maybe its town ("at Climate Analytics in Berlin."). The name must be a few words, title-cased or holding
 * an organisation's or a school's word.
 */
export function connectorOrganisation(state: ParseState, body: readonly Line[]): { text: string; line: Line; place?: string } | undefined {
  const first = body.find((l) => l.plain);
  if (!first || first.kind !== 'text' || first.bold || first.boldParts.length > 0) return undefined;
  const m = OPENING.exec(first.plain);
  if (!m || !isConnector(state, foldWord(m[1]!))) return undefined;
  const rest = m[2]!;
  const end = CLAUSE_END.exec(rest);
  const clause = cutAtRoleWord(state, (end ? rest.slice(0, end.index) : rest).trim()).replace(/,$/, '');
  if (!clause || clause.split(' ').length > MAX_WORDS) return undefined;
  const { name, place } = cutPlace(state, clause);
  const classes = wordClasses(name, state);
  if (!titleCased(name) && !classes.has('organisation') && !classes.has('institution')) return undefined;
  return place ? { text: name, line: first, place } : { text: name, line: first };
}
