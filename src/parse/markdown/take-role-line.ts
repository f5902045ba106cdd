// Joins to an entry's head the line under it that names the role at the organisation the head names ("### iCapps" / "- Web consultant bij iCapps").
import { foldWord } from './fold-word.js';
import { isConnector } from './is-connector.js';
import type { EntryBlock, ParseState } from './parse-types.js';

/** Lines longer than this are sentences, not a role line. */
const MAX_ROLE_LINE = 110;

/**
 * An entry whose head is one short line (an organisation's heading) and whose first body line names a role,
 * a connector and that same organisation ("Development consultant bij Digiti te Zoersel.") gets that line
 * in its head: it says the role. Other entries are returned as they are.
 */
export function takeRoleLine(state: ParseState, block: EntryBlock): EntryBlock {
  const [head] = block.head;
  const line = block.body[0];
  if (block.head.length !== 1 || !head || !line || (line.kind !== 'item' && line.kind !== 'text') || line.plain.length > MAX_ROLE_LINE) return block;
  const name = foldWord(head.plain);
  if (name.length < 2 || name.length > 60) return block;
  const text = foldWord(line.plain);
  const at = text.indexOf(` ${name}`);
  const after = text[at + 1 + name.length];
  if (at <= 0 || (after !== undefined && /[\p{L}\p{N}]/u.test(after))) return block;
  const before = text.slice(0, at).split(' ');
  if (before.length < 2 || !isConnector(state, before[before.length - 1]!)) return block;
  return { group: block.group, head: [head, line], body: block.body.slice(1) };
}
