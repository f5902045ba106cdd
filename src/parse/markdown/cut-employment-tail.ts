// Cuts a kind of employment written after a colon off a head's text ("[Supership 株式会社](…):正社員", "Acme: Full-time").
import { isEmployment } from './is-employment.js';
import { trimChars } from './trim-chars.js';

/**
 * The text before a colon and the kind of employment after it, when all that follows the colon is one
 * ("Supership 株式会社:正社員" → ["Supership 株式会社", "正社員"]); undefined otherwise.
 */
export function cutEmploymentTail(text: string): [string, string] | undefined {
  const colon = Math.max(text.lastIndexOf(':'), text.lastIndexOf('：'));
  if (colon <= 0) return undefined;
  const head = text.slice(0, colon).trim();
  // (what is left of a date cut from the end, " | ", goes)
  const tail = trimChars(text.slice(colon + 1), ' |·,;');
  return head && tail && isEmployment(tail) ? [head, tail] : undefined;
}
