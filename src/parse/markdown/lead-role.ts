// Finds a role written at the start of an entry's text ("*Investigador*. Como miembro…", "**Role,** description").
import type { Line } from './parse-types.js';
import { trimChars } from './trim-chars.js';

/** The emphasised words that open the first body line, when they are short enough to be a role. */
export function leadRole(body: readonly Line[]): { text: string; line: Line } | undefined {
  const first = body.find((l) => l.plain);
  if (!first || first.kind === 'item') return undefined;
  const lead = first.italicParts[0] ?? first.boldParts[0];
  if (!lead || !first.plain.startsWith(lead)) return undefined;
  const text = trimChars(lead, ' .,:;');
  if (!text || text.split(/\s+/).length > 8) return undefined;
  return { text, line: first };
}
