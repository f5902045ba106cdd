// Pass: a section of labelled lines about the person ("**Name:** Chuan Zhu", "**Email:** …", "**Location:** …") is the contact section, whatever its heading says ("## Academic Profile").
import { fieldLabelOf } from './field-label-of.js';
import type { FieldLabel } from './lexicon-index.js';
import { findLineLabel } from './find-line-label.js';
import type { ParseState, Section } from './parse-types.js';

/** Labels of the person's own details. */
const PERSON: ReadonlySet<FieldLabel> = new Set<FieldLabel>(['name', 'firstName', 'lastName', 'email', 'phone', 'location', 'website', 'personal']);

/** Whether nearly every line of the section is "Label: value", three labels or more name the person's details, and one names the person or their email. */
function profileFields(state: ParseState, s: Section): boolean {
  const content = s.lines.filter((l) => l !== s.heading && l.kind !== 'rule' && l.kind !== 'heading' && l.plain.trim() !== '');
  if (content.length < 3) return false;
  let labelled = 0;
  const person = new Set<FieldLabel>();
  for (const l of content) {
    const found = findLineLabel(l);
    if (!found) continue;
    labelled++;
    const kind = fieldLabelOf(state, found.label);
    if (kind && PERSON.has(kind)) person.add(kind);
  }
  return labelled >= content.length * 0.8 && person.size >= 3 && (person.has('name') || person.has('email'));
}

/**
 * Pass: retypes as `contact` each section with a heading (not the header, not already contact) whose lines are nearly
 * all "Label: value" lines, at least three of them labelling the person's own details (name, email, phone, place, site)
 * and one their name or email: a profile block ("## Academic Profile" / "- **Name:** …" / "- **Email:** …"), not
 * entries of the kind its heading names. Its other lines stay a section of their own.
 */
export function retypeProfileSections(state: ParseState): void {
  for (const s of state.sections) {
    if (!s.heading || s.type === 'header' || s.type === 'contact' || !profileFields(state, s)) continue;
    s.why.push(`its lines label the person's own details (name, email, place…): the contact section, not ${s.type}`);
    s.type = 'contact';
  }
}
