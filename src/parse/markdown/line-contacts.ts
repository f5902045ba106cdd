// The contact details of a line, read once per parse and remembered in the state (the header reader and the sections' reader both ask).
import type { Line, ParseState } from './parse-types.js';
import { readContacts, type LineContacts } from './read-contacts.js';
import { recall } from './recall.js';

/** {@link readContacts} of `line`, remembered for the parse (the lists it returns are shared: read them, never change them). */
export function lineContacts(state: ParseState, line: Line): LineContacts {
  return recall(state, 'line-contacts', line, readContacts);
}
