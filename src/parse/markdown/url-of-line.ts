// The web address a line is alone ("[https://rut-miit.ru](https://rut-miit.ru)", "www.acme.com"): an entry's site, not one of its fields.
import type { Line } from './parse-types.js';

/** A bare web address: a scheme or "www.", then no space. */
export const BARE_URL = /^(?:https?:\/\/|www\.)[^\s]+$/iu;

/**
 * The address when the whole line is one web address, written bare or as a link whose text is an address
 * ("[https://aviconsult.ru/](https://aviconsult.ru/)"); undefined otherwise.
 */
export function urlOfLine(line: Line): string | undefined {
  const text = line.plain.trim();
  if (!BARE_URL.test(text)) return undefined;
  const link = line.links.find((l) => l.text.trim() === text);
  return link && /^https?:\/\//iu.test(link.href) ? link.href : /^www\./iu.test(text) ? `https://${text}` : text;
}
