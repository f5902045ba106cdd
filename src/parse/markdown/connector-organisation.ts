// Finds an organisation named after a connector at the start of an entry's text ("at the Potsdam Institute for Climate Impact Research. Advisor: …").
import { foldWord } from './fold-word.js';
import { isConnector } from './is-connector.js';
import type { Line, ParseState } from './parse-types.js';
import { scorePlaceIn } from './score-place-in.js';
import { wordClasses } from './score-segment.js';

/** The connector, an optional short lower-case word (an article), then the capitalised name and what follows it. */
const OPENING = /^(\S+) (?:\p{Ll}{1,4} )?(\p{Lu}.*)$/u;
/** Where the name's clause ends: a full stop, a semicolon, a colon, a bracket, or a word that goes on about the post. */
const CLAUSE_END = /[.;:(]| as | where | under | with | on | working | and worked /u;
/** A name's clause is a few words. */
const MAX_WORDS = 12;
/** "… in Hamburg": the town the organisation is in, a few capitalised words closing the clause. */
const IN_TOWN = /^(.+?) in (\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2})$/u;

/** Words of a name: each capitalised, but for short joining words ("of", "for", "and", "the"). */
function titleCased(text: string): boolean {
  return text.split(' ').every((w) => /^[\p{Lu}\p{N}]/u.test(w) || (w.length <= 4 && /^\p{Ll}+$/u.test(w)));
}

/** The clause's town, cut off its end: "… in Hamburg", or a place after its last comma ("…, New Zealand"). */
function cutPlace(state: ParseState, clause: string): { name: string; place?: string } {
  const town = IN_TOWN.exec(clause);
  if (town) return { name: town[1]!, place: town[2]! };
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
  const clause = (end ? rest.slice(0, end.index) : rest).trim().replace(/,$/, '');
  if (!clause || clause.split(' ').length > MAX_WORDS) return undefined;
  const { name, place } = cutPlace(state, clause);
  const classes = wordClasses(name, state);
  if (!titleCased(name) && !classes.has('organisation') && !classes.has('institution')) return undefined;
  return place ? { text: name, line: first, place } : { text: name, line: first };
}
