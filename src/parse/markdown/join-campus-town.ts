// "University of California, Berkeley": the town right after a school named "of" a state or country is its campus, part of its name.
import type { Line, ParseState } from './parse-types.js';
import { scorePlaceIn } from './score-place-in.js';

/** A school's name that ends with "of" and a capitalised name ("University of California", "Universidad de Chile"); group 1 is the name. */
const OF_NAME = /\s(?:of|de|di|do|da|del)\s+(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?)$/u;

/** A town's name: one or two capitalised words ("Berkeley", "Santa Cruz"), no region code. */
const TOWN = /^\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s\p{Lu}\p{Ll}[\p{L}'’-]*)?$/u;

/**
 * The institution with the town written right after it ("University of California, Santa Cruz", "University of Nigeria,
 * Nsukka, Nigeria"), and the place without that town; undefined when the school's name does not end "of" a name or the
 * place does not follow it on its line. The campus names which university of a system it is: readers (and the
 * annotations of real CVs) take "University of California, Berkeley" as the school's name, not as a school and a town.
 */
export function joinCampusTown(state: ParseState, institution: string, place: string, line: Line | undefined): { institution: string; place?: string } | undefined {
  const of = line ? OF_NAME.exec(institution)?.[1] : undefined;
  // (a state or a country after "of": not "Institute of Technology, Albany NY USA")
  if (!line || !of || scorePlaceIn(state, of) < 2) return undefined;
  const town = place.split(/, |; /)[0];
  if (!town || !TOWN.test(town)) return undefined;
  const joined = `${institution}, ${town}`;
  if (!line.plain.includes(joined)) return undefined;
  // (the town cut off the name goes; a place written again apart keeps it: "_University of California, Berkeley_ | Berkeley, USA")
  const again = line.plain.indexOf(town, line.plain.indexOf(joined) + joined.length) >= 0;
  const rest = [...new Set(place.split('; ').flatMap((p) => (p === town ? [] : p.startsWith(`${town}, `) && !again ? [p.slice(town.length + 2)] : [p])))];
  return rest.length ? { institution: joined, place: rest.join('; ') } : { institution: joined };
}
