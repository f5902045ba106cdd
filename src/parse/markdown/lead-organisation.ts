// Finds an organisation named at the start of an entry's text ("*<b>ALFA S.r.l.</b> - Società pubblica …*").
import type { Line } from './parse-types.js';
import { trimChars } from './trim-chars.js';

/** What may follow the name: a dash or a comma, then the description. */
const AFTER_NAME = [' - ', ' – ', ' — ', ', '];
/** After the name: a capitalised phrase that ends at a semicolon (the role). */
const ROLE_TO_SEMICOLON = /^ (\p{Lu}[^;.!?]{1,80});/u;

/**
 * The bold or linked words that open the first body line, followed by a dash or a comma and more text:
 * the organisation, described ("**IRPE S.p.A.** - Azienda ICT per …"); or followed by a capitalised phrase up to
 * a semicolon: the organisation and the role (`role`). A line that is all bold, an item, or
 * a name of more than eight words gives none.
 */
export function leadOrganisation(body: readonly Line[]): { text: string; line: Line; role?: string } | undefined {
  const first = body.find((l) => l.plain);
  if (!first || first.kind !== 'text' || first.bold) return undefined;
  const lead = first.boldParts[0] ?? first.links[0]?.text;
  if (!lead || !first.plain.startsWith(lead)) return undefined;
  const rest = first.plain.slice(lead.length);
  // a legal form keeps its full stop ("S.r.l.")
  const text = trimChars(lead, ' ,:;');
  if (!text || text.split(/\s+/).length > 8 || !/^[\p{Lu}\p{N}]/u.test(text)) return undefined;
  if (AFTER_NAME.some((s) => rest.startsWith(s)) && rest.trim().length >= 4) return { text, line: first };
  // "__Université de Lille__ Ingénieur de Recherche; Architecte …": the name, then the role up to a semicolon
  const role = ROLE_TO_SEMICOLON.exec(rest);
  if (role && role[1]!.split(' ').length <= 8) return { text, line: first, role: role[1]!.trim() };
  return undefined;
}
