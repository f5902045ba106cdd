// Finds an email address written in a front matter's free text ("left-column: ['Email: [me@x.com](mailto:me@x.com)']").
import { findEmails } from './read-contacts.js';

/** Most strings looked at: a site's front matter may hold long lists. */
const MAX_STRINGS = 40;

/**
 * The first email address in the text values of front-matter keys no reader knew (a string, or a list of strings:
 * pandoc templates' `left-column`, `contact`), undefined when there is none.
 * @param rest - the front matter's unknown keys and their values
 */
export function emailInFrontMatterText(rest: Readonly<Record<string, unknown>>): string | undefined {
  const texts = Object.values(rest).flatMap((v) => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []));
  for (const t of texts.slice(0, MAX_STRINGS)) {
    const found = findEmails(t)[0];
    if (found) return found;
  }
  return undefined;
}
