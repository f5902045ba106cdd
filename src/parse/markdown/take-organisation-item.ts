// Joins to a role's head the item under it that names the organisation and its place ("#### Adjunct Instructor" / "- 2006-2007" / "- Department of Mathematics, Red Rocks Community College, Lakewood, Colorado").
import { dateOnly } from './date-only.js';
import { lineDates } from './line-dates.js';
import type { EntryBlock, Line, ParseState } from './parse-types.js';
import { scorePlaceIn } from './score-place-in.js';
import { wordClasses } from './score-segment.js';

/** The first items under the head looked at. */
const FIRST_ITEMS = 5;
/** An organisation's item is a few words, not a sentence. */
const MAX_WORDS = 12;

/** A labelled item ("Title: …", "Co-advisors: …"): a field of its own, not the organisation. */
const LABELLED = /^[^:：]{1,30}[:：]\s/u;

/** An item that may name the organisation: undated, short, no sentence, no label; with an organisation or school word, or ending with a place. */
function namesOrganisation(state: ParseState, l: Line): { place: boolean } | undefined {
  const t = l.plain.trim();
  if (!t || t.split(/\s+/).length > MAX_WORDS || LABELLED.test(t) || /[!?;。]/u.test(t) || lineDates(state, l).length) return undefined;
  const cls = wordClasses(t, state);
  if (cls.has('jobTitle') || cls.has('degree')) return undefined;
  const comma = t.indexOf(',');
  const place = comma > 0 && scorePlaceIn(state, t.slice(comma + 1).trim()) >= 2;
  return place || ((cls.has('organisation') || cls.has('institution')) && titleCased(t)) ? { place } : undefined;
}

/** A name's words are capitalised ("National Water Quality Laboratory"), a sentence's are not ("Ran the billing services"); a script without capitals passes. */
function titleCased(t: string): boolean {
  const words = t.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length > 3);
  const cased = words.filter((w) => w.toLowerCase() !== w.toUpperCase());
  return cased.length === 0 || cased.filter((w) => /^\p{Lu}/u.test(w)).length * 2 > cased.length;
}

/** A head line that names jobs (or degrees) only: each of its parts between commas, slashes and dashes names one. */
function namesRoleOnly(state: ParseState, l: Line): boolean {
  const parts = l.plain.split(/[@|–—,，/]|\s-\s/u).map((p) => p.trim()).filter(Boolean);
  return parts.length > 0 && parts.every((p) => {
    const c = wordClasses(p, state);
    return (c.has('jobTitle') || c.has('degree')) && !c.has('organisation') && !c.has('institution');
  });
}

/**
 * A heading that names a role or a degree and nothing else, over a short list of items (the dates, the organisation
 * and its place, notes): the one item that names an organisation (or, of several, the one that ends with a place)
 * joins the head, so the head's readers read it as the organisation and its place. Other entries give none.
 */
export function takeOrganisationItem(state: ParseState, block: EntryBlock): EntryBlock | undefined {
  // (the heading, a category heading above it, and the date items its dates were read from)
  // (labelled items the head took above its date item, "- Title: …", go back to the text: they are notes)
  const notes = block.head.filter((l) => l.kind === 'item' && LABELLED.test(l.plain.trim()));
  const named = block.head.filter((l) => !dateOnly(state, l) && !notes.includes(l));
  const role = named[named.length - 1];
  if (!role || named.length > 2 || !named.every((l) => l.kind === 'heading' && lineDates(state, l).length === 0)) return undefined;
  const items = block.body.slice(0, FIRST_ITEMS).filter((l) => l.plain);
  if (!items.length || !items.every((l) => l.kind === 'item' && l.depth === items[0]!.depth)) return undefined;
  if (!namesRoleOnly(state, role)) return undefined;
  const found = items.flatMap((l) => { const n = namesOrganisation(state, l); return n ? [{ l, ...n }] : []; });
  const placed = found.filter((f) => f.place);
  const pick = found.length === 1 ? found[0] : placed.length === 1 ? placed[0] : undefined;
  if (!pick) return undefined;
  // (a date item among them, when the head has none: "- May 2017")
  const head = block.head.filter((l) => !notes.includes(l));
  const dated = named.length === head.length ? items.find((l) => dateOnly(state, l)) : undefined;
  const taken = dated ? [pick.l, dated] : [pick.l];
  return { group: block.group, head: [...head, ...taken], body: [...notes, ...block.body.filter((l) => !taken.includes(l))] };
}
